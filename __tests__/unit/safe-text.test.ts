import { describe, expect, it } from '@jest/globals'
import { htmlText, quoteEntry, safeText } from '../../src/safe-text.js'

describe('safeText', () => {
  it('escapes line breaks, ANSI escapes and other control characters', () => {
    expect(safeText('a\nb\r\nc\u001b[31md\u0000\u2028')).toBe(
      'a\\nb\\r\\nc\\u001b[31md\\u0000\\u2028'
    )
  })

  it('defuses a workflow command at the start of the text, even after spaces', () => {
    expect(safeText('::set-output name=x::y')).toBe(':\u200b:set-output name=x::y')
    expect(safeText('  ::add-mask::z')).toBe('  :\u200b:add-mask::z')
    expect(safeText('ok ::not-a-command')).toBe('ok ::not-a-command')
  })

  it('leaves a command after an escaped newline on the same printed line', () => {
    const printed = safeText('fine\n::stop-commands::abc')
    expect(printed.split('\n')).toHaveLength(1)
  })
})

describe('quoteEntry', () => {
  it('quotes, escapes and shortens a long entry', () => {
    expect(quoteEntry('a"b')).toBe('"a\\"b"')
    expect(quoteEntry('x'.repeat(100))).toBe(`"${'x'.repeat(80)}…"`)
  })
})

describe('htmlText', () => {
  it('escapes markup, so text from Box or an input stays text in the job summary', () => {
    expect(htmlText('<img src=x onerror="y"> & </td>')).toBe(
      '&lt;img src=x onerror=&quot;y&quot;&gt; &amp; &lt;/td&gt;'
    )
  })
})
