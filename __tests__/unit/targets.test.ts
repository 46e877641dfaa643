import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { dedupe } from '../../src/targets/dedupe.js'
import { countLabel, KIND_NAMES, TARGET_KINDS, type KindName } from '../../src/targets/kinds.js'
import { parseListInput } from '../../src/targets/parse-list.js'
import {
  asTargetsJson,
  describeCounts,
  describeOrigin,
  type Target
} from '../../src/targets/target.js'
import { idProblem, loginProblem, nonAsciiCharacters } from '../../src/targets/validate.js'

const kindOf = (name: KindName) => TARGET_KINDS.find(k => k.input === name)!

const values = (result: ReturnType<typeof parseListInput>) =>
  result.ok ? result.value.map(t => t.value) : result.problems

const target = (kind: Target['kind'], value: string): Target => ({
  kind,
  value,
  source: kind
})

describe('the table of target kinds', () => {
  it('names every kind once in each place', () => {
    for (const field of ['input', 'csvColumn', 'jsonKey', 'bodyKey', 'title'] as const) {
      const names = TARGET_KINDS.map(k => k[field])
      expect(new Set(names).size).toBe(names.length)
    }
    expect(KIND_NAMES).toEqual(['user-ids', 'user-logins', 'group-ids'])
    expect(kindOf('group-ids').endpoint).toBe('groups')
  })

  it('counts with the right number', () => {
    expect(countLabel(kindOf('user-ids'), 1)).toBe('1 user ID')
    expect(countLabel(kindOf('user-logins'), 37000)).toBe('37,000 user logins')
    expect(
      describeCounts([target('user-ids', '1'), target('group-ids', '2'), target('group-ids', '3')])
    ).toBe('1 user ID, 2 group IDs')
  })

  it('writes targets in the targets-file JSON shape, every kind present', () => {
    expect(asTargetsJson([target('group-ids', '7'), target('user-ids', '1')])).toEqual({
      user_ids: ['1'],
      user_logins: [],
      group_ids: ['7']
    })
  })

  it('says where a target came from', () => {
    expect(describeOrigin({ source: 'user-ids' })).toBe('user-ids')
    expect(describeOrigin({ source: 'targets-file', line: 12, column: 'user_login' })).toBe(
      'targets-file line 12 (user_login)'
    )
    expect(describeOrigin({ source: 'targets-file user_ids', item: 3 })).toBe(
      'targets-file user_ids item 3'
    )
  })
})

describe('parseListInput', () => {
  it.each([
    ['1, 2,3', ['1', '2', '3']],
    ['1 2\t3', ['1', '2', '3']],
    ['1\n2\r\n\n3\n', ['1', '2', '3']],
    [' , ,1,, ', ['1']],
    ['', []],
    ['   \n ', []]
  ])('splits %j on commas, spaces and newlines', (raw, expected) => {
    expect(values(parseListInput('user-ids', raw))).toEqual(expected)
  })

  it('reads a JSON array of strings and whole numbers, trimming and dropping empties', () => {
    expect(values(parseListInput('user-ids', '[" 12 ", 34, ""]'))).toEqual(['12', '34'])
  })

  it('keeps the input each target came from', () => {
    const result = parseListInput('user-logins', 'ada@example.com')
    expect(result).toEqual({
      ok: true,
      value: [{ kind: 'user-logins', value: 'ada@example.com', source: 'user-logins' }]
    })
  })

  it('names every JSON item that is not a string or a whole number, and every bad entry', () => {
    expect(values(parseListInput('group-ids', '[1, 2.5, null, {"a":1}, "x", -3]'))).toEqual([
      'group-ids: item 2 of the JSON array is "2.5", not a string or a whole number',
      'group-ids: item 3 of the JSON array is "null", not a string or a whole number',
      'group-ids: item 4 of the JSON array is "{\\"a\\":1}", not a string or a whole number',
      'group-ids: item 6 of the JSON array is "-3", not a string or a whole number',
      'group-ids: "x" is not a Box ID (digits only)'
    ])
  })

  it('refuses text that starts like a JSON array but is not one', () => {
    expect(values(parseListInput('user-ids', '[1, 2'))).toEqual([
      'user-ids: starts with "[" but is not a valid JSON array'
    ])
  })

  it('names each bad entry with its input', () => {
    expect(values(parseListInput('user-ids', '1, x, 2, y'))).toEqual([
      'user-ids: "x" is not a Box ID (digits only)',
      'user-ids: "y" is not a Box ID (digits only)'
    ])
  })
})

describe('validation', () => {
  it.each(['1', '0012', '98765432109876543210'])('accepts the ID %s', id => {
    expect(idProblem(id)).toBeUndefined()
  })

  it.each(['12a', '-1', '1.0', '١٢', 'abc'])('refuses the ID %s', id => {
    expect(idProblem(id)).toBe('is not a Box ID (digits only)')
  })

  it.each(['ada@example.com', 'a.b+tag@sub.example.co.uk', 'jürgen@beispiel.de', '::x@ex.io'])(
    'accepts the login %s',
    login => expect(loginProblem(login)).toBeUndefined()
  )

  it.each([
    ['ada.example.com', 'must contain exactly one "@"'],
    ['a@b@example.com', 'must contain exactly one "@"'],
    ['@example.com', 'has nothing before the "@"'],
    ['ada@', 'needs a domain such as example.com after the "@"'],
    ['ada@example', 'needs a domain such as example.com after the "@"'],
    ['ada@example..com', 'needs a domain such as example.com after the "@"'],
    ['ada@.example.com', 'needs a domain such as example.com after the "@"'],
    ['ada@example.com.', 'needs a domain such as example.com after the "@"'],
    ['ada @example.com', 'contains whitespace or a control character'],
    ['ada@exa\u0007mple.com', 'contains whitespace or a control character'],
    ['ada@example.com\u2028', 'contains whitespace or a control character'],
    ['ada@exam\u0085ple.com', 'contains whitespace or a control character'],
    ['ad\u200ba@example.com', 'contains an invisible or format character (U+200B at 3)'],
    ['ada@example.com\u00ad', 'contains an invisible or format character (U+00AD at 16)'],
    ['\u202emoc.elpmaxe@ada', 'contains an invisible or format character (U+202E at 1)'],
    [
      'a\u200d\u2060b@example.com',
      'contains an invisible or format character (U+200D at 2, U+2060 at 3)'
    ]
  ])('refuses the login %j', (login, problem) => {
    expect(loginProblem(login)).toBe(problem)
  })

  it('shows the code points of a login outside ASCII', () => {
    expect(nonAsciiCharacters('ada@example.com')).toBeUndefined()
    expect(nonAsciiCharacters('\u212Aate@example.com')).toBe('U+212A at 1')
    expect(nonAsciiCharacters('j\u00fcrgen@b\u00e9ispiel.de')).toBe('U+00FC at 2, U+00E9 at 9')
    expect(nonAsciiCharacters('\u{1F600}x@ex.io')).toBe('U+1F600 at 1')
  })
})

describe('dedupe', () => {
  const dedupeValues = (kind: Target['kind'], list: string[]) =>
    dedupe(list.map(v => target(kind, v))).map(t => t.value)

  it('keeps the first of each ID in order, and where it first appears', () => {
    const first = { kind: 'user-ids' as const, value: '3', source: 'user-ids' }
    const again = { ...first, source: 'targets-file', line: 2 }
    const kept = dedupe([first, target('user-ids', '1'), again])
    expect(kept).toEqual([first, target('user-ids', '1')])
    expect(kept[0]).toBe(first)
  })

  it('reads and de-duplicates lists longer than a function call can spread', () => {
    const ids = Array.from({ length: 150_000 }, (_, i) => String(i % 140_000))
    const read = parseListInput('user-ids', JSON.stringify(ids))
    expect(read.ok && read.value.length).toBe(150_000)
    expect(dedupe(read.ok ? read.value : [])).toHaveLength(140_000)
    const bad = parseListInput('group-ids', JSON.stringify(ids.map(id => `x${id}`)))
    expect(bad.ok ? [] : bad.problems).toHaveLength(150_000)
  })

  it('compares logins by ASCII case only and keeps the first spelling', () => {
    expect(dedupeValues('user-logins', ['Ada@Example.com', 'bob@x.io', 'ada@example.COM'])).toEqual(
      ['Ada@Example.com', 'bob@x.io']
    )
  })

  it('lets no look-alike swallow a real login', () => {
    // U+212A KELVIN SIGN and U+212B ANGSTROM SIGN lower-case to "k" and "å" in Unicode.
    expect(dedupeValues('user-logins', ['\u212Aate@example.com', 'kate@example.com'])).toEqual([
      '\u212Aate@example.com',
      'kate@example.com'
    ])
    expect(dedupeValues('user-logins', ['\u212Bsa@x.io', '\u00e5sa@x.io'])).toHaveLength(2)
    expect(dedupeValues('user-logins', ['\u00c9mile@x.io', '\u00e9mile@x.io'])).toHaveLength(2)
  })

  it('never merges targets of different kinds', () => {
    expect(dedupe([target('user-ids', '5'), target('group-ids', '5')])).toHaveLength(2)
  })

  it('matches removing every entry whose ASCII-lower-cased key was seen before (20,000 lists)', () => {
    const entry = fc.oneof(
      fc.constantFrom('a@x.io', 'A@X.IO', '\u212A@x.io', 'k@x.io', 'K@x.io', '1', '01'),
      fc.string({ unit: 'binary', maxLength: 6 })
    )
    fc.assert(
      fc.property(
        fc.constantFrom('user-ids' as const, 'user-logins' as const),
        fc.array(entry, { maxLength: 12 }),
        (kind, entries) => {
          const key = (e: string) =>
            kind === 'user-logins'
              ? [...e].map(c => (c >= 'A' && c <= 'Z' ? c.toLowerCase() : c)).join('')
              : e
          const expected = entries.filter((e, i) => entries.findIndex(o => key(o) === key(e)) === i)
          expect(dedupeValues(kind, entries)).toEqual(expected)
        }
      ),
      { numRuns: 20_000 }
    )
  })
})
