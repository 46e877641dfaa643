import { describe, expect, it } from '@jest/globals'
import type { AuthSettings } from '../../src/auth/auth-settings.js'
import { createTokenRequester } from '../../src/auth/token-request.js'
import { createTokenSource } from '../../src/auth/token-source.js'
import type { BoxClientDeps } from '../../src/box-client.js'
import { NetworkError, type Transport } from '../../src/http.js'
import { planTerminations, sendTerminations } from '../../src/terminate.js'
import { fakeClock } from '../helpers/fake-clock.js'
import { json, scriptedTransport } from '../helpers/fake-transport.js'

function deps(
  transport: Transport,
  auth: AuthSettings = { method: 'token', token: 'tok' }
): BoxClientDeps {
  const { clock } = fakeClock()
  const retry = { maxRetries: 3, requestTimeoutMs: 30_000, clock, deadline: clock.now() + 600_000 }
  const requester = createTokenRequester({
    transport,
    baseUrl: 'https://box.test',
    retry,
    userAgent: 'ua',
    onToken: () => {},
    onRetry: () => {}
  })
  return {
    transport,
    baseUrl: 'https://box.test',
    tokens: createTokenSource(auth, requester),
    retry,
    userAgent: 'ua'
  }
}

describe('planTerminations', () => {
  it('sends both user arrays, an unused one empty, and groups only when given', () => {
    expect(planTerminations({ userIds: [], userLogins: ['a@b.co'], groupIds: [] })).toEqual([
      {
        name: 'users',
        endpoint: 'users/terminate_sessions',
        body: { user_ids: [], user_logins: ['a@b.co'] }
      }
    ])
    expect(planTerminations({ userIds: [], userLogins: [], groupIds: ['4'] })).toEqual([
      { name: 'groups', endpoint: 'groups/terminate_sessions', body: { group_ids: ['4'] } }
    ])
  })
})

describe('sendTerminations', () => {
  const both = planTerminations({ userIds: ['1'], userLogins: [], groupIds: ['2'] })

  it('posts JSON with the bearer token and returns each message', async () => {
    const { transport, requests } = scriptedTransport(
      json(202, { message: 'users ok' }, { 'box-request-id': 'r1' }),
      json(202, { message: 'groups ok' })
    )
    const results = await sendTerminations(both, deps(transport), () => {})
    expect(results.map(r => [r.name, r.ok, r.status, r.message, r.attempts])).toEqual([
      ['users', true, 202, 'users ok', 1],
      ['groups', true, 202, 'groups ok', 1]
    ])
    expect(results[0]?.requestId).toBe('r1')
    expect(
      requests.map(r => [r.method, r.url, r.headers.Authorization, r.headers['Content-Type']])
    ).toEqual([
      ['POST', 'https://box.test/2.0/users/terminate_sessions', 'Bearer tok', 'application/json'],
      ['POST', 'https://box.test/2.0/groups/terminate_sessions', 'Bearer tok', 'application/json']
    ])
    expect(JSON.parse(requests[0]?.body ?? '')).toEqual({ user_ids: ['1'], user_logins: [] })
  })

  it('lets one endpoint fail without stopping the other', async () => {
    const { transport } = scriptedTransport(
      json(403, {
        type: 'error',
        status: 403,
        code: 'forbidden',
        message: 'Access denied',
        request_id: 'q9'
      }),
      json(202, { message: 'groups ok' })
    )
    const [users, groups] = await sendTerminations(both, deps(transport), () => {})
    expect(users).toMatchObject({ ok: false, status: 403, requestId: 'q9', attempts: 1 })
    expect(users?.error).toMatch(
      /^Box API 403 forbidden on users\/terminate_sessions: Access denied \(request id q9\)\. Hint: the account the action acts as must be a Box admin or co-admin/
    )
    expect(groups).toMatchObject({ ok: true, message: 'groups ok' })
  })

  it('treats any 2xx as success and warns when the body is not JSON', async () => {
    const { transport } = scriptedTransport({ status: 200, headers: {}, body: '<html>' })
    const [users] = await sendTerminations(both.slice(0, 1), deps(transport), () => {})
    expect(users).toMatchObject({ ok: true, status: 200, message: '' })
    expect(users?.warning).toContain('without a JSON body')
  })

  it('refuses a redirect instead of following it', async () => {
    const { transport, requests } = scriptedTransport({
      status: 307,
      headers: { location: 'https://evil.example/x?t=1' },
      body: ''
    })
    const [users] = await sendTerminations(both.slice(0, 1), deps(transport), () => {})
    expect(users?.error).toBe(
      'Box API 307 redirect on users/terminate_sessions to evil.example: redirects are not followed, so the token never leaves base-url; check base-url'
    )
    expect(requests).toHaveLength(1)
  })

  it('names the attempts and the network error when retries run out', async () => {
    const reset = () => new NetworkError('socket hang up', 'ECONNRESET', true)
    const { transport } = scriptedTransport(reset(), reset(), reset(), reset())
    const [users] = await sendTerminations(both.slice(0, 1), deps(transport), () => {})
    expect(users?.error).toBe(
      'Box API users/terminate_sessions: no response after 4 attempts: ECONNRESET socket hang up'
    )
  })

  it('gets a new token once after a 401 with client credentials', async () => {
    const { transport, requests } = scriptedTransport(
      json(200, { access_token: 'old' }),
      json(401, { type: 'error', status: 401, code: 'unauthorized' }),
      json(200, { access_token: 'new' }),
      json(202, { message: 'ok' })
    )
    const auth: AuthSettings = {
      method: 'ccg',
      clientId: 'c',
      clientSecret: 's',
      subject: { type: 'enterprise', id: '1' }
    }
    const [users] = await sendTerminations(both.slice(0, 1), deps(transport, auth), () => {})
    expect(users).toMatchObject({ ok: true, attempts: 2 })
    expect(requests.map(r => r.headers.Authorization ?? 'token request')).toEqual([
      'token request',
      'Bearer old',
      'token request',
      'Bearer new'
    ])
  })

  it('fails a 401 with a plain token at once, with the expiry hint', async () => {
    const { transport, requests } = scriptedTransport(
      json(401, { type: 'error', status: 401, code: 'unauthorized', message: 'Unauthorized' })
    )
    const [users] = await sendTerminations(both.slice(0, 1), deps(transport), () => {})
    expect(users?.error).toContain('Hint: the access token in box-token is invalid or has expired')
    expect(requests).toHaveLength(1)
  })

  it('escapes control characters and commands in what Box says', async () => {
    const { transport } = scriptedTransport(
      json(202, { message: '::set-output name=x::y\n::add-mask::z' })
    )
    const [users] = await sendTerminations(both.slice(0, 1), deps(transport), () => {})
    expect(users?.message).toBe(':\u200b:set-output name=x::y\\n::add-mask::z')
  })
})
