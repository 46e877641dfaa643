import { stringify } from 'csv-stringify/sync'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { batchLabel } from '../run/batches.js'
import { carrierOf, unreachable, type Batch, type Entry, type Ledger } from '../run/ledger.js'
import { TARGET_KINDS } from '../targets/kinds.js'
import { REPORT_COLUMNS } from '../targets/report-columns.js'
import { asTargetsJson } from '../targets/target.js'
import { OUTPUT_FOLDER_PREFIX } from '../version.js'

/** Rows written in one turn of the event loop while the run goes on. */
const ROWS_PER_TURN = 1000
/** Rows turned into CSV text together. */
const ROWS_PER_STRINGIFY = 100
/** How much of the report's text is gathered before it is written to the file. */
const WRITE_LENGTH = 1024 * 1024
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

/** The report, written as the run goes: never built as one string. */
export interface ReportWriter {
  /** Writes the rows of the targets that have ended, in input order, up to the first that has not. */
  flush(): void
  /**
   * Flushes on the next turn of the event loop, once: after the requests that the end of a batch
   * lets start have left, so that the writing overlaps the wait for Box rather than delaying them.
   */
  flushSoon(): void
  /** Writes every row left, once the ledger is closed, and closes the file. */
  finish(): void
  /** Why the report could not be written, once a write failed; nothing more is written then. */
  readonly error?: unknown
}

/** The file operations the run's files use: node:fs, or a test's. */
export type FileIo = Pick<
  typeof fs,
  'openSync' | 'writeSync' | 'closeSync' | 'renameSync' | 'unlinkSync'
>

/** The name a file is written under until it is whole. */
export function partialName(file: string): string {
  return `${file}.partial`
}

/**
 * Writes all of `text`: a write may take less than it was given (a nearly full disk), so it goes
 * on from where it stopped, and a write that takes nothing is a full disk.
 */
export function writeAll(io: FileIo, fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8')
  for (let done = 0; done < bytes.length;) {
    const wrote = io.writeSync(fd, bytes, done, bytes.length - done)
    if (!(wrote > 0)) {
      throw Object.assign(new Error('ENOSPC: no space left on device, the write took nothing'), {
        code: 'ENOSPC'
      })
    }
    done += wrote
  }
}

/**
 * Opens the report: a CSV row per target, in input order, written as targets end, so that at scale
 * the writing overlaps the waits on Box. Rows go through csv-stringify a hundred at a time (its
 * quickest) and to the file a megabyte at a time. It is written under partialName(file) and given
 * its name once whole, so that a run killed part way leaves no file by that name. Throws when the
 * file cannot be created.
 */
export function openReport(file: string, ledger: Ledger, io: FileIo = fs): ReportWriter {
  const partial = partialName(file)
  const fd = io.openSync(partial, 'wx')
  let next = 0
  let error: unknown
  let open = true
  const close = (): void => {
    if (open) io.closeSync(fd)
    open = false
  }
  let rows: string[][] = []
  let text = ''
  const writeText = (): void => {
    if (rows.length > 0) text += stringify(rows)
    rows = []
    if (text !== '') writeAll(io, fd, text)
    text = ''
  }
  const write = (row: string[]): void => {
    rows.push(row)
    if (rows.length < ROWS_PER_STRINGIFY) return
    text += stringify(rows)
    rows = []
    if (text.length >= WRITE_LENGTH) writeText()
  }
  const guarded = (work: () => void): void => {
    if (error !== undefined || !open) return
    try {
      work()
    } catch (failure) {
      error = failure
      close()
    }
  }
  let soon: NodeJS.Timeout | undefined
  /** Writes up to `most` rows of targets that have ended; says whether more are ready. */
  const writeRows = (most: number): boolean => {
    let ready = false
    guarded(() => {
      const { entries } = ledger
      for (let n = 0; next < entries.length && hasEnded(entries[next] as Entry); n++) {
        if (n === most) {
          ready = true
          break
        }
        write(reportRow(entries[next++] as Entry, ledger))
      }
      writeText()
    })
    return ready
  }
  guarded(() => write([...REPORT_COLUMNS]))
  return {
    flushSoon() {
      soon ??= setTimeout(() => {
        soon = undefined
        // A slice a turn, the rest on the next: many rows at once (the groups, say, which follow
        // every login) would make the heap grow for their garbage.
        if (writeRows(ROWS_PER_TURN)) this.flushSoon()
      }, 0)
    },
    flush: () => void writeRows(Number.POSITIVE_INFINITY),
    finish() {
      clearTimeout(soon)
      this.flush()
      guarded(() => {
        close()
        io.renameSync(partial, file)
      })
      if (error !== undefined) {
        try {
          close()
          io.unlinkSync(partial)
        } catch {
          // Nothing more can be done: report-file is emptied and the step says why.
        }
      }
    },
    get error() {
      return error
    }
  }
}

/** Writes the whole report of a closed ledger; throws when it cannot. */
export function writeReport(file: string, ledger: Ledger): void {
  const report = openReport(file, ledger)
  report.finish()
  if (report.error !== undefined) {
    const message = (report.error as { message?: unknown }).message
    throw new Error(typeof message === 'string' ? message : 'the report could not be written', {
      cause: report.error
    })
  }
}

/** Whether a target's row can be written: it has ended, and so has the target that carries it. */
function hasEnded(entry: Entry): boolean {
  return (
    entry.outcome !== undefined &&
    (entry.outcome !== 'covered' || entry.coveredBy?.outcome !== undefined)
  )
}

/**
 * Writes the targets Box did not accept as a targets-file, to be run again as it is: under
 * partialName(file) and renamed once whole.
 */
export function writeRemainder(file: string, entries: readonly Entry[], io: FileIo = fs): void {
  const json = asTargetsJson(entries.map(entry => entry.target))
  const partial = partialName(file)
  const fd = io.openSync(partial, 'wx')
  try {
    writeAll(io, fd, `${JSON.stringify(json)}\n`)
  } catch (error) {
    io.closeSync(fd)
    io.unlinkSync(partial)
    throw error
  }
  io.closeSync(fd)
  io.renameSync(partial, file)
}

/** The cells a batch gives each of its rows: computed once a batch, not once a row. */
interface BatchCells {
  label: string
  status: string
  requestId: string
  answeredAt: string
}

const batchCells = new WeakMap<Batch, BatchCells>()

function cellsOf(batch: Batch): BatchCells {
  let cells = batchCells.get(batch)
  if (!cells) {
    const answer = batch.answer
    cells = {
      label: batchLabel(batch),
      status: answer?.status === undefined ? '' : String(answer.status),
      requestId: cell(answer?.requestId ?? ''),
      answeredAt: answer?.answeredAt === undefined ? '' : new Date(answer.answeredAt).toISOString()
    }
    // Only an answered batch's cells are final.
    if (answer) batchCells.set(batch, cells)
  }
  return cells
}

function reportRow(entry: Entry, ledger: Ledger): string[] {
  const { target } = entry
  // A covered login reports the request of the ID that carried its user.
  const carrier = carrierOf(entry)
  const batch = carrier?.batch
  const cells = batch && (batch.answer || entry.outcome === 'not_sent') ? cellsOf(batch) : undefined
  const row = TARGET_KINDS.map(kind => (kind.input === target.kind ? target.value : ''))
  row.push(
    entry.outcome ?? '',
    entry.lookup,
    cell(entry.found?.id ?? ''),
    cell(entry.found?.name ?? ''),
    cells?.label ?? '',
    cells?.status ?? '',
    cells?.requestId ?? '',
    cells?.answeredAt ?? '',
    cell(detail(entry, ledger).slice(0, DETAIL_LENGTH))
  )
  return row
}

/** Why a target ended as it did, in a few words. */
function detail(entry: Entry, ledger: Ledger): string {
  switch (entry.outcome) {
    case 'not_found':
      return 'Box has no such target'
    case 'covered':
      return `sent as ${entry.coveredBy?.target.kind ?? ''} ${entry.coveredBy?.target.value ?? ''}, which ${entry.coveredBy?.outcome === 'accepted' ? 'Box accepted' : `ended ${entry.coveredBy?.outcome ?? 'unknown'}`}`
    case 'failed':
      if (entry.batch?.answer && !entry.batch.answer.ok) return entry.batch.answer.error
      return entry.batch?.started && !entry.batch.answer
        ? 'sent, and the run was cancelled before Box answered'
        : 'failed'
    case 'not_sent':
      if (entry.batch?.answer && !entry.batch.answer.ok) return entry.batch.answer.error
      if (ledger.dryRun) return 'dry run'
      if (ledger.cancelled) return 'the run was cancelled before it was sent'
      return ledger.error ? `the run stopped before terminating: ${ledger.error}` : 'not sent'
    case 'accepted':
    case undefined:
      return entry.lookup === 'unverified' ? `not verified: ${entry.detail ?? ''}` : ''
    default:
      return unreachable(entry.outcome)
  }
}

/**
 * Text from Box in a cell a spreadsheet will open: a leading = + - @ or control character would
 * make it a formula, so it gets a leading apostrophe. Target columns are left exact.
 */
function cell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}
