import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import {
  parseTargetsFile,
  readTargetsFile,
  type FileAccess
} from '../../src/targets/targets-file.js'
import { describeOrigin } from '../../src/targets/target.js'
import { tempFolder } from '../helpers/temp.js'

/** Each target with its kind and where it came from, or the problems. */
function read(text: string) {
  const result = parseTargetsFile(text)
  return result.ok
    ? {
        entries: result.value.targets.map(t => [t.kind, t.value, describeOrigin(t)]),
        problems: [],
        ignored: result.value.ignoredColumns
      }
    : { entries: [], problems: result.problems }
}

describe('CSV targets', () => {
  it('reads any of the three columns, one target per cell, in any order and case', () => {
    const { entries, problems } = read(
      '\uFEFFGroup_ID,user_login,user_id\r\n7,a@example.com,1\r\n,,2\r\n8,,\r\n'
    )
    expect(problems).toEqual([])
    expect(entries).toEqual([
      ['user-ids', '1', 'targets-file line 2 (user_id)'],
      ['user-ids', '2', 'targets-file line 3 (user_id)'],
      ['user-logins', 'a@example.com', 'targets-file line 2 (user_login)'],
      ['group-ids', '7', 'targets-file line 2 (group_id)'],
      ['group-ids', '8', 'targets-file line 4 (group_id)']
    ])
  })

  it('reads quoted cells with commas and line breaks, and counts lines from where a row starts', () => {
    const { entries, problems } = read(
      'user_login,user_id,group_id\n"a@example.com","1","2"\n"b@example.com",",3",\n\n"c@example.com","4",5\n'
    )
    expect(entries).toEqual([])
    expect(problems).toEqual(['targets-file line 3 (user_id): ",3" is not a Box ID (digits only)'])
    const lines = read('user_id,user_login\r\n"1","x\r\ny"\r\n7,\r\n"8\n"\n9\n')
    expect(lines.problems).toEqual([
      'targets-file line 2 (user_login): "x\\ny" contains U+000A at 2, which cannot be part of a login'
    ])
    const later = read('user_id,group_id\n"1","2\n3"\nx,4\n')
    expect(later.problems).toEqual([
      'targets-file line 4 (user_id): "x" is not a Box ID (digits only)',
      'targets-file line 2 (group_id): "2\\n3" is not a Box ID (digits only)'
    ])
  })

  it('reads an export with more columns from its known ones and names the others', () => {
    expect(read('name,user_login,department\n"Lovelace, Ada",ada@example.com,R&D\n')).toEqual({
      entries: [['user-logins', 'ada@example.com', 'targets-file line 2 (user_login)']],
      problems: [],
      ignored: ['name', 'department']
    })
  })

  it('refuses a cell holding a pasted address list, naming the character', () => {
    expect(read('user_login\n"a@example.com; b@example.com"\n').problems).toEqual([
      'targets-file line 2 (user_login): "a@example.com; b@example.com" contains ";" at 14, U+0020 at 15, which cannot be part of a login'
    ])
  })

  it('refuses a header with none of the known columns, rows with extra cells and an unclosed quote', () => {
    expect(read('email,name\na@example.com,A\n').problems).toEqual([
      'targets-file line 1: the header names none of the columns user_id, user_login, group_id; it has "email", "name"'
    ])
    expect(read('user_id\n1,2\n').problems).toEqual([
      'targets-file line 2: has 2 cells, the header names 1'
    ])
    expect(read('user_id\n"1\n').problems).toEqual([
      expect.stringMatching(/^targets-file: is not a readable CSV file: Quote Not Closed.*line 2/)
    ])
  })

  it('reads a one-column file with Windows line ends and blank lines', () => {
    const { entries, problems } = read('user_login\r\n\r\n a@example.com \r\nb@example.com')
    expect(problems).toEqual([])
    expect(entries.map(e => [e[1], e[2]])).toEqual([
      ['a@example.com', 'targets-file line 3 (user_login)'],
      ['b@example.com', 'targets-file line 4 (user_login)']
    ])
  })

  it('reads old Mac line ends, a header with spaces, and rows that hold only separators', () => {
    expect(read(',,\n User_ID , Name \r1,x\r,\r2,y\r')).toEqual({
      entries: [
        ['user-ids', '1', 'targets-file line 3 (user_id)'],
        ['user-ids', '2', 'targets-file line 5 (user_id)']
      ],
      problems: [],
      ignored: ['Name']
    })
    expect(read('user_id\n1\n,,,\n').problems).toEqual([])
  })

  it('reads an empty file as no targets', () => {
    expect(read('')).toEqual({ entries: [], problems: [], ignored: [] })
    expect(read('user_id\n')).toEqual({ entries: [], problems: [], ignored: [] })
  })
})

describe('JSON targets', () => {
  it('reads the arrays, each item with its line and place', () => {
    const { entries, problems } = read(
      '{"user_ids": [1, "2"],\n "user_logins": ["a@example.com"],\n "group_ids": []}'
    )
    expect(problems).toEqual([])
    expect(entries).toEqual([
      ['user-ids', '1', 'targets-file user_ids line 1 item 1'],
      ['user-ids', '2', 'targets-file user_ids line 1 item 2'],
      ['user-logins', 'a@example.com', 'targets-file user_logins line 2 item 1']
    ])
  })

  it('refuses a repeated key, naming it and its lines, rather than keep only the last', () => {
    expect(read('{"user_ids": ["10"],\n"user_ids": ["11"]}').problems).toEqual([
      'targets-file line 2: the key "user_ids" is repeated (first on line 1); JSON keeps only the last, so write each kind\'s targets in one list'
    ])
  })

  it('names unknown keys, non-arrays and bad items, each with its line', () => {
    expect(
      read('{"users": [],\n"group_ids": "7",\n"user_ids": [true, "x", [1], 1.5]}').problems
    ).toEqual([
      'targets-file line 1: unknown key "users" (expected user_ids, user_logins, group_ids)',
      'targets-file line 2: group_ids must be an array',
      'targets-file line 3: user_ids item 1 is "true", not a string or a whole number',
      'targets-file line 3: user_ids item 3 is an array, not a string or a whole number',
      'targets-file line 3: user_ids item 4 is the number "1.5", which is not a whole number JSON can hold exactly; write the ID in quotes, as a string',
      'targets-file user_ids line 3 item 2: "x" is not a Box ID (digits only)'
    ])
    expect(read('{"user_ids": [1,').problems).toEqual([
      expect.stringMatching(/^targets-file: starts with "\{" but is not valid JSON \(/)
    ])
    expect(read('{"user_ids": [1], /* c */ "group_ids": []}').problems).toEqual([
      'targets-file: starts with "{" but is not valid JSON (unexpected "/*" at line 1, character 19)'
    ])
  })

  it('reads only the items of each key’s own array, and nothing under an unknown key', () => {
    const { entries, problems } = read(
      '{"user_ids": ["1", {"user_ids": ["2"]}, [["3"]], ""],\n"group_ids": {"a": 4},\n"extra": [true, "x"]}'
    )
    expect(entries).toEqual([])
    expect(problems).toEqual([
      'targets-file line 1: user_ids item 2 is an object, not a string or a whole number',
      'targets-file line 1: user_ids item 3 is an array, not a string or a whole number',
      'targets-file line 2: group_ids must be an array',
      'targets-file line 3: unknown key "extra" (expected user_ids, user_logins, group_ids)'
    ])
    expect(read('{"user_ids": ["1", " ", "2"]}').entries).toEqual([
      ['user-ids', '1', 'targets-file user_ids line 1 item 1'],
      ['user-ids', '2', 'targets-file user_ids line 1 item 3']
    ])
  })

  it('says which shape it expects when the file is a JSON array', () => {
    expect(read('\n ["ada@example.com"]').problems).toEqual([
      'targets-file: is a JSON array; expected a JSON object of arrays such as {"user_logins": ["ada@example.com"], "group_ids": ["42"]}, or a CSV file with a header row'
    ])
  })
})

describe('long files', () => {
  it('reads 150,000 targets, and names 150,000 bad ones, without overflowing the stack', () => {
    const ids = Array.from({ length: 150_000 }, (_, i) => String(i))
    expect(read(JSON.stringify({ user_ids: ids })).entries).toHaveLength(150_000)
    expect(read(['group_id', ...ids].join('\n')).entries).toHaveLength(150_000)
    const bad = read(['group_id', ...ids.map(id => `g${id}`)].join('\n'))
    expect(bad.problems).toHaveLength(150_000)
    expect(bad.problems[0]).toBe(
      'targets-file line 2 (group_id): "g0" is not a Box ID (digits only)'
    )
  })
})

describe('where a targets-file may be', () => {
  const base = fs.realpathSync(tempFolder('tbs-where-'))
  const workspace = path.join(base, 'ws')
  const osTemp = path.join(base, 'tmp')
  fs.mkdirSync(workspace)
  fs.mkdirSync(path.join(osTemp, 'terminate-box-sessions-abc'), { recursive: true })
  fs.mkdirSync(path.join(osTemp, 'elsewhere'))
  for (const file of [
    'ws/t.csv',
    'tmp/terminate-box-sessions-abc/failed-targets.json',
    'tmp/elsewhere/t.csv'
  ]) {
    fs.writeFileSync(path.join(base, file), 'user_id\n1\n')
  }
  const files = (runnerTemp: string): FileAccess => ({
    workspace,
    runnerTemp,
    osTemp,
    realPath: f => fs.realpathSync(f),
    isFile: f => fs.statSync(f).isFile(),
    readText: f => fs.readFileSync(f, 'utf8')
  })
  const problems = (file: string, runnerTemp: string) => {
    const result = readTargetsFile(file, files(runnerTemp))
    return result.ok ? [] : result.problems
  }

  it('takes a file in the workspace, relative or absolute', () => {
    expect(problems('t.csv', '')).toEqual([])
    expect(problems(path.join(workspace, 't.csv'), '')).toEqual([])
  })

  it('takes back a file the action wrote in the OS temp folder when there is no RUNNER_TEMP', () => {
    const written = path.join(osTemp, 'terminate-box-sessions-abc', 'failed-targets.json')
    expect(problems(written, '')).toEqual([])
    expect(problems(written, path.join(base, 'elsewhere-temp'))).toEqual([
      `targets-file: "${written}" is not inside the workspace or RUNNER_TEMP`
    ])
    expect(problems(path.join(osTemp, 'elsewhere', 't.csv'), '')).toEqual([
      expect.stringContaining('is not inside the workspace or RUNNER_TEMP')
    ])
  })

  it('refuses a folder and a missing file', () => {
    expect(problems('.', '')).toEqual([expect.stringContaining('is not inside the workspace')])
    expect(problems('..', '')).toEqual([expect.stringContaining('is not inside the workspace')])
    expect(problems('missing.csv', '')).toEqual(['targets-file: "missing.csv": no such file'])
  })

  it('refuses a folder named like the action’s own outside the OS temp folder', () => {
    const lookalike = path.join(base, 'ws-other', 'terminate-box-sessions-abc')
    fs.mkdirSync(lookalike, { recursive: true })
    fs.writeFileSync(path.join(lookalike, 'failed-targets.json'), '{}')
    expect(problems(path.join(lookalike, 'failed-targets.json'), '')).toEqual([
      expect.stringContaining('is not inside the workspace or RUNNER_TEMP')
    ])
  })

  it('names why a file could not be read', () => {
    const failing = (error: Error): FileAccess => ({
      ...files(''),
      readText: () => {
        throw error
      }
    })
    const denied = Object.assign(new Error('denied'), { code: 'EACCES' })
    const broken = readTargetsFile('t.csv', failing(denied))
    expect(broken.ok ? [] : broken.problems).toEqual([
      'targets-file: "t.csv": cannot be read (EACCES)'
    ])
    const odd = readTargetsFile('t.csv', failing(new Error('odd')))
    expect(odd.ok ? [] : odd.problems).toEqual(['targets-file: "t.csv": cannot be read (error)'])
  })
})

describe('a report read back as a targets-file', () => {
  const header =
    'user_id,user_login,group_id,outcome,lookup,box_id,name,batch,status,request_id,answered_at,detail'
  const report = [
    header,
    '1,,,accepted,found,1,Ada,1,202,r1,2026-12-01T00:00:00.000Z,',
    '2,,,terminated,found,2,Bob,1,202,r1,2026-12-01T00:00:00.000Z,',
    ',c@example.com,,covered,found,3,Cy,,,,,"sent as user-ids 3, which Box accepted"',
    '4,,,not_found,not_found,,,,,,,Box has no such target',
    '5,,,failed,found,5,Eve,2,503,r2,2026-12-01T00:00:01.000Z,Box API 503',
    ',f@example.com,,not_sent,skipped,,,3,,,,the run was cancelled before it was sent',
    ',,70,failed,unverified,,,4,,,,"Box API 500 on groups/terminate_sessions, after 6 attempts"',
    ''
  ].join('\n')

  it('reads only the targets that failed or were not sent, and counts the rest by outcome', () => {
    const result = parseTargetsFile(report)
    if (!result.ok) throw new Error(result.problems.join('; '))
    expect(result.value.targets.map(t => `${t.kind} ${t.value}`)).toEqual([
      'user-ids 5',
      'user-logins f@example.com',
      'group-ids 70'
    ])
    expect(result.value.report).toEqual({
      leftOut: { accepted: 1, terminated: 1, covered: 1, not_found: 1 },
      dryRun: false
    })
    // The report's other columns are its own, not columns to warn about.
    expect(result.value.ignoredColumns).toEqual([])
  })

  it('reads every target of a dry run’s report: none was sent', () => {
    const dry = [
      header,
      '1,,,not_sent,found,1,Ada,1,,,,dry run',
      '4,,,not_found,not_found,,,,,,,Box has no such target',
      ',c@example.com,,covered,found,3,Cy,,,,,sent as user-ids 3',
      ''
    ].join('\n')
    const result = parseTargetsFile(dry)
    if (!result.ok) throw new Error(result.problems.join('; '))
    expect(result.value.targets.map(t => t.value)).toEqual(['1', '4', 'c@example.com'])
    expect(result.value.report).toEqual({ leftOut: {}, dryRun: true })
  })

  it('reads every row of a file with an outcome column that is not the report’s header', () => {
    for (const other of [
      'name,user_login,outcome\nAda,a@example.com,accepted\nBob,b@example.com,not_found\n',
      // The report's columns but one, or in another order, are not the report.
      `${header.replace(',detail', '')}\n1,,,accepted,found,1,Ada,1,202,r1,x\n`,
      `${header.replace('outcome,lookup', 'lookup,outcome')}\n1,,,found,accepted,1,Ada,1,202,r1,x,\n`
    ]) {
      const result = parseTargetsFile(other)
      if (!result.ok) throw new Error(result.problems.join('; '))
      expect([other, result.value.targets.length, result.value.report]).toEqual([
        other,
        other.split('\n').filter(Boolean).length - 1,
        undefined
      ])
    }
  })
})
