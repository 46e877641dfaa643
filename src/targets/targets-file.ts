import { parse as parseCsv } from 'csv-parse/sync'
import path from 'node:path'
import { quoteEntry } from '../safe-text.js'
import { parsed, refused, valueOrProblems, type Parsed } from '../parsed.js'
import { TARGET_KINDS, type TargetKind } from './kinds.js'
import { checkTargets, jsonArrayTargets } from './parse-list.js'
import type { Target } from './target.js'

const INPUT = 'targets-file'

export interface FileAccess {
  /** The folder a relative targets-file is read from (the runner's GITHUB_WORKSPACE). */
  workspace: string
  /** The runner's RUNNER_TEMP, where earlier steps write generated files; unset outside a runner. */
  runnerTemp?: string
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
}

/**
 * Reads the targets-file named by the input: a regular file inside the workspace (a relative
 * path is read from there) or inside RUNNER_TEMP, symbolic links resolved.
 */
export function readTargetsFile(file: string, files: FileAccess): Parsed<TargetsFile> {
  const shown = quoteEntry(file)
  try {
    const real = files.realPath(path.resolve(files.workspace, file))
    const roots = [files.workspace, files.runnerTemp].filter((r): r is string => Boolean(r))
    if (!roots.some(root => isInside(real, files.realPath(root)))) {
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
    const json = parseJsonFile(text)
    return json.ok ? parsed({ targets: json.value, ignoredColumns: [] }) : json
  }
  return parseCsvFile(text)
}

function parseJsonFile(text: string): Parsed<Target[]> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return refused(`${INPUT}: starts with "{" but is not valid JSON`)
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return refused(`${INPUT}: is not a JSON object`)
  }
  let targets: Target[] = []
  let problems: string[] = []
  for (const [key, value] of Object.entries(json)) {
    const kind = TARGET_KINDS.find(k => k.jsonKey === key)
    if (!kind) {
      problems.push(
        `${INPUT}: unknown key ${quoteEntry(key)} (expected ${TARGET_KINDS.map(k => k.jsonKey).join(', ')})`
      )
      continue
    }
    if (!Array.isArray(value)) {
      problems.push(`${INPUT}: ${key} must be an array`)
      continue
    }
    const list = jsonArrayTargets(kind.input, value, `${INPUT} ${key}`, true)
    if (list.ok) targets = targets.concat(list.value)
    else problems = problems.concat(list.problems)
  }
  return valueOrProblems(targets, problems)
}

interface CsvRecord {
  record: string[]
  info: { lines: number }
}

function parseCsvFile(text: string): Parsed<TargetsFile> {
  let records: CsvRecord[]
  try {
    // csv-parse counts a CR LF inside a quoted cell as two lines: read every line break as LF.
    records = parseCsv(text.replace(/\r\n?/g, '\n'), {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true
    }) as unknown as CsvRecord[] // with `info`, csv-parse returns records with their info
  } catch (error) {
    return refused(`${INPUT}: is not a readable CSV file: ${(error as Error).message}`)
  }
  const rows = records
    .map(({ record, info }) => ({ cells: record, line: firstLine(record, info.lines) }))
    .filter(row => row.cells.some(cell => cell.trim() !== ''))
  const [header, ...body] = rows
  if (!header) return parsed({ targets: [], ignoredColumns: [] })

  const columns = header.cells.map(cell =>
    TARGET_KINDS.find(k => k.csvColumn === cell.trim().toLowerCase())
  )
  const ignoredColumns = header.cells.filter((_, i) => !columns[i]).map(c => c.trim())
  if (columns.every(kind => !kind)) {
    return refused(
      `${INPUT} line ${header.line}: the header names none of the columns ${TARGET_KINDS.map(k => k.csvColumn).join(', ')}; it has ${ignoredColumns.map(c => quoteEntry(c)).join(', ')}`
    )
  }

  const problems: string[] = []
  const found = new Map<TargetKind, Target[]>()
  for (const row of body) {
    if (row.cells.length > columns.length) {
      problems.push(
        `${INPUT} line ${row.line}: has ${row.cells.length} cells, the header names ${columns.length}`
      )
      continue
    }
    row.cells.forEach((cell, i) => {
      const kind = columns[i]
      const value = cell.trim()
      if (!kind || value === '') return
      const list = found.get(kind) ?? []
      list.push({ kind: kind.input, value, source: INPUT, line: row.line, column: kind.csvColumn })
      found.set(kind, list)
    })
  }
  const targets = TARGET_KINDS.flatMap(kind => found.get(kind) ?? [])
  const checked = checkTargets(targets)
  return valueOrProblems(
    { targets, ignoredColumns },
    checked.ok ? problems : problems.concat(checked.problems)
  )
}

/** The line a record starts on, from the line it ends on and the line breaks inside its cells. */
function firstLine(cells: readonly string[], lastLine: number): number {
  return lastLine - cells.reduce((breaks, cell) => breaks + cell.split('\n').length - 1, 0)
}
