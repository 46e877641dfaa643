import type { ParseErrorCode } from 'jsonc-parser/lib/esm/main.js'
import { visit } from 'jsonc-parser/lib/esm/main.js'
import { quoteEntry } from '../safe-text.js'
import { TARGET_KINDS, type KindName } from './kinds.js'
import type { Target, TargetsRead } from './target.js'

// JSON is read with jsonc-parser's visitor rather than JSON.parse: it reports every key (JSON.parse
// keeps the last of a repeated key, silently dropping the others), the raw text of every number
// (JSON.parse rounds 12345678901234567890 to a different ID), and the line of each, without building
// a tree of a long file in memory.

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false }

/**
 * One item of a JSON array of targets: its value as text (a string trimmed, or a number's digits),
 * or, when it is neither, what it is, for the error. A plain string, so that a long file's items
 * cost no object each.
 */
type Item = string | { refused: string }

/**
 * The targets of a list input written as a JSON array (`["ada@example.com", "42"]` or `[42]`): text
 * that starts with "[".
 */
export function readJsonList(kind: KindName, text: string): TargetsRead {
  const targets: Target[] = []
  const problems: string[] = []
  const reader = itemReader(text, (item, _line, index) => {
    if (typeof item !== 'string') {
      problems.push(`${kind}: item ${index} of the JSON array ${item.refused}`)
    } else if (item !== '') {
      targets.push({ kind, value: item, source: kind })
    }
  })
  visit(
    text,
    {
      onArrayBegin: (_offset, _length, line) => reader.open('array', line),
      onArrayEnd: () => reader.close(),
      onObjectBegin: (_offset, _length, line) => reader.open('object', line),
      onObjectEnd: () => reader.close(),
      onLiteralValue: (value: unknown, offset, length, line) =>
        reader.literal(value, offset, length, line),
      onError: (error, offset, _length, line) => reader.error(error, offset, line)
    },
    STRICT
  )
  return readOrSyntaxProblem(
    { targets, problems },
    reader.syntaxProblem(),
    `${kind}: starts with "[" but is not a valid JSON array`
  )
}

/**
 * The targets of a targets-file written as a JSON object of arrays, one per kind:
 * `{"user_ids": ["1"], "user_logins": [], "group_ids": []}`. Each target is numbered by its line and
 * item; an unknown or repeated key, a value that is not an array, or a refused item is a problem.
 */
export function readJsonObject(source: string, text: string): TargetsRead {
  const targets: Target[] = []
  const problems: string[] = []
  const keyLines = new Map<string, number>()
  let kind: KindName | undefined
  let key = ''
  // "targets-file user_ids": written once per key, not once per target.
  let keySource = ''
  const reader = itemReader(text, (item, line, index) => {
    if (!kind) return
    if (typeof item !== 'string') {
      problems.push(`${source} line ${line}: ${key} item ${index} ${item.refused}`)
    } else if (item !== '') {
      targets.push({ kind, value: item, source: keySource, line, item: index })
    }
  })
  visit(
    text,
    {
      onObjectProperty: (name, _offset, _length, line) => {
        if (reader.depth() !== 1) return
        key = name
        keySource = `${source} ${name}`
        kind = TARGET_KINDS.find(k => k.jsonKey === name)?.input
        const first = keyLines.get(name)
        if (first !== undefined) {
          problems.push(
            `${source} line ${line + 1}: the key ${quoteEntry(name)} is repeated (first on line ${first}); JSON keeps only the last, so write each kind's targets in one list`
          )
        } else {
          keyLines.set(name, line + 1)
        }
        if (!kind) {
          problems.push(
            `${source} line ${line + 1}: unknown key ${quoteEntry(name)} (expected ${TARGET_KINDS.map(k => k.jsonKey).join(', ')})`
          )
        }
      },
      onArrayBegin: (_offset, _length, line) => reader.open('array', line),
      onArrayEnd: () => reader.close(),
      onObjectBegin: (_offset, _length, line) => {
        if (reader.depth() === 1 && kind)
          problems.push(`${source} line ${line + 1}: ${key} must be an array`)
        reader.open('object', line)
      },
      onObjectEnd: () => reader.close(),
      onLiteralValue: (value: unknown, offset, length, line) => {
        if (reader.depth() === 1) {
          if (kind) problems.push(`${source} line ${line + 1}: ${key} must be an array`)
          return
        }
        reader.literal(value, offset, length, line)
      },
      onError: (error, offset, _length, line) => reader.error(error, offset, line)
    },
    STRICT
  )
  return readOrSyntaxProblem(
    { targets, problems },
    reader.syntaxProblem(),
    `${source}: starts with "{" but is not valid JSON`
  )
}

/**
 * Follows the nesting of a JSON text and hands each item of a depth-2 array (the root array's
 * items for a list, a key's array's items in an object) to `onItem`, numbered from 1.
 */
function itemReader(text: string, onItem: (item: Item, line: number, index: number) => void) {
  const stack: { kind: 'array' | 'object'; items: number }[] = []
  let syntax: string | undefined
  /** The array whose items are targets: the root array, or an array under a root key. */
  const itemsArray = (): { items: number } | undefined => {
    const top = stack[stack.length - 1]
    if (top?.kind !== 'array') return undefined
    if (stack.length === 1 && stack[0]?.kind === 'array') return top
    if (stack.length === 2 && stack[0]?.kind === 'object') return top
    return undefined
  }
  const nested = (what: string, line: number): void => {
    const array = itemsArray()
    if (array)
      onItem({ refused: `is ${what}, not a string or a whole number` }, line, ++array.items)
  }
  return {
    depth: () => stack.length,
    syntaxProblem: () => syntax,
    open(kind: 'array' | 'object', line: number) {
      nested(kind === 'array' ? 'an array' : 'an object', line + 1)
      stack.push({ kind, items: 0 })
    },
    close() {
      stack.pop()
    },
    literal(value: unknown, offset: number, length: number, line: number) {
      const array = itemsArray()
      if (!array) return
      onItem(readLiteral(value, text, offset, length), line + 1, ++array.items)
    },
    error(_code: ParseErrorCode, offset: number, line: number) {
      syntax ??= `${describeSyntaxError(text, offset)} at line ${line + 1}, character ${offset + 1}`
    }
  }
}

/** A literal item: a string trimmed, or a number written as a non-negative safe integer. */
function readLiteral(value: unknown, text: string, offset: number, length: number): Item {
  if (typeof value === 'string') return value.trim()
  const raw = text.slice(offset, offset + length)
  if (typeof value === 'number') {
    if (/^(0|[1-9][0-9]*)$/.test(raw) && Number.isSafeInteger(value)) return raw
    return {
      refused: `is the number ${quoteEntry(raw)}, which is not a whole number JSON can hold exactly; write the ID in quotes, as a string`
    }
  }
  return { refused: `is ${quoteEntry(raw)}, not a string or a whole number` }
}

/** What a JSON reader found where the text stops being JSON. */
function describeSyntaxError(text: string, offset: number): string {
  if (offset >= text.length) return 'it ends too early'
  const found = text.slice(offset, offset + 10).split(/\s/)[0] || text[offset] || ''
  return `unexpected ${quoteEntry(found, 10)}`
}

/** What was read, or, when the text is not valid JSON, only that problem: its items mean nothing. */
function readOrSyntaxProblem(
  read: TargetsRead,
  syntax: string | undefined,
  notValid: string
): TargetsRead {
  return syntax ? { targets: [], problems: [`${notValid} (${syntax})`] } : read
}
