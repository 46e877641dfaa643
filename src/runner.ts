// The GitHub Actions runner protocol: inputs from INPUT_* variables, workflow commands on
// stdout, outputs and the job summary in the files the runner names. This is what
// @actions/core does, written out because loading @actions/core costs about a third of the
// action's start-up (it loads @actions/http-client, tls and child_process for OIDC and OS
// details this action never asks for); see docs/benchmarks.md.
import fs from 'node:fs'
import { EOL } from 'node:os'

export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/** Escapes a command's message as the runner expects (as @actions/core's escapeData). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function command(name: string, message: string): void {
  process.stdout.write(`::${name}::${escapeData(message)}${EOL}`)
}

/** Asks the runner to hide this value in every later log line. */
export function setSecret(secret: string): void {
  command('add-mask', secret)
}

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`)
}

export function startGroup(name: string): void {
  command('group', name)
}

export function endGroup(): void {
  command('endgroup', '')
}

export function warning(message: string): void {
  command('warning', message)
}

export function setFailed(message: string): void {
  process.exitCode = 1
  command('error', message)
}

/** Writes an output in the delimiter form, so a value may hold any text, newlines included. */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT
  if (!file) {
    info(`Output ${name}: ${value}`)
    return
  }
  // Safety comes from the check below, not from the delimiter's randomness; so no node:crypto here.
  const delimiter = `ghadelimiter_${randomHex()}`
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`The output ${name} contains its delimiter`)
  }
  fs.appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8')
}

function randomHex(): string {
  let hex = ''
  for (let i = 0; i < 4; i++)
    hex += Math.floor(Math.random() * 2 ** 32)
      .toString(16)
      .padStart(8, '0')
  return hex
}

/** Appends Markdown to the job summary; false when the runner gave no summary file. */
export function appendSummary(markdown: string): boolean {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return false
  fs.appendFileSync(file, markdown, 'utf8')
  return true
}
