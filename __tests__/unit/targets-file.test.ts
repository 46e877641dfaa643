import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { csvRows, parseTargetsFile, unquotedCsvRows } from '../../src/targets-file.js'

/** Each entry with its kind and where it came from, in file order per column. */
function values(text: string) {
  const { groups, problems } = parseTargetsFile(text, 'targets-file')
  const entries = groups.flatMap(g =>
    g.values.map((value, i) => ({ kind: g.kind, value, origin: g.where(i) }))
  )
  return { entries, problems }
}

describe('CSV targets', () => {
  it('reads any of the three columns, one target per cell, in any order and case', () => {
    const { entries, problems } = values(
      '\uFEFFGroup_ID,user_login,user_id\r\n7,a@example.com,1\r\n,,2\r\n8,,\r\n'
    )
    expect(problems).toEqual([])
    expect(entries.map(e => [e.kind, e.value, e.origin])).toEqual([
      ['group-ids', '7', 'targets-file line 2 (Group_ID)'],
      ['group-ids', '8', 'targets-file line 4 (Group_ID)'],
      ['user-logins', 'a@example.com', 'targets-file line 2 (user_login)'],
      ['user-ids', '1', 'targets-file line 2 (user_id)'],
      ['user-ids', '2', 'targets-file line 3 (user_id)']
    ])
  })

  it('handles quoted cells and counts lines inside them', () => {
    const { entries } = values('user_login,user_id\n"a@example.com","1"\n"x\ny",2\n')
    expect(entries.map(e => [e.value, e.origin])).toEqual([
      ['a@example.com', 'targets-file line 2 (user_login)'],
      ['x\ny', 'targets-file line 3 (user_login)'],
      ['1', 'targets-file line 2 (user_id)'],
      ['2', 'targets-file line 3 (user_id)']
    ])
  })

  it('refuses unknown columns, rows with extra cells and an unclosed quote', () => {
    expect(values('user_id,email\n1,a\n').problems).toEqual([
      'targets-file line 1: the header must name only the columns user_id, user_login, group_id; unknown: "email"'
    ])
    expect(values('user_id\n1,2\n').problems).toEqual([
      'targets-file line 2: has 2 cells, the header names 1'
    ])
    expect(values('user_id\n"1\n').problems).toEqual([
      'targets-file: a quoted cell that starts on line 2 never ends'
    ])
  })
})

describe('CSV without quotes', () => {
  const piece = fc.constantFrom(
    '',
    'a',
    '1',
    'x@y.io',
    ' ',
    ',',
    ', ',
    '\n',
    '\r',
    '\r\n',
    '\t',
    'é'
  )
  const text = fc.array(piece, { maxLength: 30 }).map(parts => parts.join(''))

  it('splits into the same rows and lines as the RFC 4180 reader (20,000 texts)', () => {
    fc.assert(
      fc.property(text, t => {
        expect(unquotedCsvRows(t)).toEqual(csvRows(t))
      }),
      { numRuns: 20_000 }
    )
  })

  it('reads a one-column file with Windows line ends and blank lines', () => {
    const { entries, problems } = values('user_login\r\n\r\n a@example.com \r\nb@example.com')
    expect(problems).toEqual([])
    expect(entries.map(e => [e.value, e.origin])).toEqual([
      ['a@example.com', 'targets-file line 3 (user_login)'],
      ['b@example.com', 'targets-file line 4 (user_login)']
    ])
  })

  it('still counts the cells of each row', () => {
    expect(values('user_id\n1\n2,3\n').problems).toEqual([
      'targets-file line 3: has 2 cells, the header names 1'
    ])
  })
})

describe('JSON targets', () => {
  it('reads the three arrays', () => {
    const { entries, problems } = values(
      '{"user_ids": [1, "2"], "user_logins": ["a@example.com"], "group_ids": []}'
    )
    expect(problems).toEqual([])
    expect(entries.map(e => [e.kind, e.value])).toEqual([
      ['user-ids', '1'],
      ['user-ids', '2'],
      ['user-logins', 'a@example.com']
    ])
  })

  it('names unknown keys, non-arrays and bad items', () => {
    expect(values('{"users": [], "group_ids": "7", "user_ids": [true]}').problems).toEqual([
      'targets-file: unknown key "users" (expected user_ids, user_logins, group_ids)',
      'targets-file: group_ids must be an array',
      'targets-file user_ids: item 1 of the JSON array is "true", not a string or a whole number'
    ])
    expect(values('{"user_ids": [1,').problems).toEqual([
      'targets-file: starts with "{" but is not valid JSON'
    ])
  })
})
