import { expect } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ActionRun } from '../../harness/run-action.js'

/** The runtimes the bundle must work on: the Node running the tests and Node 24, which action.yml declares. */
export function runtimes(): [string, string][] {
  const node24 = process.env.NODE24_BIN
  if (!node24) throw new Error('NODE24_BIN is not set: the global setup did not find Node 24')
  return [
    [`node ${process.versions.node}`, process.execPath],
    ['node 24', node24]
  ]
}

/** Commands the action itself may print; anything else starting a line with "::" was injected. */
const OWN_COMMANDS = /^::(add-mask|group|endgroup|error|warning|notice|debug)( [^:]*)?::/

/**
 * Asserts that no secret appears in stdout, stderr, any output or the summary, except in the
 * `::add-mask::` line that registers it, and that every secret was registered.
 */
export function expectNoSecrets(
  run: ActionRun,
  secrets: readonly string[],
  /** Secret text inside a registered secret that the action could not pick out (a malformed config). */
  embedded: readonly string[] = []
): void {
  const stdoutLines = run.stdout.split('\n')
  const maskLines = stdoutLines.filter(l => l.startsWith('::add-mask::'))
  const rest = [
    ...stdoutLines.filter(l => !l.startsWith('::add-mask::')),
    run.stderr,
    ...Object.values(run.outputs),
    run.summary
  ].join('\n')
  for (const secret of secrets) {
    expect(secret.length).toBeGreaterThan(3)
    if (rest.includes(secret)) throw new Error(`a secret leaked: ${secret.slice(0, 4)}…`)
    expect(maskLines).toContain(`::add-mask::${escapeCommandData(secret)}`)
  }
  for (const secret of embedded) {
    if (rest.includes(secret)) throw new Error(`a secret leaked: ${secret.slice(0, 4)}…`)
  }
}

/**
 * Asserts that every line that is a workflow command is one the action meant to print, and that
 * no code path reached the bundle's undici stand-in.
 */
export function expectOnlyOwnCommands(run: ActionRun): void {
  expect(`${run.stdout}${run.stderr}`).not.toContain('undici is not bundled')
  const commands = run.stdout
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(l => l.startsWith('::'))
  for (const line of commands) expect(line).toMatch(OWN_COMMANDS)
  const masks = commands.filter(l => l.startsWith('::add-mask::'))
  // The action registers only secrets it was given or was issued, never text from Box.
  for (const mask of masks) expect(mask).not.toMatch(/pwned|injected/)
}

function escapeCommandData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A runner's folders for one test: a workspace and a RUNNER_TEMP, apart, under one base to remove. */
export function runnerFolders(prefix: string): {
  base: string
  workspace: string
  runnerTemp: string
} {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  const workspace = path.join(base, 'workspace')
  const runnerTemp = path.join(base, 'runner-temp')
  fs.mkdirSync(workspace)
  fs.mkdirSync(runnerTemp)
  return { base, workspace, runnerTemp }
}
