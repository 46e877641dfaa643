import type { Answer } from '../../src/box/answer.js'
import { planBatches } from '../../src/run/batches.js'
import { openReport } from '../../src/action/files.js'
import {
  carrierOf,
  closeLedger,
  recordBatches,
  createLedger,
  entriesToSend,
  recordBatch,
  recordLookup,
  settleCovered,
  settleNotFound,
  type Entry,
  type Ledger
} from '../../src/run/ledger.js'
import type { Target } from '../../src/targets/target.js'

const facts = {
  attempts: 1,
  durationMs: 12.4,
  sent: true,
  answeredAt: Date.UTC(2026, 11, 2, 9, 30, 0)
}

/** Box's 202 with a message. */
export const accepted = (
  message = 'Request is successful',
  requestId = 'rid-202'
): Answer<string> => ({
  ok: true,
  value: message,
  status: 202,
  requestId,
  ...facts
})

/** A batch that failed with Box's words. */
export const refused = (
  error = 'Box API 503 on users/terminate_sessions',
  status = 503
): Answer<string> => ({
  ok: false,
  error,
  status,
  requestId: 'rid-err',
  ...facts
})

export interface LedgerScript {
  dryRun?: boolean
  /** What each lookup said, by target value; a target not named is not looked up. */
  lookups?: Record<
    string,
    'not_found' | 'unverified' | { id: string; name: string; login?: string }
  >
  batchSize?: number
  /** Box's answer to each batch, in order; batches past the list are not answered. */
  answers?: Answer<string>[]
}

/** A closed ledger of a run that went as scripted, built the way execute builds it. */
export function ledgerOf(targets: Target[], script: LedgerScript = {}): Ledger {
  const ledger = createLedger(targets, script.dryRun ?? false)
  if (script.lookups) {
    ledger.lookups = {
      plan: 'per-target',
      targets: targets.length,
      requests: targets.length,
      counted: false,
      sources: []
    }
    for (const entry of ledger.entries) {
      const said = script.lookups[entry.target.value]
      if (said === undefined) continue
      if (said === 'not_found')
        recordLookup(entry, { ok: false, error: 'gone', notFound: true, ...facts })
      else if (said === 'unverified')
        recordLookup(entry, { ok: false, error: 'Box API 403 on users/9', ...facts })
      else recordLookup(entry, { ok: true, value: said, ...facts })
    }
  }
  settleNotFound(ledger)
  settleCovered(ledger)
  recordBatches(ledger, planBatches(entriesToSend(ledger), script.batchSize ?? 1000))
  if (!ledger.dryRun) {
    ledger.batches.forEach((batch, i) => {
      const answer = script.answers?.[i] ?? (script.answers ? undefined : accepted())
      if (answer) recordBatch(batch, answer)
    })
  }
  closeLedger(ledger)
  return ledger
}

/** Writes the whole report of a closed ledger, as the action does at the end; throws when it cannot. */
export function writeReport(file: string, ledger: Ledger): void {
  const report = openReport(file, ledger)
  report.finish()
  if (report.error !== undefined)
    throw new Error('the report could not be written', { cause: report.error })
}

/** Whether Box accepted a job to end a target's sessions: accepted, or covered by one that was. */
export const acceptedOrCovered = (entry: Entry): boolean => carrierOf(entry)?.outcome === 'accepted'
