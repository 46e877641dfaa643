import { OUTPUT_NAMES, type OutputName } from '../inputs.js'
import { batchedTargets } from '../run/batches.js'
import { remainder, withOutcome, type Ledger } from '../run/ledger.js'
import type { Settings } from '../settings/settings.js'
import { asTargetsJson, describeCounts, type Target } from '../targets/target.js'
import { groupDigits } from '../words.js'
import { batchesByEndpoint, boxMessages, endpointMessages } from './outcome-text.js'
import { shrinkToFit } from './fit.js'
import { buildResult } from './result.js'

// Outputs go to the runner's output file, not the log: they carry Box's text exactly.

/** GitHub's limit on all outputs of one job together, names included, counted as UTF-16. */
export const JOB_OUTPUTS_LIMIT = 1_000_000
/** What this step's outputs take of that limit at most: the rest is left to other steps. */
export const OUTPUTS_SHARE = 800_000
/** What each of message, users-message and groups-message takes at most. */
export const MESSAGE_SHARE = 64 * 1024

/** What an output takes of the job's limit: its name and value, 2 bytes a UTF-16 code unit. */
function outputSize(name: string, value: string): number {
  return 2 * (name.length + value.length)
}

/** Where the run's files are, or '' for a file that is not (or could not be) written. */
export interface FilePaths {
  report: string
  remainder: string
}

/**
 * Every output, and a note for each that had to be cut. All of them together stay within
 * OUTPUTS_SHARE of the job's limit: counts and paths whole; each message output within
 * MESSAGE_SHARE; `result` within its own bound; `unknown-targets` in what is left. A value the run
 * registered as a secret is replaced with `***`, as GitHub drops a job output that holds one.
 */
export function buildOutputs(
  ledger: Ledger,
  settings: Settings,
  files: FilePaths,
  registered: readonly string[] = []
): { outputs: Record<OutputName, string>; notes: string[] } {
  const notes: string[] = []
  const unknown = withOutcome(ledger, 'not_found')
  const where = files.report
    ? `the report-file (${files.report}) has every one`
    : 'the report-file could not be written'
  const outputs: Record<OutputName, string> = {
    ...(Object.fromEntries(OUTPUT_NAMES.map(name => [name, ''])) as Record<OutputName, string>),
    'failed-targets-file': files.remainder,
    'failed-count': String(remainder(ledger).length),
    'report-file': files.report,
    message: ledger.dryRun
      ? `Dry run: no sessions were terminated; would end sessions of ${describeCounts(batchedTargets(ledger.batches)) || 'no one'}${unknown.length > 0 ? `; ${groupDigits(unknown.length)} not found` : ''}`
      : fitMessages(boxMessages(ledger), 'message', notes),
    result: buildResult(ledger, settings)
  }
  // Each endpoint's own messages: `<name>-message`, an output action.yml declares.
  // An endpoint without batches keeps its empty output.
  for (const { endpoint, batches } of batchesByEndpoint(ledger)) {
    const name = `${endpoint.name}-message` as OutputName
    outputs[name] = fitMessages(endpointMessages(batches), name, notes)
  }
  for (const name of Object.keys(outputs) as OutputName[]) {
    outputs[name] = withoutRegistered(outputs[name], registered)
  }
  // Box may also say it does not know a target when it refuses a request that carried it alone.
  if (ledger.lookups.plan !== 'none' || unknown.length > 0) {
    const used = Object.entries(outputs).reduce((sum, [n, v]) => sum + outputSize(n, v), 0)
    const room = OUTPUTS_SHARE - used
    outputs['unknown-targets'] = fitTargets(
      unknown.map(e => e.target),
      text => withoutRegistered(text, registered),
      text => outputSize('unknown-targets', text) <= room,
      where,
      notes
    )
  }
  const ordered = Object.fromEntries(OUTPUT_NAMES.map(name => [name, outputs[name]]))
  return { outputs: ordered as Record<OutputName, string>, notes }
}

/** The text with each value the run registered as a secret replaced with `***`. */
function withoutRegistered(text: string, registered: readonly string[]): string {
  let out = text
  for (const secret of registered) {
    if (secret !== '' && out.includes(secret)) out = out.split(secret).join('***')
  }
  return out
}

/** Box's messages on separate lines, each exact and whole; those past MESSAGE_SHARE are left out. */
function fitMessages(messages: readonly string[], name: string, notes: string[]): string {
  let text = ''
  for (const [i, message] of messages.entries()) {
    const next = text === '' ? message : `${text}\n${message}`
    if (outputSize(name, next) > MESSAGE_SHARE) {
      notes.push(
        `${name} holds ${i} of Box's ${messages.length} distinct messages: the rest would pass its share of the job's outputs (${MESSAGE_SHARE / 1024} KiB)`
      )
      break
    }
    text = next
  }
  return text
}

/** The targets-file shape of these targets, as `shown` makes it, cut to what `fits`. */
function fitTargets(
  targets: Target[],
  shown: (text: string) => string,
  fits: (text: string) => boolean,
  where: string,
  notes: string[]
): string {
  const { rendered, count } = shrinkToFit(
    targets.length,
    count => shown(JSON.stringify(asTargetsJson(targets.slice(0, count)))),
    fits
  )
  if (count < targets.length) {
    notes.push(
      `unknown-targets holds the first ${groupDigits(count)} of ${groupDigits(targets.length)} unknown targets, as all would pass what is left of the job's outputs; ${where}`
    )
  }
  return rendered
}
