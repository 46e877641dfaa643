import { describe, expect, it } from '@jest/globals'
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

  it('compares logins case-insensitively and keeps the first spelling', () => {
    expect(dedupe('user-logins', ['Ada@Example.com', 'bob@x.io', 'ada@example.COM'])).toEqual([
      'Ada@Example.com',
      'bob@x.io'
    ])
  })
})
