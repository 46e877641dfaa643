import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { ActionRun } from '../../harness/run-action.js'
import { e2eStage, errorOf, runtimes } from '../helpers/e2e.js'

const TOKEN = 'faithful-token-8e7d6c'

// Box's words reach the outputs exactly; look-alike, invisible and malformed input is caught or
// shown; base-url, targets-file and unreadable replies behave as an operator would expect.
describe.each(runtimes())('faithful text and careful input on %s', (_label, node) => {
  const stage = e2eStage(node, {}, TOKEN)
  const run = (inputs: Record<string, string>, secrets: string[] = [], timeoutMs?: number) =>
    stage.run(inputs, { secrets, timeoutMs })
  const problemsOf = (r: ActionRun) => errorOf(r)

  it('writes Box’s message to the outputs character for character', async () => {
    const users = '::warning::Request is\nsuccessful\t\u2028see the admin events 🔒 C:\\\\jobs\\n1'
    const groups = 'Groups\r\nqueued'
    stage.box.script('users', { status: 202, json: { message: users } })
    stage.box.script('groups', { status: 202, json: { message: groups } })
    const r = await run({ 'user-ids': '1', 'group-ids': '2' })
    expect(r.code).toBe(0)
    expect(r.outputs['users-message']).toBe(users)
    expect(r.outputs['groups-message']).toBe(groups)
    expect(r.outputs.message).toBe(`${users}\n${groups}`)
    const result = JSON.parse(r.outputs.result ?? '')
    expect([result.users.message, result.groups.message]).toEqual([users, groups])
    // The log shows the same text escaped on one line, never as a workflow command.
    expect(r.stdout).toContain(
      'Box message: ::warning::Request is\\nsuccessful\\t\\u2028see the admin events 🔒 C:\\\\jobs\\n1'
    )
    expect(r.stdout).not.toMatch(/^::warning::Request/m)
    // The summary shows each line break as one.
    expect(r.summary).toContain(
      '::warning::Request is<br>successful\t<br>see the admin events 🔒 C:\\\\jobs\\n1'
    )
    expect(r.summary).toContain('Groups<br>queued')
  })

  it('sends a login and its look-alike both, and shows the look-alike’s code points', async () => {
    const r = await run({
      'user-logins': '\u212Aate@example.com, kate@example.com, KATE@example.com'
    })
    expect(r.code).toBe(0)
    expect(stage.box.requestsTo('users')[0]?.json).toEqual({
      user_ids: [],
      user_logins: ['\u212Aate@example.com', 'kate@example.com']
    })
    expect(r.stdout).toContain(
      '::warning title=Look-alike characters::user-logins: "\u212Aate@example.com" has characters outside ASCII (U+212A at 1); check that it is the user login you mean and not a look-alike'
    )
  })

  it('refuses a login with an invisible or bidi character and sends nothing', async () => {
    const r = await run({ 'user-logins': 'ad\u200ba@example.com, \u202eada@example.com' })
    expect(r.code).toBe(1)
    expect(stage.box.requests).toEqual([])
    expect(problemsOf(r)).toContain(
      'user-logins: "ad\u200ba@example.com" contains U+200B at 3, which cannot be part of a login'
    )
    expect(problemsOf(r)).toContain(
      'user-logins: "\u202eada@example.com" contains U+202E at 1, which cannot be part of a login'
    )
  })

  it.each([
    ['box-token', 'tok€n-not-latin1', {}],
    ['box-token', 'token-line\nbreak', {}],
    [
      'box-client-secret',
      'client-secret\nsecond-line',
      { 'box-client-id': 'cid', 'box-enterprise-id': '5', 'box-token': '' }
    ]
  ])(
    'refuses a %s that cannot go in an HTTP header, and sends nothing',
    async (name, value, extra) => {
      const r = await run({ 'user-ids': '1', [name]: value, ...extra }, [value])
      expect(r.code).toBe(1)
      expect(stage.box.requests).toEqual([])
      expect(problemsOf(r)).toContain(
        `${name}: holds a line break or a character outside Latin-1, which cannot be sent in an HTTP header`
      )
      expect(r.outputs).toEqual({})
    }
  )

  it('never says a request was sent when none left', async () => {
    const r = await run({
      'user-ids': '1',
      'base-url': 'http://127.0.0.1:9',
      'max-retries': '0'
    })
    expect(r.code).toBe(1)
    expect(JSON.parse(r.outputs.result ?? '').users).toMatchObject({ sent: false })
  })

  it.each(['/2.0', '/2.0/', '/'])(
    'takes base-url with %s as Box’s own API description writes it',
    async suffix => {
      const r = await run({ 'user-ids': '1', 'base-url': `${stage.box.url}${suffix}` })
      expect(r.code).toBe(0)
      expect(stage.box.requestsTo('users').map(q => q.path)).toEqual([
        '/2.0/users/terminate_sessions'
      ])
      expect(stage.box.requestsTo('other')).toEqual([])
    }
  )

  it('reads a targets-file from RUNNER_TEMP, and one named ..targets.csv in the workspace', async () => {
    fs.writeFileSync(path.join(stage.runnerTemp, 'generated.json'), '{"group_ids": ["77"]}')
    fs.writeFileSync(path.join(stage.workspace, '..targets.csv'), 'user_id\n55\n')
    const fromTemp = await run({ 'targets-file': path.join(stage.runnerTemp, 'generated.json') })
    expect(fromTemp.code).toBe(0)
    const fromDots = await run({ 'targets-file': '..targets.csv' })
    expect(fromDots.code).toBe(0)
    expect(stage.box.requests.filter(q => q.method === 'POST').map(q => q.json)).toEqual([
      { group_ids: ['77'] },
      { user_ids: ['55'], user_logins: [] }
    ])
  })

  it('refuses a FIFO at once instead of waiting on it, and a directory', async () => {
    execFileSync('mkfifo', [path.join(stage.workspace, 'targets.csv')])
    fs.mkdirSync(path.join(stage.workspace, 'targets'))
    const fifo = await run({ 'targets-file': 'targets.csv' }, [TOKEN], 20_000)
    expect(fifo.code).toBe(1)
    expect(problemsOf(fifo)).toContain(
      'targets-file: "targets.csv" is not a regular file (a directory, FIFO or device)'
    )
    const folder = await run({ 'targets-file': 'targets' })
    expect(problemsOf(folder)).toContain('targets-file: "targets" is not a regular file')
    expect(stage.box.requests).toEqual([])
  })

  it('reads an HR export by its known columns and names the ignored ones', async () => {
    fs.writeFileSync(
      path.join(stage.workspace, 'leavers.csv'),
      'name,user_login,department\n"Lovelace, Ada",ada@example.com,R&D\nGrace Hopper,grace@example.com,Navy\n'
    )
    const r = await run({ 'targets-file': 'leavers.csv' })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      'targets-file: ignored the columns "name", "department", which name no kind of target'
    )
    expect(stage.box.requestsTo('users')[0]?.json).toEqual({
      user_ids: [],
      user_logins: ['ada@example.com', 'grace@example.com']
    })
    fs.writeFileSync(path.join(stage.workspace, 'none.csv'), 'email,name\nada@example.com,Ada\n')
    const none = await run({ 'targets-file': 'none.csv' })
    expect(none.code).toBe(1)
    expect(problemsOf(none)).toContain(
      'the header names none of the columns user_id, user_login, group_id'
    )
  })

  it('says which shape it expects when a targets-file is a JSON array', async () => {
    fs.writeFileSync(path.join(stage.workspace, 'list.json'), '["ada@example.com"]')
    const r = await run({ 'targets-file': 'list.json' })
    expect(r.code).toBe(1)
    expect(stage.box.requests).toEqual([])
    expect(problemsOf(r)).toContain(
      'targets-file: is a JSON array; expected a JSON object of arrays'
    )
  })

  it.each([
    [
      'larger than 1 MiB',
      { rawBody: `{"message": "${'x'.repeat(1.5 * 1024 * 1024)}"}` },
      1,
      'its body did not arrive whole (the response body is larger than 1 MiB)'
    ],
    [
      'cut off',
      { rawBody: JSON.stringify({ message: 'never whole' }), cutAfterBytes: 10 },
      2,
      'its body did not arrive whole (the connection closed before the response ended)'
    ]
  ])(
    'takes no 2xx whose body is %s for an acceptance: the target fails and stays in the remainder',
    async (_what, fault, sent, why) => {
      stage.box.script('users', { status: 202, ...fault }, { status: 202, ...fault })
      const r = await run({ 'user-ids': '1', 'max-retries': '1' })
      expect(r.code).toBe(1)
      // An oversized body would come again as large: it is not sent again; a cut one is.
      expect(stage.box.requestsTo('users')).toHaveLength(sent)
      expect(r.outputs).toMatchObject({ 'users-message': '', 'failed-count': '1' })
      expect(r.stdout).toContain(`on users/terminate_sessions`)
      expect(r.stdout).toContain(`not Box's acceptance, as ${why}`)
      expect(JSON.parse(r.outputs.result ?? '').users).toMatchObject({ status: 202, ok: false })
      expect(JSON.parse(r.files['failed-targets-file'] ?? '{}')).toMatchObject({ user_ids: ['1'] })
    }
  )
})
