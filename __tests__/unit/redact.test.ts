import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { createRedactor, secretForms, secretParts } from '../../src/redact.js'
import { htmlText, safeText } from '../../src/safe-text.js'

describe('the redactor', () => {
  it('replaces a secret, raw, URL-encoded and JSON-escaped, and counts what it removed', () => {
    const secret = 'p@ss word/"quoted"é'
    const redactor = createRedactor([secret])
    const forms = secretForms(secret)
    expect(forms).toEqual(
      expect.arrayContaining([
        secret,
        'p%40ss%20word%2F%22quoted%22%C3%A9',
        'p%40ss+word%2F%22quoted%22%C3%A9',
        'p%40ss%20word%2f%22quoted%22%c3%a9',
        'p@ss word/\\"quoted\\"é',
        'p@ss word/\\"quoted\\"\\u00e9'
      ])
    )
    for (const form of forms) expect(redactor.text(`before ${form} after`)).toBe('before *** after')
    expect(redactor.removed).toBe(forms.length)
  })

  it('leaves text without a secret as it is, and does nothing before it knows one', () => {
    expect(createRedactor().text('Bearer abc')).toBe('Bearer abc')
    const redactor = createRedactor(['a-long-secret-1'])
    expect(redactor.text('nothing here')).toBe('nothing here')
    expect(redactor.removed).toBe(0)
  })

  it('learns secrets as they come, such as a token Box issues', () => {
    const redactor = createRedactor()
    redactor.add('issued-token-123456')
    expect(redactor.text('Authorization: Bearer issued-token-123456')).toBe(
      'Authorization: Bearer ***'
    )
  })

  it('replaces the longer of two secrets that overlap, whole', () => {
    const redactor = createRedactor(['secret-abcdef', 'secret-abcdef-and-more'])
    expect(redactor.text('x secret-abcdef-and-more y')).toBe('x *** y')
  })

  it('replaces a short secret only where it stands alone, so it cannot eat ordinary text', () => {
    const redactor = createRedactor(['abc'])
    expect(redactor.text('abc')).toBe('***')
    expect(redactor.text('key=abc; next')).toBe('key=***; next')
    expect(redactor.text('abcdef and xabc and abc1 and über-abc')).toBe(
      'abcdef and xabc and abc1 and über-***'
    )
  })

  it('redacts every string of parsed JSON, keys too, and keeps the rest', () => {
    const redactor = createRedactor(['s3cret-value-9'])
    expect(
      redactor.json({
        message: 'your s3cret-value-9',
        list: ['s3cret-value-9', 3, null, true],
        nested: { 's3cret-value-9': { deeper: 'x s3cret-value-9' } }
      })
    ).toEqual({
      message: 'your ***',
      list: ['***', 3, null, true],
      nested: { '***': { deeper: 'x ***' } }
    })
  })

  it('splits a multi-line secret into its lines of 8 characters or more', () => {
    expect(secretParts('line-one-long\nshort\n  line-two-long  \n')).toEqual([
      'line-one-long\nshort\n  line-two-long  \n',
      'line-one-long',
      'line-two-long'
    ])
    expect(secretParts('  ')).toEqual([])
  })

  it('leaves no form of any secret of 8 characters or more in any text that echoed it (fast-check)', () => {
    const secret = fc
      .string({ unit: 'binary', minLength: 8, maxLength: 40 })
      .filter(s => s.trim() !== '')
    const hostile = fc.constantFrom('<', '&', '"', "'", '%', '\n', '\\', 'é', '\u2028', '😀')
    const withHostile = fc
      .tuple(secret, fc.array(hostile, { maxLength: 4 }))
      .map(([s, extra]) => `${s}${extra.join('')}`)
    fc.assert(
      fc.property(withHostile, fc.string(), fc.string(), (s, before, after) => {
        const redactor = createRedactor([s])
        for (const form of secretForms(s)) {
          const cleaned = redactor.text(`${before}${form}${after}`)
          for (const shown of [
            cleaned,
            safeText(cleaned),
            htmlText(cleaned),
            JSON.stringify(cleaned)
          ]) {
            for (const leak of [
              s,
              encodeURIComponent(s),
              JSON.stringify(s).slice(1, -1),
              htmlText(s)
            ]) {
              if (shown.includes(leak) && !`${before}${after}`.includes(leak)) return false
            }
          }
        }
        return true
      }),
      { numRuns: 3000 }
    )
  })
})
