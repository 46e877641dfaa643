// Text from outside (Box's answers, the token endpoint, a proxy, a network error) may echo a
// credential back. Every such text goes through one redactor as soon as it is parsed, before it is
// stored or formatted anywhere, so no escaped form of a secret can arise later.

import { asciiLowerCase } from './ascii.js'

const REDACTED = '***'

/**
 * Secrets shorter than this are replaced only where they stand alone, not inside a longer word or
 * number, so that a short passphrase cannot eat ordinary text; longer ones are also found encoded.
 */
const SHORT_SECRET_LENGTH = 8
/** Secrets this long or longer are found in any ASCII case. */
const ANY_CASE_LENGTH = 16

export interface SecretOptions {
  /** A token, a signed assertion or a client secret: found in any ASCII case, whatever its length. */
  anyCase?: boolean
}

export interface Redactor {
  /** Adds a secret: a credential input, a part of one, a token Box issued or a signed assertion. */
  add(secret: string, options?: SecretOptions): void
  /** The text with each secret, in each form it is found in, replaced by `***`. */
  text(text: string): string
  /**
   * A parsed JSON value with every string in it (keys too) redacted; `changed` collects the keys
   * whose name or value the redactor changed.
   */
  json(value: unknown, changed?: Set<string>): unknown
  /**
   * The first `length` characters of a long text, redacted over that window and as far past it as
   * the longest form of a secret reaches, so that a secret across the cut is still found whole.
   */
  start(text: string, length: number): string
  /** Builds what finding the secrets takes, if not done yet: done while waiting, not when asked. */
  prepare(): void
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
    .filter(l => l.length >= SHORT_SECRET_LENGTH)
  return [...new Set([secret, ...lines])]
}

/** How many redacted strings the redactor remembers, so that repeated ones cost nothing. */
const REMEMBERED = 10_000

export function createRedactor(secrets: readonly string[] = []): Redactor {
  const known = new Map<string, boolean>()
  // The secrets learnt since the last build: a matcher is built when first needed after a secret
  // was added, for the new secrets alone, and looked for along with the earlier ones, so that the
  // token a JWT app is issued does not build its config's 35 parts again.
  let learnt = new Map<string, boolean>()
  let matchers: Matcher[] = []
  let matcher: Matcher | undefined
  const current = (): Matcher | undefined => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a matcher of no secret finds nothing more
    if (learnt.size === 0) return matcher
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: how many matchers the secrets are spread over, not what they find
    if (matchers.length === MOST_MATCHERS) {
      matchers = []
      learnt = new Map(known)
    }
    matchers.push(createMatcher(learnt))
    learnt = new Map()
    matcher = combined(matchers)
    return matcher
  }
  let remembered = new Map<string, { text: string; removed: number }>()
  let removed = 0

  const text = (value: string): string => {
    const built = current()
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; a text shorter than every form holds none
    if (!built || value.length < built.shortest) return value
    const seen = remembered.get(value)
    // Stryker disable next-line ConditionalExpression,BlockStatement: remembering only saves the work of redacting again
    if (seen) {
      removed += seen.removed
      return seen.text
    }
    const spans = built.spans(value)
    const result = { text: replaceSpans(value, spans), removed: spans.length }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: bounds what is remembered, not what is redacted
    if (remembered.size >= REMEMBERED) remembered = new Map()
    // Stryker disable next-line all: remembering only saves the work of redacting again
    remembered.set(value, result)
    removed += result.removed
    return result.text
  }
  const json = (value: unknown, changed?: Set<string>, key?: string): unknown => {
    if (typeof value === 'string') {
      const redacted = text(value)
      if (redacted !== value && key !== undefined) changed?.add(key)
      return redacted
    }
    if (Array.isArray(value)) return value.map(item => json(item, changed, key))
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(
        Object.entries(value).map(([name, inner]) => {
          const redactedName = text(name)
          if (redactedName !== name) changed?.add(name)
          return [redactedName, json(inner, changed, name)]
        })
      )
    }
    return value
  }
  const redactor: Redactor = {
    add(secret, options) {
      if (secret.trim() === '') return
      const anyCase = options?.anyCase === true || secret.length >= ANY_CASE_LENGTH
      // Stryker disable next-line LogicalOperator,ConditionalExpression: learning again what it holds changes nothing it finds (forgetting a case learnt is a test's)
      if (known.has(secret) && (known.get(secret) === true || !anyCase)) return
      known.set(secret, anyCase)
      learnt.set(secret, anyCase)
      remembered = new Map()
    },
    text,
    json: (value, changed) => json(value, changed),
    start(value, length) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: a shortcut for a text within the window
      if (value.length <= length) return text(value)
      const reach = current()?.reach ?? 0
      // Stryker disable next-line MethodExpression: redacting the whole text finds the same spans in the window
      return text(value.slice(0, length + reach)).slice(0, length)
    },
    prepare: current,
    get removed() {
      return removed
    }
  }
  for (const secret of secrets) redactor.add(secret)
  return redactor
}

/** The literal forms a secret may take in someone else's text: raw, URL-encoded, JSON-escaped. */
export function secretForms(secret: string): string[] {
  const uri = encodeURIComponent(secret)
  // As a form body encodes it (application/x-www-form-urlencoded): encodeURIComponent also
  // escapes ! ' ( ) ~, and a space is +. URLSearchParams would do the same, far slower.
  const form = uri
    .replace(/[!'()~]/g, ch => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+')
  const lowerHex = (s: string): string => s.replace(/%[0-9A-F]{2}/g, h => h.toLowerCase())
  const jsonEscaped = JSON.stringify(secret).slice(1, -1)
  const asciiJson = jsonEscaped.replace(
    /[^\x20-\x7e]/g,
    ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
  return [...new Set([secret, uri, lowerHex(uri), form, lowerHex(form), jsonEscaped, asciiJson])]
}

/**
 * The texts that the action's own escaping turns into the secret, for a secret that holds an
 * escape: JSON (`result`, the report's JSON) and the log write `"` as `\"`, the summary writes `&`
 * as `&amp;`, CSV doubles `"`. Found in what comes back, such text is removed before it is escaped.
 */
export function escapedInto(secret: string): string[] {
  // A secret with a format character in it is not undone: the action's escaping adds none; one
  // with no escape in it reads the same in the view.
  const view = HAS_IGNORABLE.test(secret) || !MAY_HIDE.test(secret) ? [] : [viewText(secret)]
  const undone = [...view, secret.replace(/""/g, '"')]
  return [...new Set(undone.filter(text => text !== secret && text.trim() !== ''))]
}

/**
 * The base64 and base64url characters that depend on the secret alone, for each of the three byte
 * alignments it may have inside a longer encoded text (`Bearer <token>`, `<id>:<secret>`).
 */
export function base64Cores(secret: string): string[] {
  // Stryker disable next-line StringLiteral: UTF-8 is also Buffer's default
  const bytes = Buffer.from(secret, 'utf8')
  const cores: string[] = []
  for (const before of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(before), bytes]).toString('base64')
    const core = encoded.slice(
      Math.ceil((8 * before) / 6),
      Math.floor((8 * (before + bytes.length)) / 6)
    )
    cores.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'))
  }
  return [...new Set(cores)]
}

// Unicode format characters and those Unicode says are ignored when shown (zero-width ones, soft
// hyphen, variation selectors): a secret with one inside still reads as the secret.
const IGNORABLES = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu
const HAS_IGNORABLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u
/** Only text holding one of these can hide a secret the normalised view would find. */
const MAY_HIDE = /[%&\\\p{Cf}\p{Default_Ignorable_Code_Point}]/u

/** What a redactor looks for in one text, built once each time it learns a secret. */
interface Matcher {
  /** The length of the shortest thing it looks for: a shorter text holds no secret. */
  shortest: number
  /** How much longer than a secret its longest form may be. */
  reach: number
  /** The spans of the text that hold a secret, merged where they overlap. */
  spans(text: string): Span[]
}

type Span = [start: number, end: number]

/**
 * Secrets longer than this (a private key, a whole JWT config) have each raw and encoded form
 * longer too: their forms are worked out, and looked for, only once a text is as long.
 */
export const LONG_SECRET_LENGTH = 256

/** The texts one group of secrets is looked for as. */
interface Forms {
  /** As written, in the secret's own case. */
  ownCase: string[]
  /** Folded to ASCII lower case, to be looked for in a folded text. */
  anyCase: string[]
  /** Looked for in a text's normalised view, in their own case or folded. */
  viewOwn: string[]
  viewAny: string[]
}

interface Tier {
  ownCase?: Needles
  anyCase?: Needles
  viewOwn?: Needles
  viewAny?: Needles
}

// Stryker disable next-line ArrayDeclaration: seeds the lists with a text no answer holds
const noForms = (): Forms => ({ ownCase: [], anyCase: [], viewOwn: [], viewAny: [] })

/** A secret's raw and encoded forms, its base64 cores, and itself for the normalised view. */
function addForms(into: Forms, secret: string, anyCase: boolean, bare: string): void {
  const forms = secretForms(secret)
  if (anyCase) into.anyCase.push(...forms.map(asciiLowerCase))
  else into.ownCase.push(...forms)
  into.ownCase.push(...base64Cores(secret))
  if (bare.length >= SHORT_SECRET_LENGTH) {
    if (anyCase) into.viewAny.push(asciiLowerCase(bare))
    else into.viewOwn.push(bare)
  }
}

function tierOf(forms: Forms): Tier {
  return {
    ownCase: needles(forms.ownCase),
    anyCase: needles(forms.anyCase),
    viewOwn: needles(forms.viewOwn),
    viewAny: needles(forms.viewAny)
  }
}

function createMatcher(known: ReadonlyMap<string, boolean>): Matcher {
  const near = noForms()
  const standingAlone: string[] = []
  const longSecrets: [secret: string, anyCase: boolean, bare: string][] = []
  let longest = 0
  for (const [secret, anyCase] of known) {
    // No form is longer than 10 characters for each of the secret's (%XX of each byte of a 3-byte
    // character is 9); the texts its escaping is undone to are no longer than it.
    longest = Math.max(longest, 10 * secret.length)
    // The texts the action's escaping turns into the secret may be much shorter than it.
    const undone = escapedInto(secret)
    if (secret.length < SHORT_SECRET_LENGTH) {
      standingAlone.push(...secretForms(secret), ...undone)
      continue
    }
    if (anyCase) near.anyCase.push(...undone.map(asciiLowerCase))
    else near.ownCase.push(...undone)
    const bare = secret.replace(IGNORABLES, '')
    // Every other form of a secret, and its base64 cores, are at least as long as it.
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: which tier a secret is in changes what is worked out when, not what is found
    if (secret.length > LONG_SECRET_LENGTH && bare.length > LONG_SECRET_LENGTH) {
      longSecrets.push([secret, anyCase, bare])
    } else {
      addForms(near, secret, anyCase, bare)
    }
  }
  const nearTier = tierOf(near)
  let farTier: Tier | undefined
  const alone =
    standingAlone.length > 0
      ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternation(standingAlone)})(?![\\p{L}\\p{N}_])`, 'gu')
      : undefined
  const all = [...near.ownCase, ...near.anyCase, ...standingAlone, ...near.viewOwn, ...near.viewAny]
  return {
    // Stryker disable next-line all: only the shortcut of text() reads it
    shortest: Math.min(LONG_SECRET_LENGTH + 1, ...all.map(s => s.length)),
    reach: longest,
    spans(text) {
      const found: Span[] = []
      findMatches(alone, text, found)
      const tiers = [nearTier]
      // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: no form of a long secret fits in a shorter text
      if (longSecrets.length > 0 && text.length > LONG_SECRET_LENGTH) {
        // Stryker disable next-line ConditionalExpression: working the long secrets' forms out again finds the same spans
        if (!farTier) {
          const far = noForms()
          for (const [secret, anyCase, bare] of longSecrets) addForms(far, secret, anyCase, bare)
          farTier = tierOf(far)
        }
        tiers.push(farTier)
      }
      let folded: string | undefined
      let view: ReturnType<typeof normalisedView> | undefined
      let viewFolded: string | undefined
      for (const tier of tiers) {
        find(tier.ownCase, text, found)
        // Stryker disable next-line ConditionalExpression: find() does nothing without needles; only the folding is saved
        if (tier.anyCase) find(tier.anyCase, (folded ??= asciiLowerCase(text)), found)
        // Stryker disable next-line ConditionalExpression,LogicalOperator: the view of a text with no escape and no format character is the text
        if (!(tier.viewOwn || tier.viewAny) || !MAY_HIDE.test(text)) continue
        view ??= normalisedView(text)
        const inView: Span[] = []
        find(tier.viewOwn, view.text, inView)
        // Stryker disable next-line ConditionalExpression: find() does nothing without needles; only the folding is saved
        if (tier.viewAny) find(tier.viewAny, (viewFolded ??= asciiLowerCase(view.text)), inView)
        for (const [start, end] of inView) {
          found.push([view.from[start] ?? 0, view.to[end - 1] ?? text.length])
        }
      }
      return merge(found)
    }
  }
}

/**
 * The secrets are spread over at most this many matchers: one more is built for each set of
 * secrets learnt later (a JWT app's token, a token renewed), and past this all are built again as
 * one, so that a text is not read over and over.
 */
const MOST_MATCHERS = 4

/** What several matchers find together. */
function combined(matchers: readonly Matcher[]): Matcher {
  const [only] = matchers
  // Stryker disable next-line ConditionalExpression,EqualityOperator: one matcher combined finds what it finds alone
  if (only && matchers.length === 1) return only
  return {
    // Stryker disable next-line ArrowFunction: only the shortcut of text() reads it
    shortest: Math.min(...matchers.map(m => m.shortest)),
    reach: Math.max(...matchers.map(m => m.reach)),
    spans: text => merge(matchers.flatMap(m => m.spans(text)))
  }
}

/** Longest first, so that a secret holding another is replaced whole. */
function alternation(forms: string[]): string {
  return [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')
}

/**
 * Literal texts to look for, many at once. One regular expression of a few hundred alternatives
 * would be compiled to code at its second use, which costs tens of milliseconds for a JWT app's
 * secrets and is slow over a long text: instead, a small one finds where a needle may begin (an
 * alternation of each needle's first characters) and the needles that begin so are compared there.
 */
interface Needles {
  /** Where a needle may begin. */
  starts: RegExp
  /** The needles, by their first `START_LENGTH` characters (all of a shorter needle). */
  byStart: Map<string, string[]>
  /** The lengths of those beginnings. */
  startLengths: number[]
}

const START_LENGTH = 8

function needles(forms: readonly string[]): Needles | undefined {
  // Stryker disable next-line ConditionalExpression: no needle finds nothing either way; only the empty pattern's steps are saved
  if (forms.length === 0) return undefined
  const byStart = new Map<string, string[]>()
  for (const form of new Set(forms)) {
    // Stryker disable next-line MethodExpression: indexing whole needles finds the same ones, with a larger expression
    const start = form.slice(0, START_LENGTH)
    // Stryker disable next-line ArrayDeclaration: seeds the lists with a text no answer holds
    byStart.set(start, [...(byStart.get(start) ?? []), form])
  }
  const starts = [...byStart.keys()]
  return {
    starts: new RegExp(alternation(starts), 'g'),
    byStart,
    startLengths: [...new Set(starts.map(start => start.length))]
  }
}

/** Every needle found in `text`, at every place it begins (overlapping ones too). */
function find(found: Needles | undefined, text: string, into: Span[]): void {
  if (!found) return
  const { starts, byStart, startLengths } = found
  starts.lastIndex = 0
  for (let match = starts.exec(text); match; match = starts.exec(text)) {
    const at = match.index
    const begun = match[0]
    // The alternation gives the longest beginning found here; a shorter one found here is a prefix.
    for (const length of startLengths) {
      // Stryker disable next-line ConditionalExpression: a longer slice is the whole beginning, looked up again; merge() drops the twin span
      if (length > begun.length) continue
      // Stryker disable next-line ArrayDeclaration: seeds the lists with a text no answer holds
      for (const needle of byStart.get(begun.slice(0, length)) ?? []) {
        if (text.startsWith(needle, at)) into.push([at, at + needle.length])
      }
    }
    starts.lastIndex = at + 1
  }
}

/** Every match of `pattern` in `text`, overlapping ones too (a secret beginning inside another). */
function findMatches(pattern: RegExp | undefined, text: string, into: Span[]): void {
  if (!pattern) return
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    into.push([match.index, match.index + match[0].length])
    // Stryker disable next-line all: stepping past a whole code point or half of one finds the same matches
    const point = text.codePointAt(match.index) ?? 0
    // Stryker disable next-line all: stepping past a whole code point or half of one finds the same matches
    pattern.lastIndex = match.index + (point > 0xffff ? 2 : 1)
  }
}

function merge(spans: Span[]): Span[] {
  spans.sort((a, b) => a[0] - b[0])
  const merged: Span[] = []
  let last: Span | undefined
  for (const [start, end] of spans) {
    if (last && start < last[1]) last[1] = Math.max(last[1], end)
    else merged.push((last = [start, end]))
  }
  return merged
}

function replaceSpans(text: string, spans: readonly Span[]): string {
  // Stryker disable next-line ConditionalExpression: a shortcut; no span leaves the text as it is
  if (spans.length === 0) return text
  let out = ''
  let at = 0
  for (const [start, end] of spans) {
    out += text.slice(at, start) + REDACTED
    at = end
  }
  return out + text.slice(at)
}

/**
 * The text as a reader would see it once decoded: `%XX` bytes, JSON `\` escapes and HTML entities
 * decoded once, format and default-ignorable characters left out. `from[i]` and `to[i]` are the
 * span of the original text that the view's character `i` came from.
 */
export function normalisedView(text: string): { text: string; from: number[]; to: number[] } {
  return decodedView(text, true)
}

/** The normalised view's text alone, for a secret: where each character came from is not kept. */
function viewText(text: string): string {
  // Stryker disable next-line BooleanLiteral: a view's text is the same with or without where it came from
  return decodedView(text, false).text
}

function decodedView(
  text: string,
  mapped: boolean
): { text: string; from: number[]; to: number[] } {
  const parts: string[] = []
  const from: number[] = []
  const to: number[] = []
  const put = (chars: string, start: number, end: number): void => {
    // Stryker disable next-line ConditionalExpression: a view's text is the same with or without where it came from
    if (mapped) {
      for (let k = 0; k < chars.length; k++) {
        from.push(start)
        to.push(end)
      }
    }
    parts.push(chars)
  }
  const special = new RegExp(MAY_HIDE.source, 'gu')
  let i = 0
  // Stryker disable next-line EqualityOperator: one more turn at the end finds nothing
  while (i < text.length) {
    special.lastIndex = i
    const next = special.exec(text)
    const stop = next ? next.index : text.length
    // Plain text up to the next character that may start an escape or be left out: as it is.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a view's text is the same with or without where it came from
    for (let k = i; mapped && k < stop; k++) {
      from.push(k)
      to.push(k + 1)
    }
    parts.push(text.slice(i, stop))
    if (!next) break
    i = stop
    const ch = next[0]
    const decoded =
      ch === '%'
        ? percentDecoded(text, i)
        : ch === '\\'
          ? jsonUnescaped(text, i)
          : // Stryker disable next-line ConditionalExpression: entityDecoded() finds nothing that does not begin with &
            ch === '&'
            ? entityDecoded(text, i)
            : undefined
    if (decoded) {
      for (const [chars, start, end] of decoded) {
        put(chars, start, end)
        i = end
      }
    } else if (ch === '%' || ch === '\\' || ch === '&') {
      put(ch, i, i + 1)
      i += 1
    } else {
      // A format or default-ignorable character: left out.
      i += ch.length
    }
  }
  return { text: parts.join(''), from, to }
}

type Decoded = [chars: string, start: number, end: number][]

/** A run of `%XX` bytes from `at`: each UTF-8 sequence as its character, a stray byte as Latin-1. */
function percentDecoded(text: string, at: number): Decoded | undefined {
  const bytes: number[] = []
  // Stryker disable next-line Regex: the slice is 3 characters; a match anywhere in it is at its start
  for (let i = at; /^%[0-9A-Fa-f]{2}/.test(text.slice(i, i + 3)); i += 3) {
    bytes.push(parseInt(text.slice(i + 1, i + 3), 16))
  }
  if (bytes.length === 0) return undefined
  const decoded: Decoded = []
  for (let b = 0; b < bytes.length;) {
    const [chars, size] = utf8At(bytes, b)
    decoded.push([chars, at + 3 * b, at + 3 * (b + size)])
    b += size
  }
  return decoded
}

const UTF8 = new TextDecoder('utf-8', { fatal: true })

/** The character whose UTF-8 sequence starts at byte `b`, and its size; a stray byte as Latin-1. */
function utf8At(bytes: readonly number[], b: number): [chars: string, size: number] {
  const lead = bytes[b] ?? 0
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; an ASCII byte decodes to itself either way
  if (lead < 0x80) return [String.fromCharCode(lead), 1]
  for (const size of [2, 3, 4]) {
    // Stryker disable next-line ConditionalExpression,ArithmeticOperator: a slice cut short by the end is a sequence the decoder refuses
    if (b + size > bytes.length) break
    try {
      const chars = UTF8.decode(Uint8Array.from(bytes.slice(b, b + size)))
      // Stryker disable next-line ConditionalExpression: a whole sequence from a lead byte is one character
      if ([...chars].length === 1) return [chars, size]
    } catch {
      // not a whole sequence of this size
    }
  }
  return [String.fromCharCode(lead), 1]
}

const JSON_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t'
}

function jsonUnescaped(text: string, at: number): Decoded | undefined {
  const next = text[at + 1]
  // Stryker disable next-line Regex: the slice is at most 4 characters; either anchor reads it whole
  if (next === 'u' && /^[0-9A-Fa-f]{4}$/.test(text.slice(at + 2, at + 6))) {
    return [[String.fromCharCode(parseInt(text.slice(at + 2, at + 6), 16)), at, at + 6]]
  }
  // Stryker disable next-line ConditionalExpression: no escape is named "undefined"
  const plain = next === undefined ? undefined : JSON_ESCAPES[next]
  return plain === undefined ? undefined : [[plain, at, at + 2]]
}

// The named character references that stand for ASCII text, and the no-break space.
const ENTITIES: Record<string, string> = {
  amp: '&',
  AMP: '&',
  lt: '<',
  LT: '<',
  gt: '>',
  GT: '>',
  quot: '"',
  QUOT: '"',
  apos: "'",
  nbsp: '\u00a0',
  sol: '/',
  bsol: '\\',
  colon: ':',
  semi: ';',
  comma: ',',
  period: '.',
  excl: '!',
  quest: '?',
  num: '#',
  dollar: '$',
  percnt: '%',
  lpar: '(',
  rpar: ')',
  ast: '*',
  midast: '*',
  plus: '+',
  equals: '=',
  commat: '@',
  lsqb: '[',
  lbrack: '[',
  rsqb: ']',
  rbrack: ']',
  lowbar: '_',
  UnderBar: '_',
  grave: '`',
  DiacriticalGrave: '`',
  lcub: '{',
  lbrace: '{',
  rcub: '}',
  rbrace: '}',
  verbar: '|',
  vert: '|',
  VerticalLine: '|',
  Hat: '^',
  tilde: '~',
  Tab: '\t',
  NewLine: '\n'
}

function entityDecoded(text: string, at: number): Decoded | undefined {
  const match = /^&(?:#(\d{1,8})|#[xX]([0-9A-Fa-f]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));?/.exec(
    text.slice(at, at + 42)
  )
  if (!match) return undefined
  const end = at + match[0].length
  if (match[3] !== undefined) {
    const chars = Object.hasOwn(ENTITIES, match[3]) ? ENTITIES[match[3]] : undefined
    return chars === undefined ? undefined : [[chars, at, end]]
  }
  // Stryker disable next-line StringLiteral: the pattern gives match[2] whenever match[1] and match[3] are missing
  const point = match[1] !== undefined ? parseInt(match[1], 10) : parseInt(match[2] ?? '', 16)
  if (point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return undefined
  return [[String.fromCodePoint(point), at, end]]
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
