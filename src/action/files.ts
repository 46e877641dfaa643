import { stringify } from 'csv-stringify/sync'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { batchLabel } from '../run/batches.js'
import type { Entry, Ledger } from '../run/ledger.js'
import { TARGET_KINDS } from '../targets/kinds.js'
import { asTargetsJson } from '../targets/target.js'
import { OUTPUT_FOLDER_PREFIX } from '../version.js'

/** The report's columns: one per kind of target (so the report is a targets-file), then what happened. */
export const REPORT_COLUMNS = [
  ...TARGET_KINDS.map(kind => kind.csvColumn),
  'outcome',
  'lookup',
  'box_id',
  'name',
  'batch',
  'status',
  'request_id',
  'answered_at',
  'detail'
]

/** Rows written to the report at a time: it is never built as one string. */
const ROWS_PER_WRITE = 2_000
/** The longest detail a report row carries; the log and summary have the rest. */
const DETAIL_LENGTH = 300

/**
 * A new folder for this run's files: in RUNNER_TEMP, or, when it is unset or empty (a local run),
 * in the OS temp folder. The path is absolute.
 */
export function createOutputFolder(runnerTemp: string | undefined): string {
  const base = runnerTemp ? path.resolve(runnerTemp) : os.tmpdir()
  return fs.mkdtempSync(path.join(base, OUTPUT_FOLDER_PREFIX))
}

/** Writes the report: a CSV row per target, in input order, a few thousand rows at a time. */
export function writeReport(file: string, ledger: Ledger): void {
  const fd = fs.openSync(file, 'wx')
  try {
    fs.writeSync(fd, stringify([REPORT_COLUMNS]))
    for (let start = 0; start < ledger.entries.length; start += ROWS_PER_WRITE) {
      const rows = ledger.entries
        .slice(start, start + ROWS_PER_WRITE)
        .map(e => reportRow(e, ledger))
      fs.writeSync(fd, stringify(rows))
    }
  } finally {
    fs.closeSync(fd)
  }
}

/** Writes the targets not terminated as a targets-file, to be run again as it is. */
export function writeRemainder(file: string, entries: readonly Entry[]): void {
  const json = asTargetsJson(entries.map(entry => entry.target))
  fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`, { flag: 'wx' })
}

function reportRow(entry: Entry, ledger: Ledger): string[] {
  const { target } = entry
  // A covered login reports the request of the ID that carried its user.
  const carrier = entry.outcome === 'covered' ? entry.coveredBy : entry
  const batch = carrier?.batch
  const answer = batch?.answer
  return [
    ...TARGET_KINDS.map(kind => (kind.input === target.kind ? target.value : '')),
    entry.outcome ?? '',
    entry.lookup,
    cell(entry.found?.id ?? ''),
    cell(entry.found?.name ?? ''),
    batch && (answer || entry.outcome === 'not_sent') ? batchLabel(batch) : '',
    answer?.status === undefined ? '' : String(answer.status),
    cell(answer?.requestId ?? ''),
    answer?.answeredAt === undefined ? '' : new Date(answer.answeredAt).toISOString(),
    cell(detail(entry, ledger).slice(0, DETAIL_LENGTH))
  ]
}

/** Why a target ended as it did, in a few words. */
function detail(entry: Entry, ledger: Ledger): string {
  switch (entry.outcome) {
    case 'not_found':
      return 'Box has no such target'
    case 'covered':
      return `sent as ${entry.coveredBy?.target.kind ?? ''} ${entry.coveredBy?.target.value ?? ''}, which ${entry.coveredBy?.outcome === 'terminated' ? 'was terminated' : `ended ${entry.coveredBy?.outcome ?? 'unknown'}`}`
    case 'failed':
      return entry.batch?.answer && !entry.batch.answer.ok ? entry.batch.answer.error : 'failed'
    case 'not_sent':
      if (ledger.dryRun) return 'dry run'
      if (ledger.cancelled) return 'the run was cancelled before it was sent'
      return ledger.error ? `the run stopped before terminating: ${ledger.error}` : 'not sent'
    default:
      return entry.lookup === 'unverified' ? `not verified: ${entry.detail ?? ''}` : ''
  }
}

/**
 * Text from Box in a cell a spreadsheet will open: a leading = + - @ or control character would
 * make it a formula, so it gets a leading apostrophe. Target columns are left exact.
 */
function cell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}
