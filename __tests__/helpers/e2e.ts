import { afterEach, beforeEach, expect } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startFakeBox } from '../../harness/fake-box.js'
import { startAction, type ActionRun, type StartedAction } from '../../harness/run-action.js'

export type FakeBox = Awaited<ReturnType<typeof startFakeBox>>
export type FakeBoxOptions = NonNullable<Parameters<typeof startFakeBox>[0]>

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
 * Asserts that no secret appears in stdout, stderr, any output, the summary or the files the run
 * left, except in the `::add-mask::` line that registers it, and that every secret was registered.
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
    run.summary,
    ...Object.values(run.files)
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

/** The step's failure as the runner shows it: the text of its ::error:: line. */
export function errorOf(run: ActionRun): string {
  const line = run.stdout.split('\n').find(l => l.startsWith('::error'))
  return (line ?? '')
    .replace(/^::error[^:]*::/, '')
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%25/g, '%')
}

export interface RunOptions {
  env?: Record<string, string>
  /** Secrets besides box-token and every token the fake Box issued. */
  secrets?: string[]
  embedded?: string[]
  /** RUNNER_TEMP: the stage's folder unless given; null leaves it unset. */
  runnerTemp?: string | null
  timeoutMs?: number
  /** A signal the runner sends the step once the fake Box has received `after` requests to a route. */
  signal?: { signal: NodeJS.Signals; after: [Parameters<FakeBox['when']>[0], number] }
  /** Leave the checks to the test (a run the test cuts short). */
  unchecked?: boolean
  /** Called once the bundle has started: to act on what it prints or on what Box receives. */
  onStart?: (started: StartedAction) => void
}

export interface Stage {
  /** The fake Box of the current test. */
  readonly box: FakeBox
  readonly workspace: string
  readonly runnerTemp: string
  /** Replaces the fake Box with one started with other options. */
  restart(options: FakeBoxOptions): Promise<void>
  /**
   * Runs the bundle as a runner does, with box-token and base-url unless given, and checks what
   * every run must hold: no secret anywhere, only the action's own workflow commands, and no
   * request that breaks Box's API description.
   */
  run(inputs: Record<string, string>, options?: RunOptions): Promise<ActionRun>
  /** The termination requests Box received, in order: method, route and body. */
  posts(): unknown[]
}

/**
 * The setup every end-to-end suite shares: a fake Box on loopback and runner folders for each
 * test, stopped and removed after it.
 */
export function e2eStage(
  node: string,
  boxOptions: FakeBoxOptions = {},
  token = 'e2e-token-3f9c1d7a'
): Stage {
  let box: FakeBox | undefined
  let folders: ReturnType<typeof runnerFolders> | undefined
  const options = { tokens: [token], ...boxOptions }
  beforeEach(async () => {
    box = await startFakeBox(options)
    folders = runnerFolders('tbs-e2e-')
  })
  afterEach(async () => {
    await box?.stop()
    if (folders) fs.rmSync(folders.base, { recursive: true, force: true })
  })
  const current = (): FakeBox => {
    if (!box) throw new Error('no fake Box: e2eStage runs inside a test')
    return box
  }
  return {
    get box() {
      return current()
    },
    get workspace() {
      return folders?.workspace ?? ''
    },
    get runnerTemp() {
      return folders?.runnerTemp ?? ''
    },
    async restart(more) {
      await box?.stop()
      box = await startFakeBox({ ...options, ...more })
    },
    async run(inputs, runOptions = {}) {
      const all = { 'box-token': token, 'base-url': current().url, ...inputs }
      const started = startAction({
        node,
        inputs: all,
        env: runOptions.env,
        workspace: folders?.workspace,
        runnerTemp:
          runOptions.runnerTemp === undefined ? folders?.runnerTemp : runOptions.runnerTemp,
        timeoutMs: runOptions.timeoutMs
      })
      runOptions.onStart?.(started)
      const cut = runOptions.signal
      if (cut)
        void current()
          .when(...cut.after)
          .then(() => started.child.kill(cut.signal))
      const result = await started.done
      if (!runOptions.unchecked) {
        const secrets = [all['box-token'], ...(runOptions.secrets ?? []), ...current().issuedTokens]
        expectNoSecrets(
          result,
          secrets.filter(s => s !== ''),
          runOptions.embedded
        )
        expectOnlyOwnCommands(result)
        expect(current().violations).toEqual([])
      }
      return result
    },
    posts() {
      return current()
        .requests.filter(r => r.method === 'POST' && r.route !== 'token')
        .map(r => r.json)
    }
  }
}
