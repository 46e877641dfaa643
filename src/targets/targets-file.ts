import { parse as parseCsv } from 'csv-parse/sync'
import path from 'node:path'
import { quoteEntry } from '../safe-text.js'
import { parsed, refused, type Parsed } from '../parsed.js'
import { OUTPUT_FOLDER_PREFIX } from '../version.js'
import { readJsonObject } from './json-targets.js'
import { TARGET_KINDS, type TargetKind } from './kinds.js'
import { checkTargets } from './parse-list.js'
import { FINISHED_OUTCOMES, REPORT_HEADERS } from './report-columns.js'
import type { Target, TargetsRead } from './target.js'

const INPUT = 'targets-file'

export interface FileAccess {
  /** The folder a relative targets-file is read from (the runner's GITHUB_WORKSPACE). */
  workspace: string
  /** The runner's RUNNER_TEMP, where earlier steps write generated files; empty outside a runner. */
  runnerTemp: string
  /** The OS temp folder, where the action writes its files when there is no RUNNER_TEMP. */
  osTemp: string
  /** The path with symbolic links resolved; throws when it does not exist. */
  realPath(file: string): string
  /** Whether the path is a regular file, not a directory, FIFO or device. */
  isFile(file: string): boolean
  readText(file: string): string
}

/** The targets of a file, and the CSV columns it has that name no kind of target. */
export interface TargetsFile {
  targets: Target[]
  ignoredColumns: string[]
  /** Set when the file is this action's report: the rows left out, by outcome. */
  report?: { leftOut: Record<string, number>; dryRun: boolean }
}

/**
 * Reads the targets-file named by the input: a regular file inside the workspace (a relative path
 * is read from there) or inside RUNNER_TEMP, symbolic links resolved. Without RUNNER_TEMP, a file
 * the action itself wrote in the OS temp folder (a remainder or report) is accepted too.
 */
export function readTargetsFile(file: string, files: FileAccess): Parsed<TargetsFile> {
  const shown = quoteEntry(file)
  try {
    const real = files.realPath(path.resolve(files.workspace, file))
    if (!isAllowed(real, files)) {
      return refused(`${INPUT}: ${shown} is not inside the workspace or RUNNER_TEMP`)
    }
    if (!files.isFile(real)) {
      return refused(`${INPUT}: ${shown} is not a regular file (a directory, FIFO or device)`)
    }
    return parseTargetsFile(files.readText(real))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'error'})`
    return refused(`${INPUT}: ${shown}: ${reason}`)
  }
}

function isAllowed(real: string, files: FileAccess): boolean {
  const root = (folder: string): string | undefined => {
    try {
      return files.realPath(folder)
    } catch {
      return undefined
    }
  }
  const inside = (folder: string): boolean => {
    const resolved = root(folder)
    return resolved !== undefined && isInside(real, resolved)
  }
  if (inside(files.workspace)) return true
  if (files.runnerTemp !== '') return inside(files.runnerTemp)
  const folder = path.dirname(real)
  return (
    path.dirname(folder) === root(files.osTemp) &&
    path.basename(folder).startsWith(OUTPUT_FOLDER_PREFIX)
  )
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file)
  return (
    relative !== '' &&
    relative !== '..' &&
    !relative.startsWith(`..${path.sep}`) &&
    !path.isAbsolute(relative)
  )
}

/**
 * Reads the content of a targets-file: a JSON object of arrays, or a CSV file whose header names
 * any of the kinds' columns (one target per cell; other columns are ignored).
 */
export function parseTargetsFile(content: string): Parsed<TargetsFile> {
  const text = content.replace(/^\uFEFF/, '').trimStart()
  if (text.startsWith('[')) {
    return refused(
      `${INPUT}: is a JSON array; expected a JSON object of arrays such as {"user_logins": ["ada@example.com"], "group_ids": ["42"]}, or a CSV file with a header row`
    )
  }
  if (text.startsWith('{')) {
    const json = checkTargets(readJsonObject(INPUT, text))
    return json.ok ? parsed({ targets: json.value, ignoredColumns: [] }) : json
  }
  return parseCsvFile(text)
}

interface CsvContext {
  lines: number
}

/**
 * A CSV file, read record by record: nothing but the targets is kept. A file whose header is this
 * action's report header, every column in order, is a report: its rows that ended for good
 * (FINISHED_OUTCOMES) are left out, unless it is a dry run's report, whose every row is read.
 * Any other file with an `outcome` column (an HR export) is read whole.
 */
function parseCsvFile(text: string): Parsed<TargetsFile> {
  let columns: (TargetKind | undefined)[] | undefined
  let ignoredColumns: string[] = []
  let headerProblem: string | undefined
  let outcomeAt = -1
  let detailAt = -1
  let dryRun = false
  const read: TargetsRead = { targets: [], problems: [] }
  const found = new Map<TargetKind, { target: Target; outcome: string }[]>(
    TARGET_KINDS.map(kind => [kind, []])
  )
  try {
    // csv-parse counts a CR LF inside a quoted cell as two lines: read every line break as LF.
    parseCsv(text.replace(/\r\n?/g, '\n'), {
      relax_column_count: true,
      on_record: (cells: string[], context: CsvContext) => {
        if (cells.every(cell => cell.trim() === '')) return null
        const line = firstLine(cells, context.lines)
        if (!columns) {
          const names = cells.map(cell => cell.trim().toLowerCase())
          columns = names.map(name => TARGET_KINDS.find(k => k.csvColumn === name))
          ignoredColumns = cells.filter((_, i) => !columns?.[i]).map(c => c.trim())
          if (REPORT_HEADERS.some(header => header.join(',') === names.join(','))) {
            outcomeAt = names.indexOf('outcome')
            detailAt = names.indexOf('detail')
          }
          if (columns.every(kind => !kind)) {
            headerProblem = `${INPUT} line ${line}: the header names none of the columns ${TARGET_KINDS.map(k => k.csvColumn).join(', ')}; it has ${ignoredColumns.map(c => quoteEntry(c)).join(', ')}`
          }
          return null
        }
        if (cells.length > columns.length) {
          read.problems.push(
            `${INPUT} line ${line}: has ${cells.length} cells, the header names ${columns.length}`
          )
          return null
        }
        const outcome = outcomeAt < 0 ? '' : (cells[outcomeAt] ?? '').trim()
        if (outcome === 'not_sent' && (cells[detailAt] ?? '').trim() === 'dry run') dryRun = true
        cells.forEach((cell, i) => {
          const kind = columns?.[i]
          const value = cell.trim()
          if (!kind || value === '') return
          found.get(kind)?.push({
            target: { kind: kind.input, value, source: INPUT, line, column: kind.csvColumn },
            outcome
          })
        })
        return null
      }
    })
  } catch (error) {
    return refused(`${INPUT}: is not a readable CSV file: ${(error as Error).message}`)
  }
  if (headerProblem) return refused(headerProblem)
  const isReport = outcomeAt >= 0
  const leftOut: Record<string, number> = {}
  // Kind by kind, each in file order, as the inputs are read.
  for (const list of found.values()) {
    for (const { target, outcome } of list) {
      if (isReport && !dryRun && FINISHED_OUTCOMES.has(outcome)) {
        leftOut[outcome] = (leftOut[outcome] ?? 0) + 1
      } else {
        read.targets.push(target)
      }
    }
  }
  const checked = checkTargets(read)
  if (!checked.ok) return checked
  return parsed({
    targets: checked.value,
    ignoredColumns: isReport ? [] : ignoredColumns,
    ...(isReport ? { report: { leftOut, dryRun } } : {})
  })
}

/** The line a record starts on, from the line it ends on and the line breaks inside its cells. */
function firstLine(cells: readonly string[], lastLine: number): number {
  return lastLine - cells.reduce((breaks, cell) => breaks + cell.split('\n').length - 1, 0)
}
