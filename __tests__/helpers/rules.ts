/**
 * The README's rules for one target, stated apart from src/targets/validate.ts so that the fuzz
 * properties judge the code by the documented rules rather than by the code itself.
 */

/** "an ID that is not digits, or has more than 20 of them" is refused. */
export function isBoxId(entry: string): boolean {
  if (entry.length === 0 || entry.length > 20) return false
  for (const ch of entry) if (ch < '0' || ch > '9') return false
  return true
}

/** Whitespace, control and invisible (format) characters. */
const INVISIBLE = /^(?:\p{White_Space}|\p{Cc}|\p{Cf})$/u
const PASTED = new Set(['<', '>', '(', ')', '[', ']', '\\', ',', ';', ':', '"'])
const LABEL_CHARACTER = /^(?:\p{L}|\p{M}|\p{Nd})$/u

/**
 * A login is `local@domain`: no whitespace, control or invisible character, none of
 * < > ( ) [ ] \ , ; : ", at most 254 characters, and a domain of two or more dot-separated labels
 * of letters, digits and hyphens (a label neither starting nor ending with a hyphen).
 */
export function isLogin(entry: string): boolean {
  for (const ch of entry) if (INVISIBLE.test(ch) || PASTED.has(ch)) return false
  if (entry.length > 254) return false
  const parts = entry.split('@')
  if (parts.length !== 2) return false
  const [local, domain] = parts as [string, string]
  if (local === '') return false
  const labels = domain.split('.')
  if (labels.length < 2) return false
  return labels.every(label => {
    const chars = [...label]
    if (chars.length === 0 || label.startsWith('-') || label.endsWith('-')) return false
    return chars.every(ch => ch === '-' || LABEL_CHARACTER.test(ch))
  })
}

/** Logins are compared ignoring ASCII case only. */
export function asciiLowerCase(text: string): string {
  let out = ''
  for (const ch of text)
    out += ch >= 'A' && ch <= 'Z' ? String.fromCharCode(ch.charCodeAt(0) + 32) : ch
  return out
}
