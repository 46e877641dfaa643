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
