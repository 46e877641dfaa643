/** A check of one entry: the reason it is refused, or undefined when it is fine. */
export type Validator = (value: string) => string | undefined

export const idProblem: Validator = id =>
  /^[0-9]+$/.test(id) ? undefined : 'is not a Box ID (digits only)'

interface Rule {
  /** True when the login breaks the rule. */
  breaks(login: string): boolean
  reason(login: string): string
}

// Whitespace, control characters (Cc) and the line and paragraph separators.
const SPACE_OR_CONTROL = /[\s\p{Cc}]/u
// Invisible and format characters (Cf): zero-width spaces and joiners, soft hyphen, bidi controls.
const FORMAT = /\p{Cf}/u

/** The rules a login must meet, checked in order; the first one broken is the reason given. */
const LOGIN_RULES: readonly Rule[] = [
  {
    breaks: login => SPACE_OR_CONTROL.test(login),
    reason: () => 'contains whitespace or a control character'
  },
  {
    breaks: login => FORMAT.test(login),
    reason: login =>
      `contains an invisible or format character (${codePoints(login, ch => FORMAT.test(ch))})`
  },
  {
    breaks: login => login.indexOf('@') === -1 || login.indexOf('@') !== login.lastIndexOf('@'),
    reason: () => 'must contain exactly one "@"'
  },
  {
    breaks: login => login.startsWith('@'),
    reason: () => 'has nothing before the "@"'
  },
  {
    // Two or more dot-separated labels, none empty.
    breaks: login => !/@[^.]+(\.[^.]+)+$/.test(login),
    reason: () => 'needs a domain such as example.com after the "@"'
  }
]

/** A login: something before one "@", then a domain of two or more labels, nothing invisible. */
export const loginProblem: Validator = login =>
  LOGIN_RULES.find(rule => rule.breaks(login))?.reason(login)

/** The characters of a login outside ASCII, shown as code points so a look-alike is visible. */
export function nonAsciiCharacters(login: string): string | undefined {
  return /[^\x20-\x7e]/.test(login) ? codePoints(login, ch => ch > '\x7e') : undefined
}

/** "U+212A at 1, U+00E9 at 5": each character that `pick` selects with its 1-based position. */
function codePoints(text: string, pick: (ch: string) => boolean): string {
  const found: string[] = []
  let position = 0
  for (const ch of text) {
    position++
    if (pick(ch)) {
      const hex = (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
      found.push(`U+${hex} at ${position}`)
    }
  }
  return found.join(', ')
}
