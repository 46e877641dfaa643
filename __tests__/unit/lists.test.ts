import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { dedupe, idProblem, loginProblem, splitList, validateGroup } from '../../src/lists.js'

describe('splitList', () => {
  it.each([
    ['1, 2,3', ['1', '2', '3']],
    ['1 2\t3', ['1', '2', '3']],
    ['1\n2\r\n\n3\n', ['1', '2', '3']],
    [' , ,1,, ', ['1']],
    ['', []],
    ['   \n ', []]
  ])('splits %j on commas, spaces and newlines', (raw, expected) => {
    expect(splitList(raw, 'user-ids')).toEqual({ entries: expected, problems: [] })
  })

  it('reads a JSON array of strings and whole numbers, trimming and dropping empties', () => {
    expect(splitList('[" 12 ", 34, "", "a@b.co"]', 'user-ids')).toEqual({
      entries: ['12', '34', 'a@b.co'],
      problems: []
    })
  })

  it('names every JSON item that is not a string or a whole number', () => {
    const { problems } = splitList('[1, 2.5, null, {"a":1}, "x", -3]', 'group-ids')
    expect(problems).toEqual([
      'group-ids: item 2 of the JSON array is "2.5", not a string or a whole number',
      'group-ids: item 3 of the JSON array is "null", not a string or a whole number',
      'group-ids: item 4 of the JSON array is "{\\"a\\":1}", not a string or a whole number',
      'group-ids: item 6 of the JSON array is "-3", not a string or a whole number'
    ])
  })

  it('refuses text that starts like a JSON array but is not one', () => {
    expect(splitList('[1, 2', 'user-ids').problems).toEqual([
      'user-ids: starts with "[" but is not a valid JSON array'
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

  it.each(['ada@example.com', 'a.b+tag@sub.example.co.uk', 'jürgen@beispiel.de'])(
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
    ['ada @example.com', 'contains whitespace or a control character'],
    ['ada@exa\u0007mple.com', 'contains whitespace or a control character'],
    ['ada@example.com\u2028', 'contains whitespace or a control character']
  ])('refuses the login %j', (login, problem) => {
    expect(loginProblem(login)).toBe(problem)
  })

  it('names every bad entry with where it came from', () => {
    expect(
      validateGroup({
        kind: 'user-ids',
        values: ['1', 'x', '2', 'y'],
        where: i => `user-ids #${i}`
      })
    ).toEqual([
      'user-ids #1: "x" is not a Box ID (digits only)',
      'user-ids #3: "y" is not a Box ID (digits only)'
    ])
  })
})

describe('dedupe', () => {
  it('keeps the first of each ID in order', () => {
    expect(dedupe('user-ids', ['3', '1', '3', '2', '1'])).toEqual(['3', '1', '2'])
  })

  it('returns a copy when nothing repeats', () => {
    const ids = ['3', '1', '2']
    const unique = dedupe('user-ids', ids)
    expect(unique).toEqual(ids)
    expect(unique).not.toBe(ids)
  })

  it('lower-cases each login as if alone, final sigma included', () => {
    // Σ ends a word in the first login and starts one in the second: ς, then σ.
    expect(dedupe('user-logins', ['ΟΔΥΣ@x.gr', 'Σα@x.gr', 'οδυς@x.gr', 'σα@X.gr'])).toEqual([
      'ΟΔΥΣ@x.gr',
      'Σα@x.gr'
    ])
    expect(dedupe('user-logins', ['οδυσ@x.gr', 'ΟΔΥΣ@x.gr'])).toEqual(['οδυσ@x.gr', 'ΟΔΥΣ@x.gr'])
  })

  it('keeps its keys in step when a login holds a line break', () => {
    expect(dedupe('user-logins', ['A@x.io\nB@x.io', 'b@x.io', 'a@X.io\nb@X.io'])).toEqual([
      'A@x.io\nB@x.io',
      'b@x.io'
    ])
  })

  it('matches removing every entry whose key was seen before (20,000 lists)', () => {
    const entry = fc.oneof(
      fc.constantFrom(
        'a@x.io',
        'A@X.IO',
        'ΟΔΥΣ@x.gr',
        'οδυς@x.gr',
        'İ@x.io',
        'i̇@x.io',
        '1',
        '01',
        '\n'
      ),
      fc.string({ unit: 'binary', maxLength: 6 })
    )
    fc.assert(
      fc.property(
        fc.constantFrom('user-ids', 'user-logins'),
        fc.array(entry, { maxLength: 12 }),
        (kind, entries) => {
          const key = (e: string) => (kind === 'user-logins' ? e.toLowerCase() : e)
          const expected = entries.filter((e, i) => entries.findIndex(o => key(o) === key(e)) === i)
          expect(dedupe(kind, entries)).toEqual(expected)
        }
      ),
      { numRuns: 20_000 }
    )
  })

  it('compares logins case-insensitively and keeps the first spelling', () => {
    expect(dedupe('user-logins', ['Ada@Example.com', 'bob@x.io', 'ada@example.COM'])).toEqual([
      'Ada@Example.com',
      'bob@x.io'
    ])
  })
})
