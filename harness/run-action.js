// @ts-check
// Runs the bundled action as a GitHub runner does: each input as an INPUT_* variable with
// action.yml's defaults applied, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files read back, and the
// files the run left (report-file, failed-targets-file) read before its folders are removed.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const ACTION_ENTRY = path.join(ROOT, 'dist', 'index.js')

/** @returns {{ inputs: Record<string, { default?: string, description?: string }>, outputs: Record<string, { description?: string }>, runs: { using: string, main: string } }} */
export function readActionYml() {
  return parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8'))
}

/**
 * @typedef {{
 *   code: number | null, signal: NodeJS.Signals | null, stdout: string, stderr: string,
 *   outputs: Record<string, string>, outputFile: string, summary: string, durationMs: number,
 *   files: Record<string, string>
 * }} ActionRun
 * files: the content of each file output (report-file, failed-targets-file) that names a file.
 *
 * @typedef {{
 *   inputs?: Record<string, string>, env?: Record<string, string>, node?: string,
 *   workspace?: string, runnerTemp?: string | null, timeoutMs?: number
 * }} ActionOptions
 * runnerTemp: null leaves RUNNER_TEMP unset, as on some self-hosted runners.
 */

/** @param {ActionOptions} [options] @returns {Promise<ActionRun>} */
export function runAction(options = {}) {
  return startAction(options).done
}

/**
 * @typedef {{
 *   child: import('node:child_process').ChildProcess, done: Promise<ActionRun>,
 *   printed: (pattern: RegExp) => Promise<number>
 * }} StartedAction
 * printed: resolves, with the time it was read, once the action's stdout matches `pattern`;
 * rejects if the action ends without printing it. Tests act on such lines, never on a timer.
 */

/**
 * Starts the bundled action and returns its process (to send it signals), a way to wait for what
 * it prints, and its run, once over.
 * @param {ActionOptions} [options]
 * @returns {StartedAction}
 */
export function startAction(options = {}) {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'tbs-run-'))
  const outputFile = path.join(temp, 'output')
  const summaryFile = path.join(temp, 'summary')
  fs.writeFileSync(outputFile, '')
  fs.writeFileSync(summaryFile, '')
  /** @type {Record<string, string>} */
  const inputVars = {}
  const declared = readActionYml().inputs
  for (const name of Object.keys(options.inputs ?? {})) {
    if (!(name in declared)) throw new Error(`action.yml declares no input ${name}`)
  }
  for (const [name, spec] of Object.entries(declared)) {
    const value = options.inputs?.[name] ?? spec.default ?? ''
    inputVars[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = String(value)
  }
  /** @type {Record<string, string>} */
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: os.homedir(),
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: options.workspace ?? temp,
    GITHUB_ACTOR: 'octocat',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_WORKFLOW: 'Incident response',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/security',
    ...(options.runnerTemp === null ? {} : { RUNNER_TEMP: options.runnerTemp ?? temp }),
    ...inputVars,
    ...options.env
  }
  const started = Date.now()
  const child = spawn(options.node ?? process.execPath, [ACTION_ENTRY], {
    env,
    cwd: options.workspace ?? temp,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  let ended = false
  /** @type {{ pattern: RegExp, resolve: (at: number) => void, reject: (error: Error) => void }[]} */
  let watchers = []
  const checkWatchers = () => {
    const at = Date.now()
    watchers = watchers.filter(w => {
      if (w.pattern.test(stdout)) w.resolve(at)
      else if (ended) w.reject(new Error(`the action ended without printing ${w.pattern}`))
      else return true
      return false
    })
  }
  child.stdout?.setEncoding('utf8').on('data', chunk => {
    stdout += chunk
    checkWatchers()
  })
  child.stderr?.setEncoding('utf8').on('data', chunk => (stderr += chunk))
  const killer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000)
  const done = new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(killer)
      ended = true
      checkWatchers()
      try {
        const outputText = fs.readFileSync(outputFile, 'utf8')
        const outputs = parseOutputFile(outputText)
        /** @type {Record<string, string>} */
        const files = {}
        for (const name of ['report-file', 'failed-targets-file']) {
          const file = outputs[name]
          if (file && fs.existsSync(file)) files[name] = fs.readFileSync(file, 'utf8')
        }
        resolve({
          code,
          signal,
          stdout,
          stderr,
          outputs,
          outputFile: outputText,
          summary: fs.readFileSync(summaryFile, 'utf8'),
          durationMs: Date.now() - started,
          files
        })
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)))
      } finally {
        fs.rmSync(temp, { recursive: true, force: true })
      }
    })
  })
  /** @param {RegExp} pattern @returns {Promise<number>} */
  const printed = pattern =>
    new Promise((resolve, reject) => {
      watchers.push({ pattern, resolve, reject })
      checkWatchers()
    })
  return { child, done: /** @type {Promise<ActionRun>} */ (done), printed }
}

/**
 * Reads a GITHUB_OUTPUT file as the runner does, each value exactly as written and the last value
 * of a name winning: `name=value` lines and `name<<DELIMITER` blocks, whose value is everything
 * between the line break that ends the opening line and the one that starts the closing delimiter
 * line.
 * @param {string} text
 */
export function parseOutputFile(text) {
  /** @type {Record<string, string>} */
  const outputs = {}
  let at = 0
  while (at < text.length) {
    const lineEnd = text.indexOf('\n', at)
    const line = text.slice(at, lineEnd < 0 ? text.length : lineEnd)
    at = lineEnd < 0 ? text.length : lineEnd + 1
    const block = /^([^=<]+)<<(.+)$/.exec(line)
    if (block) {
      const name = block[1] ?? ''
      const closing = `\n${block[2]}\n`
      const end = text.indexOf(closing, at - 1)
      if (end < 0) throw new Error(`output ${name} has no closing delimiter`)
      outputs[name] = end < at ? '' : text.slice(at, end)
      at = end + closing.length
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return outputs
}
