// Text from outside (Box's answers, the token endpoint, a proxy, a network error) may echo a
// credential back. Every such text goes through one redactor as soon as it is parsed, before it is
// stored or formatted anywhere, so no escaped form of a secret can arise later.

export const REDACTED = '***'

/**
 * Secrets shorter than this are replaced only where they stand alone, not inside a longer word or
 * number, so that a short passphrase cannot eat ordinary text.
 */
export const SHORT_SECRET_LENGTH = 8

export interface Redactor {
  /** Adds a secret: a credential input, a part of one, or a token Box issued. */
  add(secret: string): void
  /** The text with each secret, raw, URL-encoded or JSON-escaped, replaced by `***`. */
  text(text: string): string
  /** A parsed JSON value with every string in it (keys too) redacted. */
  json(value: unknown): unknown
  /** How many times a secret was removed so far. */
  readonly removed: number
}

/**
 * The parts of one secret to hide: the whole value and, for a multi-line secret (a JSON config, a
 * PEM key), each line of at least 8 characters, since a line may be printed or echoed alone.
 */
export function secretParts(secret: string): string[] {
  if (secret.trim() === '') return []
  const lines = secret
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(l => l.length >= 8)
  return [...new Set([secret, ...lines])]
}

export function createRedactor(secrets: readonly string[] = []): Redactor {
  const known = new Set<string>()
  let pattern: RegExp | undefined
  let removed = 0

  const text = (value: string): string => {
    if (!pattern || value === '') return value
    return value.replace(pattern, () => {
      removed++
      return REDACTED
    })
  }
  const json = (value: unknown): unknown => {
    if (typeof value === 'string') return text(value)
    if (Array.isArray(value)) return value.map(json)
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [text(k), json(v)]))
    }
    return value
  }
  const redactor: Redactor = {
    add(secret) {
      if (secret.trim() === '' || known.has(secret)) return
      known.add(secret)
      pattern = secretPattern(known)
    },
    text,
    json,
    get removed() {
      return removed
    }
  }
  for (const secret of secrets) redactor.add(secret)
  return redactor
}

/** The forms a secret may take in someone else's text. */
export function secretForms(secret: string): string[] {
  const uri = encodeURIComponent(secret)
  const form = new URLSearchParams({ s: secret }).toString().slice(2)
  const lowerHex = (s: string): string => s.replace(/%[0-9A-F]{2}/g, h => h.toLowerCase())
  const jsonEscaped = JSON.stringify(secret).slice(1, -1)
  const asciiJson = jsonEscaped.replace(
    /[^\x20-\x7e]/g,
    ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
  return [...new Set([secret, uri, lowerHex(uri), form, lowerHex(form), jsonEscaped, asciiJson])]
}

function secretPattern(secrets: ReadonlySet<string>): RegExp {
  const long: string[] = []
  const short: string[] = []
  for (const secret of secrets) {
    for (const form of secretForms(secret)) {
      ;(secret.length < SHORT_SECRET_LENGTH ? short : long).push(form)
    }
  }
  // Longest first, so that a secret holding another is replaced whole.
  const alternatives = (forms: string[]): string =>
    forms
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')
  const parts: string[] = []
  if (long.length > 0) parts.push(alternatives(long))
  if (short.length > 0) {
    parts.push(`(?<![\\p{L}\\p{N}_])(?:${alternatives(short)})(?![\\p{L}\\p{N}_])`)
  }
  return new RegExp(parts.join('|'), 'gu')
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
