import { jsonListItems, type EntryGroup, type TargetKind } from './lists.js'
import { quoteEntry } from './safe-text.js'

export interface ParsedTargetsFile {
  groups: EntryGroup[]
  problems: string[]
}

const CSV_COLUMNS: Record<string, TargetKind> = {
  user_id: 'user-ids',
  user_login: 'user-logins',
  group_id: 'group-ids'
}

const JSON_KEYS: Record<string, TargetKind> = {
  user_ids: 'user-ids',
  user_logins: 'user-logins',
  group_ids: 'group-ids'
}

/**
 * Reads the content of a `targets-file`: a JSON object of arrays, or a CSV file whose header
 * names any of the columns user_id, user_login and group_id (one target per cell).
 */
export function parseTargetsFile(content: string, name: string): ParsedTargetsFile {
  const text = content.replace(/^\uFEFF/, '')
  return text.trimStart().startsWith('{') ? parseJson(text, name) : parseCsv(text, name)
}

function parseJson(text: string, name: string): ParsedTargetsFile {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { groups: [], problems: [`${name}: starts with "{" but is not valid JSON`] }
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { groups: [], problems: [`${name}: is not a JSON object`] }
  }
  const groups: EntryGroup[] = []
  const problems: string[] = []
  for (const [key, value] of Object.entries(json)) {
    const kind = JSON_KEYS[key]
    if (!kind) {
      problems.push(
        `${name}: unknown key ${quoteEntry(key)} (expected user_ids, user_logins, group_ids)`
      )
      continue
    }
    if (!Array.isArray(value)) {
      problems.push(`${name}: ${key} must be an array`)
      continue
    }
    const source = `${name} ${key}`
    const list = jsonListItems(value, source)
    problems.push(...list.problems)
    groups.push({ kind, values: list.entries, where: () => source })
  }
  return { groups, problems }
}

function parseCsv(text: string, name: string): ParsedTargetsFile {
  const { rows, problem } = text.includes('"') ? csvRows(text) : unquotedCsvRows(text)
  if (problem) return { groups: [], problems: [`${name}: ${problem}`] }
  const header = rows[0]
  if (!header) return { groups: [], problems: [] }
  const columns = header.cells.map(c => CSV_COLUMNS[c.trim().toLowerCase()])
  const unknown = header.cells.filter((_, i) => !columns[i])
  if (unknown.length > 0 || columns.length === 0) {
    return {
      groups: [],
      problems: [
        `${name} line ${header.line}: the header must name only the columns user_id, user_login, group_id; unknown: ${unknown.map(c => quoteEntry(c)).join(', ')}`
      ]
    }
  }
  // One group per column: the values and the line each came from.
  const groups = header.cells.map((cell, i) => {
    const lines: number[] = []
    const column = cell.trim()
    return {
      lines,
      group: {
        kind: columns[i] as TargetKind,
        values: [] as string[],
        where: (index: number) => `${name} line ${lines[index]} (${column})`
      }
    }
  })
  const problems: string[] = []
  for (const row of rows) {
    if (row === header) continue
    if (row.cells.length > columns.length) {
      problems.push(
        `${name} line ${row.line}: has ${row.cells.length} cells, the header names ${columns.length}`
      )
      continue
    }
    for (let i = 0; i < row.cells.length; i++) {
      const value = (row.cells[i] as string).trim()
      const column = groups[i]
      if (value !== '' && column) {
        column.group.values.push(value)
        column.lines.push(row.line)
      }
    }
  }
  return { groups: groups.map(c => c.group), problems }
}

interface CsvRow {
  line: number
  cells: string[]
}

interface CsvReading {
  rows: CsvRow[]
  problem?: string
}

const hasContent = (row: CsvRow): boolean => row.cells.some(c => c.trim() !== '')

/**
 * The rows of a CSV text with no quote character, where no cell can hold a comma or a line
 * break: native splits give the same rows as csvRows, several times faster on long files.
 */
export function unquotedCsvRows(text: string): CsvReading {
  // Splitting on a string is much faster than on a regular expression.
  const lines = text.includes('\r') ? text.split(/\r\n|\n|\r/) : text.split('\n')
  const oneColumn = !text.includes(',')
  const rows: CsvRow[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string
    const row = { line: index + 1, cells: oneColumn ? [line] : line.split(',') }
    if (hasContent(row)) rows.push(row)
  }
  return { rows }
}

/** RFC 4180 rows with the line each starts on; quoted cells may hold commas, quotes and newlines. */
export function csvRows(text: string): CsvReading {
  const rows: CsvRow[] = []
  let cells: string[] = []
  let cell = ''
  let line = 1
  let rowLine = 1
  let quoted = false
  let i = 0
  while (i < text.length) {
    const ch = text[i] as string
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"'
          i += 2
          continue
        }
        quoted = false
      } else {
        if (ch === '\n') line++
        cell += ch
      }
      i++
      continue
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true
      cell = ''
    } else if (ch === ',') {
      cells.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      cells.push(cell)
      rows.push({ line: rowLine, cells })
      cells = []
      cell = ''
      if (ch === '\r' && text[i + 1] === '\n') i++
      line++
      rowLine = line
    } else {
      cell += ch
    }
    i++
  }
  if (quoted) return { rows, problem: `a quoted cell that starts on line ${rowLine} never ends` }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell)
    rows.push({ line: rowLine, cells })
  }
  return { rows: rows.filter(hasContent) }
}
