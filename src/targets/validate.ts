/** A check of one entry: the reason it is refused, or undefined when it is fine. */
export type Validator = (value: string) => string | undefined

/** The most digits a Box ID has. */
const MAX_ID_DIGITS = 20
/** The longest an email address, and so a Box login, can be. */
const MAX_LOGIN_LENGTH = 254

export const idProblem: Validator = id => {
  if (!/^[0-9]+$/.test(id)) return 'is not a Box ID (digits only)'
  if (id.length > MAX_ID_DIGITS) return `is not a Box ID (at most ${MAX_ID_DIGITS} digits)`
  return undefined
}

// Whitespace, control (Cc) and format (Cf) characters, and the line and paragraph separators:
// characters a reader cannot see, named by code point.
const INVISIBLE = /[\s\p{Cc}\p{Cf}]/u
// Characters a pasted address list carries around a login ("Ada <ada@example.com>;"), which Box
// would take as part of it.
const PUNCTUATION = '<>()[]\\,;:"'
// Either of the above, to test a whole login at once before naming each such character.
const REFUSED = /[\s\p{Cc}\p{Cf}<>()[\]\\,;:"]/u
// A domain label: letters, digits and hyphens, not starting or ending with a hyphen.
const LABEL = /^[\p{L}\p{M}\p{Nd}](?:[\p{L}\p{M}\p{Nd}-]*[\p{L}\p{M}\p{Nd}])?$/u

// A login of printable ASCII in the common shape, which every rule of loginRules accepts: tested
// first, in one step, as a targets-file may hold a hundred thousand logins.
const PLAIN_LOGIN =
  /^[!#-'*+\-./0-9=?A-Z^-~]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/

/**
 * A login: `local@domain`, with no whitespace, control or invisible characters and none of
 * < > ( ) [ ] \ , ; : ", and a domain of two or more dot-separated labels of letters, digits and
 * hyphens. Box answers 202 to any login, so anything else would be a silent no-op.
 */
export const loginProblem: Validator = login =>
  login.length <= MAX_LOGIN_LENGTH && PLAIN_LOGIN.test(login) ? undefined : loginRules(login)

/** The login rules one by one, naming the first that fails. */
export const loginRules: Validator = login => {
  if (REFUSED.test(login)) {
    const refused = characters(login, ch => INVISIBLE.test(ch) || PUNCTUATION.includes(ch))
    return `contains ${refused}, which cannot be part of a login`
  }
  if (login.length > MAX_LOGIN_LENGTH) {
    return `is longer than ${MAX_LOGIN_LENGTH} characters, the most a login can have`
  }
  const at = login.indexOf('@')
  if (at === -1 || at !== login.lastIndexOf('@')) return 'must contain exactly one "@"'
  if (at === 0) return 'has nothing before the "@"'
  const labels = login.slice(at + 1).split('.')
  if (labels.length < 2 || !labels.every(label => LABEL.test(label))) {
    return 'needs a domain such as example.com after the "@": labels of letters, digits and hyphens, separated by dots'
  }
  return undefined
}

/** The characters of a login outside ASCII, shown as code points so a look-alike is visible. */
export function nonAsciiCharacters(login: string): string | undefined {
  return /[^\x20-\x7e]/.test(login) ? characters(login, ch => ch > '\x7e') : undefined
}

/**
 * `"<" at 1, U+200B at 4`: each character that `pick` selects with its 1-based position, quoted
 * when it is printable ASCII and by code point when it is invisible or could be a look-alike.
 */
function characters(text: string, pick: (ch: string) => boolean): string {
  const found: string[] = []
  let position = 0
  for (const ch of text) {
    position++
    if (!pick(ch)) continue
    found.push(`${/^[\x21-\x7e]$/.test(ch) ? JSON.stringify(ch) : codePoint(ch)} at ${position}`)
  }
  return found.join(', ')
}

function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}
