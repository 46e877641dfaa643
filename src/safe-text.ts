// Text that comes from inputs or from Box is printed to the runner's log, where a line that
// starts with "::" is a workflow command. These helpers make such text inert.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

/** One printable line: control characters (CR, LF, ESC, …) escaped, a leading "::" defused. */
export function safeText(text: string): string {
  const escaped = text.replace(CONTROL, ch => {
    if (ch === '\n') return '\\n'
    if (ch === '\r') return '\\r'
    if (ch === '\t') return '\\t'
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
  return escaped.replace(/^(\s*):(?=:)/, '$1:\u200b')
}

/** An entry quoted for an error message, shortened so one bad entry cannot flood the log. */
export function quoteEntry(entry: string, max = 80): string {
  const shown = entry.length > max ? `${entry.slice(0, max)}…` : entry
  return `"${safeText(shown).replace(/"/g, '\\"')}"`
}

/** Text for the HTML the job summary is built of: markup characters escaped. */
export function htmlText(text: string): string {
  return safeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}
