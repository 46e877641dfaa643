import { stringify } from 'csv-stringify/sync'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { batchLabel } from '../run/batches.js'
import {
  carrierOf,
  isExternal,
  isUnsendable,
  unreachable,
  type Batch,
  type Entry,
  type Ledger
} from '../run/ledger.js'
import { TARGET_KINDS } from '../targets/kinds.js'
import { REPORT_COLUMNS } from '../targets/report-columns.js'
import { asTargetsJson } from '../targets/target.js'
import { OUTPUT_FOLDER_PREFIX } from '../version.js'
import { externalWords, unsendableWords } from './outcome-text.js'

/** Rows written in one turn of the event loop while the run goes on. */
const ROWS_PER_TURN = 1000
/**
 * Rows made ready in one turn once the run is cancelled: the requests in flight have only their
 * grace left, and the rest of the record is to be written within it.
 */
const ROWS_PER_TURN_CANCELLED = 10_000
/** Rows turned into CSV text together. */
const ROWS_PER_STRINGIFY = 100
/** How many bytes of the report are gathered before they are written to the file. */
const WRITE_LENGTH = 1024 * 1024
/** How many bytes of the rows made ready ahead are gathered in one piece. */
const SEGMENT_LENGTH = 64 * 1024
/** How many different sets of a row's other cells the report remembers as CSV text. */
const TAILS_REMEMBERED = 1000
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
function writeAll(io: FileIo, fd: number, bytes: Buffer): void {
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
  const tails = createTails()
  const out = csvBytes(tails, WRITE_LENGTH)
  const writeText = (): void => {
    writeAll(io, fd, out.take())
  }
  const write = (row: string[]): void => {
    out.add(row)
    if (out.length >= WRITE_LENGTH) writeText()
  }
  // A failed write closes the report: nothing more is written.
  const guarded = (work: () => void): void => {
    if (!open) return
    try {
      work()
    } catch (failure) {
      error = failure
      close()
    }
  }
  // Once the run is cancelled, rows past a request still in flight are made ready, as the bytes
  // of their CSV text, while it finishes: each run of ended targets from `from` to `to`, in order.
  // Stryker disable next-line ArrayDeclaration: rows made ready ahead change when their bytes are ready, not which bytes the report holds
  const ahead: Segment[] = []
  let scanned = 0
  /** Makes ready up to `most` rows past the first target that has not ended; says if more are left. */
  const renderAhead = (most: number): boolean => {
    const { entries } = ledger
    // Stryker disable next-line ArithmeticOperator: rows made ready ahead change when their bytes are ready, not which bytes the report holds
    scanned = Math.max(scanned, next + 1)
    let segment: Segment | undefined
    const made = csvBytes(tails, SEGMENT_LENGTH)
    const seal = (): void => {
      const bytes = made.take()
      // Stryker disable next-line LogicalOperator,EqualityOperator,ConditionalExpression: only a segment's rows are made, and empty bytes add nothing
      if (segment && bytes.length > 0) segment.bytes.push(bytes)
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: rows made ready ahead change when their bytes are ready, not which bytes the report holds
    for (let n = 0; scanned < entries.length && n < most; scanned++) {
      const entry = entries[scanned] as Entry
      // Stryker disable next-line ConditionalExpression: rows made ready ahead change when their bytes are ready, not which bytes the report holds
      if (!hasEnded(entry)) {
        seal()
        segment = undefined
        continue
      }
      // Stryker disable next-line ConditionalExpression: a segment of one row holds the same bytes
      if (!segment) ahead.push((segment = { from: scanned, to: scanned, bytes: [] }))
      made.add(reportRow(entry, ledger))
      segment.to = scanned + 1
      n++
      // Stryker disable next-line EqualityOperator,ConditionalExpression,CallExpression: the size of a segment's pieces, not their bytes
      if (made.length >= SEGMENT_LENGTH) seal()
    }
    seal()
    // Stryker disable next-line ConditionalExpression,EqualityOperator: rows made ready ahead change when their bytes are ready, not which bytes the report holds
    return scanned < entries.length
  }
  let soon: NodeJS.Timeout | undefined
  /** Writes up to `most` rows of targets that have ended; says whether more are ready. */
  const writeRows = (most: number): boolean => {
    let ready = false
    guarded(() => {
      const { entries } = ledger
      for (let n = 0; next < entries.length;) {
        const made = ahead[0]
        // Stryker disable next-line ConditionalExpression,BlockStatement: rows not taken as made ahead are made again, the same
        if (made?.from === next) {
          writeText()
          for (const bytes of made.bytes) writeAll(io, fd, bytes)
          next = made.to
          // Stryker disable next-line CallExpression: a segment left behind is never taken again; its rows are made again, the same
          ahead.shift()
          continue
        }
        if (!hasEnded(entries[next] as Entry)) {
          // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: rows made ready ahead change when their bytes are ready, not which bytes the report holds
          if (ledger.cancelled && n < most) ready = renderAhead(most - n)
          break
        }
        if (n === most) {
          ready = true
          break
        }
        write(reportRow(entries[next++] as Entry, ledger))
        n++
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
        if (writeRows(ledger.cancelled ? ROWS_PER_TURN_CANCELLED : ROWS_PER_TURN)) {
          this.flushSoon()
        }
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

/** The CSV bytes of the rows of targets `from` to `to` (not included), made ready ahead. */
interface Segment {
  from: number
  to: number
  bytes: Buffer[]
}

/** The CSV text of the cells after the target's, by those cells joined, and the last used. */
interface Tail {
  cells: readonly string[]
  text: string
}
interface Tails {
  byCells: Map<string, Tail>
  last?: Tail
}
export const createTails = (): Tails => ({ byCells: new Map() })

/** No comma, quote or line break: csv-stringify writes such a cell as it is. */
const PLAIN_CELL = /^[^,"\r\n]*$/

/**
 * A row's CSV text, when its target cells need no quoting (an ID, a login without a comma or a
 * quote), and the cells after them, which a batch's rows mostly share, are turned into CSV once
 * (csvText) and reused. The same text as csv-stringify gives the whole row; undefined for other
 * rows.
 */
export function plainRowText(row: readonly string[], tails: Tails): string | undefined {
  const width = TARGET_KINDS.length
  for (let i = 0; i < width; i++) if (!PLAIN_CELL.test(row[i] ?? '')) return undefined
  return `${row.slice(0, width).join(',')},${tailText(row, width, tails)}`
}

/** The CSV text of the row's cells after the first `width`: the last row's, when they are the same. */
function tailText(row: readonly string[], width: number, tails: Tails): string {
  const { last } = tails
  if (
    // Stryker disable next-line ConditionalExpression,ArithmeticOperator: a text remembered or made again is the same text
    last?.cells.length === row.length - width &&
    // Stryker disable next-line ConditionalExpression,ArithmeticOperator,ArrowFunction: a text remembered or made again is the same text
    last.cells.every((cell, i) => cell === row[width + i])
  )
    return last.text
  const cells = row.slice(width)
  // Stryker disable next-line StringLiteral: keys that collide are told apart by their cells below
  const key = cells.join('\u001f')
  let known = tails.byCells.get(key)
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a text remembered or made again is the same text
  if (!known || known.cells.some((cell, i) => cell !== cells[i])) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: how much is remembered, not what is written
    if (tails.byCells.size >= TAILS_REMEMBERED) tails.byCells.clear()
    known = { cells, text: csvText(cells) }
    // Stryker disable next-line CallExpression: a text remembered or made again is the same text
    tails.byCells.set(key, known)
  }
  tails.last = known
  return known.text
}

/** One row's CSV text: joined as it is when no cell needs quoting, else by csv-stringify. */
function csvText(cells: readonly string[]): string {
  // Stryker disable next-line MethodExpression,ConditionalExpression,ArrowFunction: csv-stringify writes a row of plain cells as joining them does
  return cells.every(cell => PLAIN_CELL.test(cell)) ? `${cells.join(',')}\n` : stringify([cells])
}

/**
 * Rows gathered as the bytes of their CSV text, each row's text written into one buffer as it
 * comes, rather than joined into one text and then turned into bytes, which costs more than making
 * the rows. Other rows go through csv-stringify a hundred at a time. `size`: about how many bytes
 * are gathered before they are taken; the buffer starts an eighth larger, so that the text that
 * passes `size` mostly fits, and grows to hold a longer one.
 */
function csvBytes(
  tails: Tails,
  size: number
): { add(row: string[]): void; take(): Buffer; length: number } {
  let rows: string[][] = []
  let buffer = Buffer.alloc(0)
  let used = 0
  const push = (text: string): void => {
    // A UTF-16 unit is at most 3 bytes of UTF-8.
    const most = used + text.length * 3
    // Stryker disable next-line EqualityOperator: the buffer's size, not the bytes it holds
    if (most > buffer.length) {
      // Stryker disable next-line ArithmeticOperator: the buffer's size, not the bytes it holds
      const bigger = Buffer.allocUnsafe(Math.max(most, size + size / 8))
      buffer.copy(bigger, 0, 0, used)
      buffer = bigger
    }
    used += buffer.write(text, used)
  }
  const stringifyRows = (): void => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: no rows are no text
    if (rows.length > 0) push(stringify(rows))
    rows = []
  }
  return {
    add(row) {
      const plain = plainRowText(row, tails)
      // Stryker disable next-line ConditionalExpression: csv-stringify writes a plain row as plainRowText does
      if (plain === undefined) {
        rows.push(row)
        // Stryker disable next-line ConditionalExpression: how many rows csv-stringify takes at once, not their text
        if (rows.length === ROWS_PER_STRINGIFY) stringifyRows()
      } else {
        stringifyRows()
        push(plain)
      }
    },
    take() {
      stringifyRows()
      // A copy of the bytes used: the buffer is used again for the rows that follow.
      const taken = Buffer.from(buffer.subarray(0, used))
      used = 0
      return taken
    },
    get length() {
      return used
    }
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
    writeAll(io, fd, Buffer.from(`${JSON.stringify(json)}\n`, 'utf8'))
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
  // Stryker disable next-line ConditionalExpression: cells made again are the same
  if (!cells) {
    const answer = batch.answer
    cells = {
      label: batchLabel(batch),
      status: answer?.status === undefined ? '' : String(answer.status),
      requestId: cell(answer?.requestId ?? ''),
      answeredAt: answer?.answeredAt === undefined ? '' : new Date(answer.answeredAt).toISOString()
    }
    // Only an answered batch's cells are final.
    // Stryker disable next-line ConditionalExpression: a batch unanswered when its rows are written is never answered after
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
      if (!entry.batch && isUnsendable(entry)) return unsendableWords(entry)
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
      if (entry.lookup === 'unverified') return `not verified: ${entry.detail ?? ''}`
      return isExternal(entry, ledger) ? externalWords(entry) : ''
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
