import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  base64Cores,
  createRedactor,
  escapedInto,
  LONG_SECRET_LENGTH,
  normalisedView,
  secretForms,
  secretParts
} from '../../src/redact.js'
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

  it('finds the same after being prepared, and a secret learnt after that too', () => {
    const redactor = createRedactor(['prepared-token-0a1b2c'])
    redactor.prepare()
    redactor.prepare()
    redactor.add('later-token-3d4e5f')
    redactor.prepare()
    expect(redactor.text('a prepared-token-0a1b2c b later-token-3d4e5f')).toBe('a *** b ***')
  })

  it('finds secrets learnt at different times together, however they overlap or differ in length', () => {
    // Each text() after an add() builds what finding the new secret takes, beside the earlier.
    const redactor = createRedactor(['first-secret-0a1b2c3d'])
    expect(redactor.text('first-secret-0a1b2c3d')).toBe('***')
    // A short secret learnt after a long one: a text shorter than the long one is still read.
    redactor.add('k3y')
    expect(redactor.text('a k3y')).toBe('a ***')
    // One learnt later that overlaps an earlier one: one *** over both.
    redactor.add('0a1b2c3d-and-then-some')
    expect(redactor.text('x first-secret-0a1b2c3d-and-then-some y')).toBe('x *** y')
    expect(redactor.removed).toBe(3)
    // A secret begun inside the window and ending past it is found by reading on as far as the
    // longest secret's forms reach, however short the secrets learnt before it.
    const long = `later-${'L'.repeat(40)}`
    redactor.add(long)
    const quoted = `..........${encodeURIComponent(`"${long}"`)} tail`
    expect(redactor.start(quoted, 15)).toBe('..........%22**')
    expect(redactor.start(quoted, 80)).toBe('..........%22***%22 tail')
    // Learnt one at a time, many secrets are all found, and each only once.
    const many = Array.from({ length: 9 }, (_, i) => `one-at-a-time-${i}-secret`)
    for (const secret of many) {
      redactor.add(secret)
      redactor.prepare()
    }
    expect(redactor.text(many.join(' '))).toBe(many.map(() => '***').join(' '))
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
    // A line of exactly 8 characters is a part; one of 7 is not.
    expect(secretParts('12345678\n1234567\n')).toEqual(['12345678\n1234567\n', '12345678'])
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

  describe('finds the forms a credential comes back in', () => {
    const TOKEN = 'Tok3n-For-Box_9f8e7d6c5b4a'
    const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
    const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url')

    it('base64 and base64url, whole or inside the encoding of a longer text, at each alignment', () => {
      const redactor = createRedactor()
      redactor.add(TOKEN, { anyCase: true })
      for (const before of ['', 'B', 'Be', 'Bearer ', 'client-id:', 'ab:']) {
        for (const encoded of [b64(`${before}${TOKEN}!`), b64url(`${before}${TOKEN}?>`)]) {
          const shown = redactor.text(`echo ${encoded} done`)
          expect(shown).toContain('***')
          expect(shown).toMatch(/^echo .*\*\*\*.* done$/)
          for (const core of base64Cores(TOKEN)) expect(shown).not.toContain(core)
        }
      }
    })

    it('the cores are the characters that depend on the secret alone', () => {
      const cores = base64Cores('abcdefgh')
      // Byte-aligned, 8 bytes give 10 whole characters; with 1 or 2 bytes before, they shift.
      expect(cores[0]).toBe('YWJjZGVmZ2')
      // No + or / in these: base64url is the same text, kept once.
      expect(cores).toHaveLength(3)
      for (const before of ['', '1', '12', '123', 'Bearer ']) {
        const encoded = b64(`${before}abcdefgh${before}`)
        expect([before, cores.some(core => encoded.includes(core))]).toEqual([before, true])
      }
      expect(base64Cores('a>b?c>d?e>')).toEqual(
        expect.arrayContaining(['YT5iP2M+ZD9lP', 'YT5iP2M-ZD9lP'])
      )
    })

    it('any ASCII case for a token, a client secret and any secret of 16 characters or more; 8 to 15 in their own case', () => {
      const redactor = createRedactor()
      redactor.add(TOKEN, { anyCase: true })
      redactor.add('Short-Own1', {})
      redactor.add('Sixteen-chars-Ab', {})
      expect(redactor.text(TOKEN.toUpperCase())).toBe('***')
      expect(redactor.text(`https://${TOKEN.toLowerCase()}.evil.example/x`)).toBe(
        'https://***.evil.example/x'
      )
      expect(redactor.text('SIXTEEN-CHARS-AB and sixteen-chars-ab')).toBe('*** and ***')
      expect(redactor.text('Short-Own1 SHORT-OWN1 short-own1')).toBe('*** SHORT-OWN1 short-own1')
      // Case is folded for ASCII letters only: the Kelvin sign is not a k.
      expect(redactor.text(TOKEN.replace('k', '\u212a'))).toBe(TOKEN.replace('k', '\u212a'))
    })

    it('in a normalised view: %XX of every byte, JSON \\ escapes, HTML entities, a zero-width character inside', () => {
      const secret = 'p@ss/wörd&"x"1'
      const redactor = createRedactor()
      redactor.add(secret, { anyCase: true })
      const everyByte = [...Buffer.from(secret, 'utf8')]
        .map(b => `%${b.toString(16).padStart(2, '0')}`)
        .join('')
      const unicodeEscapes = [...secret]
        .map(ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .join('')
      const entities = [...secret].map(ch => `&#${ch.codePointAt(0)};`).join('')
      const hexEntities = [...secret].map(ch => `&#x${ch.codePointAt(0)?.toString(16)};`).join('')
      for (const form of [
        everyByte,
        everyByte.toUpperCase(),
        unicodeEscapes,
        secret.replace('/', '\\/'),
        secret.replace('&', '&amp;').replace(/"/g, '&quot;'),
        secret.replace('&', '&AMP;').replace(/"/g, '&#34;'),
        entities,
        hexEntities,
        `${secret.slice(0, 4)}\u200b${secret.slice(4)}`,
        `${secret.slice(0, 2)}\u00ad${secret.slice(2, 6)}\ufeff${secret.slice(6)}`,
        secret.replace(/[a-z]/g, ch => ch.toUpperCase()).replace('&', '&amp;')
      ]) {
        expect([form, redactor.text(`before ${form} after`)]).toEqual([form, 'before *** after'])
      }
    })

    it('maps a match in the view back to exactly the span it came from', () => {
      const view = normalisedView('a%41\\u0042&amp;\u200bc%C3%A9')
      expect(view.text).toBe('aAB&cé')
      expect(view.from).toEqual([0, 1, 4, 10, 16, 17])
      expect(view.to).toEqual([1, 4, 10, 15, 17, 23])
      // A stray byte, an unknown entity and a lone backslash stay as they are.
      expect(normalisedView('%ff &nosuch; \\q').text).toBe('\u00ff &nosuch; \\q')
      const redactor = createRedactor(['secret-%-value'])
      expect(redactor.text('x=secret-%25-value;y')).toBe('x=***;y')
      expect(redactor.text('<b>secret&#45;&#37;-value</b>')).toBe('<b>***</b>')
    })

    it('never encoded forms or the view for a secret under 8 characters: it stays exact, standing alone', () => {
      const redactor = createRedactor(['Abc1234'])
      expect(redactor.text('Abc1234')).toBe('***')
      expect(redactor.text('ABC1234 abc1234')).toBe('ABC1234 abc1234')
      expect(redactor.text(b64('Abc1234'))).toBe(b64('Abc1234'))
      expect(redactor.text('%41bc1234 Abc&#49;234')).toBe('%41bc1234 Abc&#49;234')
    })

    it('never registers a whitespace-only secret, so spaces in answers stay', () => {
      const redactor = createRedactor([' ', '\t\n  '])
      redactor.add('        ', { anyCase: true })
      expect(redactor.text('a b  c\t\n        d')).toBe('a b  c\t\n        d')
      expect(redactor.removed).toBe(0)
    })

    it('tells which JSON keys a credential was removed from, names and values', () => {
      const redactor = createRedactor(['login-secret-1'])
      const changed = new Set<string>()
      expect(
        redactor.json(
          {
            id: '1',
            login: 'x-login-secret-1',
            names: ['a', 'login-secret-1'],
            'login-secret-1': 2
          },
          changed
        )
      ).toEqual({ id: '1', login: 'x-***', names: ['a', '***'], '***': 2 })
      expect([...changed].sort()).toEqual(['login', 'login-secret-1', 'names'])
    })

    it('redacts the start of a long text over the window and as far past it as a form reaches', () => {
      const secret = 'window-secret-123'
      const redactor = createRedactor([secret])
      const text = `${'x'.repeat(4090)}${encodeURIComponent(secret)}${'y'.repeat(5000)}`
      const start = redactor.start(text, 4096)
      expect(start).toBe(`${'x'.repeat(4090)}***yyy`)
      expect(redactor.start('short window-secret-123', 4096)).toBe('short ***')
    })

    it('counts a removal each time, a text it has seen before included', () => {
      const redactor = createRedactor(['repeated-secret-1'])
      for (let i = 0; i < 3; i++) expect(redactor.text('a repeated-secret-1 b')).toBe('a *** b')
      expect(redactor.removed).toBe(3)
      // A secret learnt later applies to a text seen before.
      expect(redactor.text('late-secret-99 here')).toBe('late-secret-99 here')
      redactor.add('late-secret-99')
      expect(redactor.text('late-secret-99 here')).toBe('*** here')
    })

    it('a secret beginning inside another is removed too', () => {
      const redactor = createRedactor(['abcdefgh12', '12345678xy'])
      expect(redactor.text('<abcdefgh12345678xy>')).toBe('<***>')
    })
  })

  it('removes text that the action’s own escaping would turn into a secret holding an escape', () => {
    const cases: [string, string, (text: string) => string][] = [
      ['pass\\"word-123', 'pass"word-123', text => JSON.stringify(text)],
      ['a&amp;b-secret1', 'a&b-secret1', htmlText],
      ['ab""cd-secret', 'ab"cd-secret', text => `"${text.replace(/"/g, '""')}"`],
      ['line\\nnext-secret', 'line\nnext-secret', safeText]
    ]
    for (const [secret, echoed, escape] of cases) {
      expect(escape(echoed)).toContain(secret)
      const redactor = createRedactor([secret])
      expect(escapedInto(secret)).toContain(echoed)
      expect(escape(redactor.text(`x ${echoed} y`))).not.toContain(secret)
      expect(redactor.text(`x ${echoed} y`)).toBe('x *** y')
    }
    expect(escapedInto('plain-secret-1')).toEqual([])
  })

  it('writes a secret as a form body would, exactly as URLSearchParams does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), secret => {
        const form = new URLSearchParams({ s: secret }).toString().slice(2)
        expect(secretForms(secret)).toContain(form)
      })
    )
    expect(secretForms("a b!'()~*-._")).toContain('a+b%21%27%28%29%7E*-._')
  })

  it('finds a long secret in each form once a text is as long, and its undoing in a short text', () => {
    const long = `${'k'.repeat(LONG_SECRET_LENGTH - 9)}-Long-Key`
    expect(long).toHaveLength(LONG_SECRET_LENGTH)
    const longer = `${long}X`
    const escaped = '%41'.repeat(100)
    const redactor = createRedactor([long, longer, escaped])
    const b64 = Buffer.from(`Bearer ${longer}`).toString('base64')
    expect(redactor.text(`x ${longer} y`)).toBe('x *** y')
    expect(redactor.text(`x ${long} y`)).toBe('x *** y')
    expect(redactor.text(long)).toBe('***')
    expect(redactor.text(longer)).toBe('***')
    expect(redactor.text(encodeURIComponent(`a/${longer}`))).toBe('a%2F***')
    expect(redactor.text(b64)).not.toContain(base64Cores(longer)[1] ?? '-')
    expect(redactor.text(`x ${longer.toUpperCase()} y`)).toBe('x *** y')
    expect(redactor.text(`x ${longer.replace('L', '\\u004c')} y`)).toBe('x *** y')
    // The secret holds %XX escapes: the short text they undo to is found in a short text.
    expect(redactor.text(`x ${'A'.repeat(100)} y`)).toBe('x *** y')
    expect(redactor.text(`x ${'A'.repeat(99)} y`)).toBe(`x ${'A'.repeat(99)} y`)
    expect(redactor.text('short text, nothing in it')).toBe('short text, nothing in it')
  })

  it('looks for a long secret whose visible characters are few enough in short texts too', () => {
    // 250 visible characters and 10 zero-width spaces: the normalised view is 250 long.
    const visible = `${'v'.repeat(240)}-Visible-1`
    const secret = `${visible.slice(0, 100)}${'\u200b'.repeat(10)}${visible.slice(100)}`
    expect(secret.length).toBeGreaterThan(LONG_SECRET_LENGTH)
    const redactor = createRedactor([secret])
    // The text writes one character as %XX: 252 characters, and the secret in its view.
    const text = `${visible.slice(0, 50)}%76${visible.slice(51)}`
    expect(text.length).toBeLessThanOrEqual(LONG_SECRET_LENGTH)
    expect(redactor.text(text)).toBe('***')
  })

  it('finds what a token would be escaped from in any case, as it finds the token', () => {
    const redactor = createRedactor()
    redactor.add('tok\\"en-Case-1', { anyCase: true })
    expect(redactor.text('x TOK"EN-CASE-1 y')).toBe('x *** y')
    expect(redactor.text('x tok"en-case-1 y')).toBe('x *** y')
  })

  describe('at its edges', () => {
    it('holds no secret it was not given', () => {
      expect(createRedactor().text('Stryker was here')).toBe('Stryker was here')
      expect(createRedactor(['other-secret-1']).text('Stryker was here')).toBe('Stryker was here')
      expect(() => createRedactor().start('a long text', 4)).not.toThrow()
      expect(createRedactor().start('a long text', 4)).toBe('a lo')
    })

    it('names no key for a string that stands alone', () => {
      const changed = new Set<string>()
      expect(createRedactor(['alone-secret-1']).json('x alone-secret-1', changed)).toBe('x ***')
      expect(changed.size).toBe(0)
    })

    it('names only the fields whose text it changed', () => {
      const changed = new Set<string>()
      const redacted = createRedactor(['field-secret-1']).json(
        { id: '123', login: 'x field-secret-1', name: 'n' },
        changed
      )
      expect(redacted).toEqual({ id: '123', login: 'x ***', name: 'n' })
      expect([...changed]).toEqual(['login'])
    })

    it('finds a secret of exactly 8 characters written with an escape', () => {
      expect(createRedactor(['Abcdefgh']).text('x %41bcdefgh y')).toBe('x *** y')
    })

    it('looks for what a secret in its own case would be escaped from in its own case only', () => {
      const redactor = createRedactor(['Ab""cdefgh'])
      expect(redactor.text('x Ab"cdefgh y')).toBe('x *** y')
      expect(redactor.text('x AB"CDEFGH y')).toBe('x AB"CDEFGH y')
    })

    it('replaces a match in the view up to its last character, a % that starts no escape', () => {
      expect(createRedactor(['abcdefg%']).text('abc\u200bdefg% y')).toBe('*** y')
    })

    it('reads a & that starts no reference as itself, and the reference after it', () => {
      expect(normalisedView('x&&amp;c').text).toBe('x&&c')
      expect(createRedactor(['x&&cdefgh']).text('x&&amp;cdefgh')).toBe('***')
    })

    it('learns that a secret it holds in its own case is also to be found in any case', () => {
      const redactor = createRedactor(['Short-Own1'])
      expect(redactor.text('SHORT-OWN1')).toBe('SHORT-OWN1')
      redactor.add('Short-Own1', { anyCase: true })
      expect(redactor.text('SHORT-OWN1')).toBe('***')
      redactor.add('Short-Own1')
      expect(redactor.text('short-own1')).toBe('***')
    })

    it('treats 8 characters as long, 7 as short', () => {
      expect(createRedactor(['12345678']).text('id=a12345678b')).toBe('id=a***b')
      expect(createRedactor(['1234567']).text('id=a1234567b')).toBe('id=a1234567b')
    })

    it('replaces the longest of two secrets in the same case that begin alike, whole', () => {
      const redactor = createRedactor(['abcdefgh12', 'abcdefgh12345'])
      expect(redactor.text('x abcdefgh12345 y')).toBe('x *** y')
      const other = createRedactor(['abcdefgh12345', 'abcdefgh12'])
      expect(other.text('x abcdefgh12345 y')).toBe('x *** y')
    })

    it('replaces each of two secrets side by side, and a match in the view before a raw one', () => {
      const redactor = createRedactor(['secret-one-1', 'secret-two-2'])
      expect(redactor.text('secret-one-1secret-two-2')).toBe('******')
      expect(redactor.removed).toBe(2)
      const own = createRedactor(['Xbcdefgh1'])
      expect(own.text('%58bcdefgh1 Xbcdefgh1')).toBe('*** ***')
    })

    it('keeps a % that starts no escape, and a secret in its own case stays so in the view', () => {
      expect(createRedactor(['discount50off']).text('discount50%off')).toBe('discount50%off')
      expect(createRedactor(['Short-Own1']).text('SHORT%2DOWN1')).toBe('SHORT%2DOWN1')
      expect(createRedactor(['Short-Own1']).text('Short%2DOwn1')).toBe('***')
    })

    it('reads a secret with a format character inside as the secret, if 8 characters are left', () => {
      const nine = createRedactor(['abcd\u200befghi'])
      expect(nine.text('x abcd\u00adefghi%')).toBe('x ***%')
      const seven = createRedactor(['abc\u200bdefg'])
      expect(seven.text('xabcdefgx%')).toBe('xabcdefgx%')
    })

    it('decodes only whole escapes, and leaves code points that cannot be', () => {
      expect(normalisedView('%4zq').text).toBe('%4zq')
      expect(normalisedView('\\12345x').text).toBe('\\12345x')
      expect(normalisedView('&#65 &amp x').text).toBe('A & x')
      expect(normalisedView('&#99999999;').text).toBe('&#99999999;')
      expect(normalisedView('&#xD800;&#xdfff;').text).toBe('&#xD800;&#xdfff;')
      expect(normalisedView('&#x10FFFF;&#xD7FF;').text).toBe('\u{10ffff}\ud7ff')
      expect(normalisedView('&#x110000;').text).toBe('&#x110000;')
    })

    it('has a base64url core wherever base64 has + or /', () => {
      expect(base64Cores('????????')).toEqual(expect.arrayContaining(['Pz8/Pz8/Pz', 'Pz8_Pz8_Pz']))
    })

    it('reaches past the window as far as a secret written %XX byte by byte', () => {
      const secret = 'window-secret-4567'
      const redactor = createRedactor([secret])
      const everyByte = [...Buffer.from(secret)].map(b => `%${b.toString(16)}`).join('')
      const text = `${'x'.repeat(4090)}${everyByte}${'y'.repeat(100)}`
      expect(redactor.start(text, 4096)).toBe(`${'x'.repeat(4090)}***yyy`)
    })

    it('finds needles that begin alike, overlap, or are shorter than the beginnings it indexes', () => {
      // `%41%42%43%44` undoes to `ABCD`, a needle of 4 characters; `ABCDEFGH-long` begins with it.
      const redactor = createRedactor(['%41%42%43%44', 'ABCDEFGH-long-1', 'ABCDEFGH-other'])
      expect(redactor.text('x ABCD y')).toBe('x *** y')
      expect(redactor.text('x ABCDEFGH-long-1 y')).toBe('x *** y')
      expect(redactor.text('x ABCDEFGH-other y')).toBe('x *** y')
      expect(redactor.text('x ABCDEFGH-none y')).toBe('x ***EFGH-none y')
      expect(redactor.text('ABCDEFGH-long-ABCDEFGH-long-1')).toBe('***EFGH-long-***')
      expect(redactor.text('zzABCDEFGH-long-1ABCDEFGH-other')).toBe('zz******')
    })

    it('finds a secret in any case next to letters outside ASCII, folding A–Z only', () => {
      const secret = 'Any-Case-Token-0001'
      const redactor = createRedactor()
      redactor.add(secret, { anyCase: true })
      expect(redactor.text('Ä any-case-TOKEN-0001 ß')).toBe('Ä *** ß')
      expect(redactor.text('İ ANY-CASE-TOKEN-0001')).toBe('İ ***')
      // The Kelvin sign is not K: toLowerCase() would make it k.
      expect(redactor.text('any-case-to\u212Aen-0001')).toBe('any-case-to\u212Aen-0001')
      expect(redactor.text('any-case-to\u212aen-0001 and any-case-tok\u0065n-0001')).toBe(
        'any-case-to\u212aen-0001 and ***'
      )
    })

    it('leaves out an escape that would undo to whitespace only', () => {
      expect(escapedInto('\\n\\n\\n\\n')).toEqual([])
      expect(createRedactor(['\\n\\n\\n\\n']).text('a\n\n\n\nb')).toBe('a\n\n\n\nb')
    })
  })
})
