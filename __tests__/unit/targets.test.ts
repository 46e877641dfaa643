import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { GROUPS_TERMINATE, USERS_TERMINATE } from '../../src/box/endpoints/terminate-sessions.js'
import { dedupe } from '../../src/targets/dedupe.js'
import { countLabel } from '../../src/targets/kind.js'
import { ENDPOINTS, KIND_NAMES, kindOf, TARGET_KINDS } from '../../src/targets/kinds.js'
import { parseListInput } from '../../src/targets/parse-list.js'
// parseListInput loads the JSON reader only for a list written as JSON; loaded here with the file, its
// module-level constants run before any test, as they did when it was imported statically:
// mutation testing counts them as loaded with the file, not as covered by the one test that
// happened to load the module first.
import '../../src/targets/json-targets.js'
import {
  asTargetsJson,
  describeCounts,
  describeOrigin,
  firstOfKind,
  type Target
} from '../../src/targets/target.js'
import {
  idProblem,
  loginProblem,
  loginRules,
  nonAsciiCharacters
} from '../../src/targets/validate.js'

const values = (result: Awaited<ReturnType<typeof parseListInput>>) =>
  result.ok ? result.value.map(t => t.value) : result.problems

const target = (kind: Target['kind'], value: string): Target => ({ kind, value, source: kind })

describe('the table of target kinds', () => {
  it('names every kind once in each place', () => {
    for (const field of ['input', 'csvColumn', 'jsonKey', 'bodyKey', 'title'] as const) {
      const names = TARGET_KINDS.map(k => k[field])
      expect(new Set(names).size).toBe(names.length)
    }
    expect(KIND_NAMES).toEqual(['user-ids', 'user-logins', 'group-ids'])
  })

  it('sends each kind to an endpoint whose body has its key, and lists the endpoints once', () => {
    for (const kind of TARGET_KINDS) expect(kind.endpoint.bodyKeys).toContain(kind.bodyKey)
    expect(ENDPOINTS).toEqual([USERS_TERMINATE, GROUPS_TERMINATE])
    expect(kindOf('group-ids').endpoint).toBe(GROUPS_TERMINATE)
  })

  it('says how each kind is shown and which kind covers it', () => {
    expect(TARGET_KINDS.map(k => [k.input, k.shownAs, k.coveredBy])).toEqual([
      ['user-ids', 'user', undefined],
      ['user-logins', 'user', 'user-ids'],
      ['group-ids', 'group', undefined]
    ])
    expect(
      kindOf('user-logins').listing?.key({ id: '1', name: 'A', login: 'Ada@Example.COM' })
    ).toBe('ada@example.com')
    expect(kindOf('user-ids').listing?.key({ id: '7', name: 'A' })).toBe('7')
  })

  it('counts with the right number', () => {
    expect(countLabel(kindOf('user-ids'), 1)).toBe('1 user ID')
    expect(countLabel(kindOf('user-logins'), 37000)).toBe('37,000 user logins')
    expect(
      describeCounts([target('user-ids', '1'), target('group-ids', '2'), target('group-ids', '3')])
    ).toBe('1 user ID, 2 group IDs')
    expect(describeCounts([])).toBe('')
  })

  it('gives the first of each kind, in the kinds’ order, with their count', () => {
    const lists = firstOfKind(
      [target('group-ids', '9'), target('user-ids', '1'), target('user-ids', '2')],
      1
    )
    expect(lists.map(l => [l.kind.input, l.count, l.first.map(t => t.value)])).toEqual([
      ['user-ids', 2, ['1']],
      ['group-ids', 1, ['9']]
    ])
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
    expect(describeOrigin({ source: 'targets-file user_ids', line: 4, item: 3 })).toBe(
      'targets-file user_ids line 4 item 3'
    )
  })
})

describe('parseListInput', () => {
  it.each([
    ['1, 2,3', ['1', '2', '3']],
    ['1 2\t3', ['1', '2', '3']],
    ['1\n2\r\n\n3\n', ['1', '2', '3']],
    ['1; 2;3;', ['1', '2', '3']],
    [' , ,1,, ', ['1']],
    ['', []],
    ['   \n ', []]
  ])('splits %j on commas, semicolons, spaces and newlines', async (raw, expected) => {
    expect(values(await parseListInput('user-ids', raw))).toEqual(expected)
  })

  it('reads a list pasted from a mail client or a spreadsheet', async () => {
    expect(
      values(await parseListInput('user-logins', 'a@example.com; b@example.com;\r\nc@example.com'))
    ).toEqual(['a@example.com', 'b@example.com', 'c@example.com'])
  })

  it('refuses the name-and-angle-brackets form, naming the character', async () => {
    expect(values(await parseListInput('user-logins', 'Bob <bob@example.com>'))).toEqual([
      'user-logins: "Bob" must contain exactly one "@"',
      'user-logins: "<bob@example.com>" contains "<" at 1, ">" at 17, which cannot be part of a login'
    ])
  })

  it('reads a JSON array of strings and whole numbers, trimming and dropping empties', async () => {
    expect(values(await parseListInput('user-ids', '[" 12 ", 34, ""]'))).toEqual(['12', '34'])
  })

  it('keeps the input each target came from', async () => {
    expect(await parseListInput('user-logins', 'ada@example.com')).toEqual({
      ok: true,
      value: [{ kind: 'user-logins', value: 'ada@example.com', source: 'user-logins' }]
    })
  })

  it('names every JSON item that is not a string or an exact whole number, and every bad entry', async () => {
    expect(
      values(
        await parseListInput(
          'group-ids',
          '[1, 2.5, null, {"a":1}, "x", -3, 1e3, 12345678901234567890]'
        )
      )
    ).toEqual([
      'group-ids: item 2 of the JSON array is the number "2.5", which is not a whole number JSON can hold exactly; write the ID in quotes, as a string',
      'group-ids: item 3 of the JSON array is "null", not a string or a whole number',
      'group-ids: item 4 of the JSON array is an object, not a string or a whole number',
      'group-ids: item 6 of the JSON array is the number "-3", which is not a whole number JSON can hold exactly; write the ID in quotes, as a string',
      'group-ids: item 7 of the JSON array is the number "1e3", which is not a whole number JSON can hold exactly; write the ID in quotes, as a string',
      'group-ids: item 8 of the JSON array is the number "12345678901234567890", which is not a whole number JSON can hold exactly; write the ID in quotes, as a string',
      'group-ids: "x" is not a Box ID (digits only)'
    ])
    expect(values(await parseListInput('user-ids', '["12345678901234567890"]'))).toEqual([
      '12345678901234567890'
    ])
  })

  it('counts only the array’s own items: what is nested in an item is that item', async () => {
    expect(
      values(await parseListInput('group-ids', '["1", ["2", "3"], {"a": ["4"]}, "5"]'))
    ).toEqual([
      'group-ids: item 2 of the JSON array is an array, not a string or a whole number',
      'group-ids: item 3 of the JSON array is an object, not a string or a whole number'
    ])
  })

  it('refuses text that starts like a JSON array but is not one, saying where', async () => {
    expect(values(await parseListInput('user-ids', '[1, 2'))).toEqual([
      'user-ids: starts with "[" but is not a valid JSON array (it ends too early at line 1, character 6)'
    ])
    expect(values(await parseListInput('user-ids', '[1, 2,]'))).toEqual([
      'user-ids: starts with "[" but is not a valid JSON array (unexpected "]" at line 1, character 7)'
    ])
    expect(values(await parseListInput('user-ids', '[1] // note'))).toEqual([
      expect.stringMatching(/not a valid JSON array/)
    ])
  })

  it('names each bad entry with its input', async () => {
    expect(values(await parseListInput('user-ids', '1, x, 2, y'))).toEqual([
      'user-ids: "x" is not a Box ID (digits only)',
      'user-ids: "y" is not a Box ID (digits only)'
    ])
  })
})

describe('validation', () => {
  it.each(['1', '0012', '98765432109876543210'])('accepts the ID %s', id => {
    expect(idProblem(id)).toBeUndefined()
  })

  it.each(['12a', '-1', '1.0', '١٢', 'abc', ''])('refuses the ID %j', id => {
    expect(idProblem(id)).toBe('is not a Box ID (digits only)')
  })

  it('refuses an ID of more than 20 digits', () => {
    expect(idProblem('1'.repeat(21))).toBe('is not a Box ID (at most 20 digits)')
  })

  it.each([
    'ada@example.com',
    'a.b+tag@sub.example.co.uk',
    'jürgen@beispiel.de',
    "o'brien@example.com",
    'x@xn--bcher-kva.example',
    'a@b-c.example'
  ])('accepts the login %s', login => expect(loginProblem(login)).toBeUndefined())

  it.each([
    ['ada.example.com', 'must contain exactly one "@"'],
    ['a@b@example.com', 'must contain exactly one "@"'],
    ['@example.com', 'has nothing before the "@"'],
    [
      'ada@',
      'needs a domain such as example.com after the "@": labels of letters, digits and hyphens, separated by dots'
    ],
    [
      'ada@example',
      'needs a domain such as example.com after the "@": labels of letters, digits and hyphens, separated by dots'
    ],
    [
      'ada@example..com',
      'needs a domain such as example.com after the "@": labels of letters, digits and hyphens, separated by dots'
    ],
    [
      'ada@.example.com',
      'needs a domain such as example.com after the "@": labels of letters, digits and hyphens, separated by dots'
    ],
    [
      'ada@example.com.',
      'needs a domain such as example.com after the "@": labels of letters, digits and hyphens, separated by dots'
    ],
    [
      'ada@ex_ample.com',
      'needs a domain such as example.com after the "@": labels of letters, digits and hyphens, separated by dots'
    ],
    [
      'ada@-example.com',
      'needs a domain such as example.com after the "@": labels of letters, digits and hyphens, separated by dots'
    ],
    ['ada@example.com;', 'contains ";" at 16, which cannot be part of a login'],
    ['<ada@example.com', 'contains "<" at 1, which cannot be part of a login'],
    ['"ada"@example.com', 'contains "\\"" at 1, "\\"" at 5, which cannot be part of a login'],
    ['ada(x)@example.com', 'contains "(" at 4, ")" at 6, which cannot be part of a login'],
    ['ada@[127.0.0.1]', 'contains "[" at 5, "]" at 15, which cannot be part of a login'],
    ['a\\da@example.com', 'contains "\\\\" at 2, which cannot be part of a login'],
    ['ada,b@example.com', 'contains "," at 4, which cannot be part of a login'],
    ['mailto:ada@example.com', 'contains ":" at 7, which cannot be part of a login'],
    ['ada @example.com', 'contains U+0020 at 4, which cannot be part of a login'],
    ['ada@exa\u0007mple.com', 'contains U+0007 at 8, which cannot be part of a login'],
    ['ada@example.com\u2028', 'contains U+2028 at 16, which cannot be part of a login'],
    ['ada@exam\u0085ple.com', 'contains U+0085 at 9, which cannot be part of a login'],
    ['ad\u200ba@example.com', 'contains U+200B at 3, which cannot be part of a login'],
    ['ada@example.com\u00ad', 'contains U+00AD at 16, which cannot be part of a login'],
    ['\u202emoc.elpmaxe@ada', 'contains U+202E at 1, which cannot be part of a login'],
    [
      'a\u200d\u2060b@example.com',
      'contains U+200D at 2, U+2060 at 3, which cannot be part of a login'
    ],
    [`${'a'.repeat(250)}@x.io`, 'is longer than 254 characters, the most a login can have']
  ])('refuses the login %j', (login, problem) => {
    expect(loginProblem(login)).toBe(problem)
  })

  it('shows the code points of a login outside ASCII', () => {
    expect(nonAsciiCharacters('ada@example.com')).toBeUndefined()
    expect(nonAsciiCharacters('\u212Aate@example.com')).toBe('U+212A at 1')
    expect(nonAsciiCharacters('j\u00fcrgen@b\u00e9ispiel.de')).toBe('U+00FC at 2, U+00E9 at 9')
    expect(nonAsciiCharacters('\u{1F600}x@ex.io')).toBe('U+1F600 at 1')
    expect(nonAsciiCharacters('j\u00fc~rgen@ex.io')).toBe('U+00FC at 2')
  })

  it('takes a login of 254 characters, the most there can be', () => {
    expect(loginProblem(`${'a'.repeat(249)}@x.io`)).toBeUndefined()
  })

  it('answers as the rules one by one do, the one-step test of a plain login included', () => {
    // Logins near the plain shape: printable ASCII, the refused punctuation, dots and hyphens
    // where a label may not have them, non-ASCII letters, and lengths around 254.
    const piece = fc.constantFrom(
      'a',
      'Z',
      '0',
      '.',
      '-',
      '@',
      '+',
      '!',
      '~',
      '`',
      '"',
      ',',
      ' ',
      '<',
      '\\',
      'ex',
      'é',
      '\u212a',
      'example.com',
      '-x',
      'x-',
      '..',
      'a'.repeat(120)
    )
    const login = fc.array(piece, { maxLength: 12 }).map(parts => parts.join(''))
    fc.assert(
      fc.property(login, text => expect(loginProblem(text)).toBe(loginRules(text))),
      { numRuns: 5000 }
    )
    // The plain shape at its edges: what it accepts, the rules accept.
    for (const text of ['a@b.co', "!#$%&'*+/=?^_`{|}~-.@a-1.b2", `${'a'.repeat(249)}@x.io`]) {
      expect([loginProblem(text), loginRules(text)]).toEqual([undefined, undefined])
    }
    expect(loginProblem(`${'a'.repeat(250)}@x.io`)).toBe(loginRules(`${'a'.repeat(250)}@x.io`))
  })

  it('reads a JSON array after leading space, and a blank input as no targets', async () => {
    expect(values(await parseListInput('user-ids', '  \n ["1"] '))).toEqual(['1'])
    expect(values(await parseListInput('user-ids', ' \n\t '))).toEqual([])
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

  it('reads and de-duplicates lists longer than a function call can spread', async () => {
    const ids = Array.from({ length: 150_000 }, (_, i) => String(i % 140_000))
    const read = await parseListInput('user-ids', JSON.stringify(ids))
    expect(read.ok && read.value.length).toBe(150_000)
    expect(dedupe(read.ok ? read.value : [])).toHaveLength(140_000)
    const bad = await parseListInput('group-ids', JSON.stringify(ids.map(id => `x${id}`)))
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
