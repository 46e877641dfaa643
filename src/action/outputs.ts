import type { OutputName } from '../inputs.js'
import { batchedTargets } from '../run/batches.js'
import { remainder, withOutcome, type Ledger } from '../run/ledger.js'
import type { Settings } from '../settings/settings.js'
import { asTargetsJson, describeCounts, type Target } from '../targets/target.js'
import { groupDigits } from '../words.js'
import { boxMessages } from './outcome-text.js'
import { shrinkToFit } from './fit.js'
import { buildResult } from './result.js'

// Outputs go to the runner's output file, not the log: they carry Box's text exactly.

/** A runner output holds at most 1 MB; each output stays under this. */
export const OUTPUT_LIMIT_BYTES = 1_000_000 - 1024

/** Where the run's files are, or '' for a file that is not (or could not be) written. */
export interface FilePaths {
  report: string
  remainder: string
}

/** Every output, and a note for each that had to be cut to fit a runner output. */
export function buildOutputs(
  ledger: Ledger,
  settings: Settings,
  files: FilePaths
): { outputs: Record<OutputName, string>; notes: string[] } {
  const notes: string[] = []
  const unknown = withOutcome(ledger, 'not_found')
  const message = ledger.dryRun
    ? `Dry run: no sessions were terminated; would end sessions of ${describeCounts(batchedTargets(ledger.batches)) || 'no one'}${unknown.length > 0 ? `; ${groupDigits(unknown.length)} not found` : ''}`
    : fitMessages(boxMessages(ledger), 'message', notes)
  const outputs: Record<OutputName, string> = {
    message,
    'users-message': fitMessages(boxMessages(ledger, 'users'), 'users-message', notes),
    'groups-message': fitMessages(boxMessages(ledger, 'groups'), 'groups-message', notes),
    result: buildResult(ledger, settings),
    'unknown-targets':
      ledger.lookups.plan === 'none'
        ? ''
        : fitTargets(
            unknown.map(e => e.target),
            notes
          ),
    'failed-targets-file': files.remainder,
    'failed-count': String(remainder(ledger).length),
    'report-file': files.report
  }
  return { outputs, notes }
}

/** Box's messages on separate lines, each exact; messages that would pass 1 MB are left out. */
function fitMessages(messages: readonly string[], name: string, notes: string[]): string {
  let text = ''
  for (const [i, message] of messages.entries()) {
    const next = text === '' ? message : `${text}\n${message}`
    if (Buffer.byteLength(next) > OUTPUT_LIMIT_BYTES) {
      notes.push(
        `${name} holds ${i} of Box's ${messages.length} distinct messages: the rest would pass a runner output's 1 MB`
      )
      break
    }
    text = next
  }
  return text
}

/** The targets-file shape of these targets, cut to fit a runner output. */
function fitTargets(targets: Target[], notes: string[]): string {
  const { rendered, count } = shrinkToFit(
    targets.length,
    shown => JSON.stringify(asTargetsJson(targets.slice(0, shown))),
    text => Buffer.byteLength(text) <= OUTPUT_LIMIT_BYTES
  )
  if (count < targets.length) {
    notes.push(
      `unknown-targets holds the first ${groupDigits(count)} of ${groupDigits(targets.length)} unknown targets, as all would pass a runner output's 1 MB; the report-file has every one`
    )
  }
  return rendered
}
