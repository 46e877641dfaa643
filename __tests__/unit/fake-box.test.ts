import { afterEach, describe, expect, it } from '@jest/globals'
import { startFakeBox } from '../../harness/fake-box.js'

const TOKEN = 'fake-box-token-7e6d'
type Box = Awaited<ReturnType<typeof startFakeBox>>

/** POSTs a JSON body to a terminate_sessions route as the action would, or as it never should. */
function post(box: Box, route: 'users' | 'groups', body: unknown, token = TOKEN) {
  return fetch(`${box.url}/2.0/${route}/terminate_sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body)
  })
}

// The fake Box is the tests' model of Box: it must hold every request to Box's API description,
// whatever answers it.
describe('the fake Box', () => {
  let box: Box | undefined
  afterEach(async () => {
    await box?.stop()
    box = undefined
  })

  it('answers a body with every list empty with Box’s documented 400, and records it as a violation', async () => {
    box = await startFakeBox({ tokens: [TOKEN] })
    const users = await post(box, 'users', { user_ids: [], user_logins: [] })
    const groups = await post(box, 'groups', { group_ids: [] })
    expect([users.status, groups.status]).toEqual([400, 400])
    expect(await users.json()).toMatchObject({
      type: 'error',
      status: 400,
      code: 'bad_request'
    })
    expect(box.violations).toEqual([
      'post_users_terminate_sessions: every list is empty',
      'post_groups_terminate_sessions: every list is empty'
    ])
  })

  it('accepts a body that names a target', async () => {
    box = await startFakeBox({ tokens: [TOKEN] })
    const answer = await post(box, 'users', { user_ids: ['1'], user_logins: [] })
    expect(answer.status).toBe(202)
    expect(box.violations).toEqual([])
  })

  it('lets a list left out beside one that names targets through, answered as switched', async () => {
    box = await startFakeBox({ tokens: [TOKEN] })
    const refused = await post(box, 'users', { user_ids: ['1'] })
    expect(refused.status).toBe(400)
    expect(((await refused.json()) as { message: string }).message).toBe(
      'Bad Request: user_logins is required'
    )
    expect((await post(box, 'users', { user_logins: [] })).status).toBe(400)
    expect(box.violations).toEqual([
      'post_users_terminate_sessions: user_ids is required and must be an array'
    ])
    await box.stop()
    box = await startFakeBox({ tokens: [TOKEN], terminate: { missingKey: 'accepted' } })
    expect((await post(box, 'users', { user_logins: ['a@example.com'] })).status).toBe(202)
    expect(box.violations).toEqual([])
  })

  it.each([
    [{ emptyList: 'refused' }, { user_ids: ['1'], user_logins: [] }, 400],
    [{ emptyList: 'refused' }, { user_ids: ['1'], user_logins: ['a@example.com'] }, 202],
    [{ cap: { size: 2, status: 413 } }, { user_ids: ['1', '2', '3'], user_logins: [] }, 413],
    [{ cap: { size: 2, status: 400 } }, { user_ids: ['1', '2'], user_logins: [] }, 202],
    [{ cap: { size: 2, status: 400 } }, { user_ids: ['1', '2'], user_logins: ['a@x.io'] }, 400],
    [{ unknown: 404 }, { user_ids: ['10000001', '99'], user_logins: [] }, 404],
    [{ unknown: 400 }, { user_ids: [], user_logins: ['user1@example.com', 'x@y.io'] }, 400],
    [{ unknown: 400 }, { user_ids: ['10000001'], user_logins: ['user1@example.com'] }, 202],
    [{ refuseAll: true }, { user_ids: ['10000001'], user_logins: [] }, 403]
  ] as const)('answers as switched: %j to %j is %i', async (terminate, body, status) => {
    box = await startFakeBox({ tokens: [TOKEN], terminate, directory: { generatedUsers: 5 } })
    const answer = await post(box, 'users', body)
    expect(answer.status).toBe(status)
    // Box's own error body for Box's refusals; a 202's message; a gateway's page for a 413.
    const text = await answer.text()
    const kind = status === 413 ? 'page' : status === 202 ? 'message' : 'error'
    expect(kind).toBe(
      text.startsWith('<html>') ? 'page' : JSON.parse(text).type === 'error' ? 'error' : 'message'
    )
    expect(box.violations).toEqual([])
  })

  it('writes Box’s message in one line, with the newline of Box’s example, or not at all', async () => {
    const messages = []
    for (const message of ['line', 'newline', 'absent'] as const) {
      box = await startFakeBox({ tokens: [TOKEN], terminate: { message } })
      const answer = await post(box, 'groups', { group_ids: ['1'] })
      messages.push(((await answer.json()) as { message?: string }).message)
      await box.stop()
    }
    box = undefined
    expect(messages).toEqual([
      'Request is successful, please check the admin events for the status of the job',
      'Request is successful,\nplease check the admin events for the status of the job',
      undefined
    ])
  })

  it('checks a request answered by a scripted fault against Box’s API description', async () => {
    box = await startFakeBox({ tokens: [TOKEN] })
    box.script('users', { status: 503 })
    const answer = await post(box, 'users', { user_ids: [1], extra: true })
    expect(answer.status).toBe(503)
    expect(box.violations).toEqual([
      'post_users_terminate_sessions: user_ids must hold strings',
      'post_users_terminate_sessions: user_logins is required and must be an array',
      'post_users_terminate_sessions: unknown body key extra'
    ])
  })

  it('checks a request its rate limiter refuses against Box’s API description', async () => {
    box = await startFakeBox({ tokens: [TOKEN], ratePerSecond: 1 })
    await post(box, 'groups', { group_ids: ['1'] })
    const limited = await fetch(`${box.url}/2.0/users?limit=5000`, {
      headers: { authorization: `Bearer ${TOKEN}` }
    })
    expect(limited.status).toBe(429)
    expect(box.violations).toEqual(['get_users: limit is above 1000'])
  })

  it('holds answers until released, counting what is in flight meanwhile', async () => {
    box = await startFakeBox({ tokens: [TOKEN] })
    const release = box.holdAnswers('users')
    const answers = [1, 2, 3].map(i =>
      post(box as Box, 'users', { user_ids: [String(i)], user_logins: [] })
    )
    await box.when('users', 3)
    expect(box.inFlight.terminate).toBe(3)
    expect(box.requestsTo('users').map(q => q.status)).toEqual([undefined, undefined, undefined])
    release()
    expect((await Promise.all(answers)).map(a => a.status)).toEqual([202, 202, 202])
    expect(box.maxInFlight.terminate).toBe(3)
  })

  it('holds one answer until the test’s promise settles', async () => {
    box = await startFakeBox({ tokens: [TOKEN] })
    let release!: () => void
    box.script('groups', { until: new Promise<void>(resolve => (release = resolve)) })
    const held = post(box, 'groups', { group_ids: ['1'] })
    const free = await post(box, 'groups', { group_ids: ['2'] })
    expect(free.status).toBe(202)
    expect(box.requestsTo('groups')[0]?.status).toBeUndefined()
    release()
    expect((await held).status).toBe(202)
  })
})
