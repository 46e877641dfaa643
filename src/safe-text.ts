// Text that comes from inputs or from Box is printed to the runner's log, where a line that
// starts with "::" is a workflow command, and shown in the job summary's HTML. These helpers make
// such text inert there; outputs carry it unchanged.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

/** One printable line: control characters (CR, LF, ESC, …) escaped, a leading "::" defused. */
export function safeText(text: string): string {
  return text.replace(CONTROL, escapeControl).replace(/^(\s*):(?=:)/, '$1:\u200b')
}

function escapeControl(ch: string): string {
  if (ch === '\n') return '\\n'
  if (ch === '\r') return '\\r'
  if (ch === '\t') return '\\t'
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/** An entry quoted for an error message, shortened so one bad entry cannot flood the log. */
export function quoteEntry(entry: string, max = 80): string {
  const shown = entry.length > max ? `${entry.slice(0, max)}…` : entry
  return `"${safeText(shown).replace(/"/g, '\\"')}"`
}

/**
 * Text for the HTML the job summary is built of: markup characters escaped, each line break shown
 * as one, other control characters as visible escapes.
 */
export function htmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '<br>')
    .replace(CONTROL, ch => (ch === '\t' ? ch : escapeControl(ch)))
}
