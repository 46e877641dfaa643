import { describe, expect, it } from '@jest/globals'
import type { AuthSettings } from '../../src/auth/settings.js'
import { NetworkError } from '../../src/errors.js'
import { testClient } from '../helpers/box-client.js'
import { boxError, json, scriptedTransport } from '../helpers/fake-transport.js'

/** Client credentials for an enterprise: the client gets its token from Box's token endpoint. */
const CCG: AuthSettings = {
  method: 'ccg',
  clientId: 'c',
  clientSecret: 's',
  subject: { type: 'enterprise', id: '1' }
}

const post = {
  method: 'POST' as const,
  path: 'users/terminate_sessions',
  body: { user_ids: ['1'] }
}

describe('the Box client', () => {
  it('sends JSON with the bearer token under /2.0, with the query Box expects', async () => {
    const { transport, requests } = scriptedTransport(
      json(202, { message: 'ok' }, { 'box-request-id': 'r1' }),
      json(200, { id: '5' })
    )
    const { client } = testClient(transport)
    const posted = await client.call(post)
    expect(posted).toMatchObject({
      ok: true,
      value: { message: 'ok' },
      status: 202,
      requestId: 'r1',
      attempts: 1,
      sent: true
    })
    expect(posted.answeredAt).toEqual(expect.any(Number))
    await client.call({
      method: 'GET',
      path: 'users',
      query: { filter_term: 'a+b@x.io', fields: ['id', 'login'], limit: 1000 }
    })
    expect(
      requests.map(r => [r.method, r.url, r.headers.Authorization, r.headers['Content-Type']])
    ).toEqual([
      ['POST', 'https://box.test/2.0/users/terminate_sessions', 'Bearer tok', 'application/json'],
      [
        'GET',
        'https://box.test/2.0/users?filter_term=a%2Bb%40x.io&fields=id,login&limit=1000',
        'Bearer tok',
        undefined
      ]
    ])
    expect(requests[0]?.body).toBe('{"user_ids":["1"]}')
    expect(requests[1]?.body).toBeUndefined()
    expect(requests.map(r => [r.headers.Accept, r.headers['User-Agent']])).toEqual([
      ['application/json', 'ua'],
      ['application/json', 'ua']
    ])
  })

  it('sends no query string for an empty query, and takes only 200 to 299 as success', async () => {
    const { transport, requests } = scriptedTransport(
      json(299, { message: 'ok' }),
      json(300, { message: 'choices' })
    )
    const { client } = testClient(transport)
    expect(await client.call({ method: 'GET', path: 'users/me', query: {} })).toMatchObject({
      ok: true,
      status: 299
    })
    expect(await client.call({ method: 'GET', path: 'users/me' })).toMatchObject({
      ok: false,
      status: 300
    })
    expect(requests.map(r => r.url)).toEqual([
      'https://box.test/2.0/users/me',
      'https://box.test/2.0/users/me'
    ])
  })

  it('names the status, Box code, message, request id and a hint when Box refuses', async () => {
    const { transport } = scriptedTransport(
      json(403, {
        type: 'error',
        status: 403,
        code: 'forbidden',
        message: 'Access denied',
        request_id: 'q9'
      })
    )
    const result = await testClient(transport).client.call(post)
    expect(result).toMatchObject({ ok: false, status: 403, requestId: 'q9', attempts: 1 })
    expect(result.ok ? '' : result.error).toMatch(
      /^Box API 403 forbidden on users\/terminate_sessions: Access denied \(request id q9\)\. Hint: the account the action acts as must be a Box admin or co-admin allowed to manage users/
    )
  })

  it('treats any 2xx as success and warns when the body is not JSON', async () => {
    const { transport } = scriptedTransport({ status: 200, headers: {} })
    const result = await testClient(transport).client.call(post)
    expect(result).toMatchObject({ ok: true, status: 200, value: undefined })
    expect(result.ok && result.warning).toContain('without a JSON body')
  })

  it('refuses a redirect instead of following it', async () => {
    const { transport, requests } = scriptedTransport({
      status: 307,
      headers: { location: 'https://evil.example/x?t=1' }
    })
    const result = await testClient(transport).client.call(post)
    expect(result.ok ? '' : result.error).toBe(
      'Box API 307 redirect on users/terminate_sessions to https://evil.example/x?t=1: redirects are not followed, so the token never leaves base-url; check base-url'
    )
    expect(requests).toHaveLength(1)
  })

  it('retries, labelled, and names the attempts and the network error when retries run out', async () => {
    const reset = () => new NetworkError('socket hang up', 'ECONNRESET', true)
    const { transport } = scriptedTransport(reset(), reset(), reset(), reset())
    const { client, retries } = testClient(transport)
    const result = await client.call({ ...post, label: 'users batch 1' })
    expect(result.ok ? '' : result.error).toBe(
      'Box API users/terminate_sessions: no response after 4 attempts: ECONNRESET socket hang up'
    )
    expect(retries.map(([label, n]) => [label, n.attempt])).toEqual([
      ['users batch 1', 1],
      ['users batch 1', 2],
      ['users batch 1', 3]
    ])
  })

  it('gets a new token once after a 401 with client credentials', async () => {
    const { transport, requests } = scriptedTransport(
      json(200, { access_token: 'old' }),
      json(401, { type: 'error', status: 401, code: 'unauthorized' }),
      json(200, { access_token: 'new' }),
      json(202, { message: 'ok' })
    )
    const result = await testClient(transport, { auth: CCG }).client.call(post)
    expect(result).toMatchObject({ ok: true, attempts: 2 })
    expect(requests.map(r => r.headers.Authorization ?? 'token request')).toEqual([
      'token request',
      'Bearer old',
      'token request',
      'Bearer new'
    ])
  })

  it('gets a new token only once: a second 401 is the call’s failure', async () => {
    const unauthorized = () => json(401, { type: 'error', status: 401, code: 'unauthorized' })
    const { transport, requests } = scriptedTransport(
      json(200, { access_token: 'old' }),
      unauthorized(),
      json(200, { access_token: 'new' }),
      unauthorized()
    )
    const result = await testClient(transport, { auth: CCG }).client.call(post)
    expect(result).toMatchObject({ ok: false, status: 401, attempts: 2 })
    expect(requests).toHaveLength(4)
  })

  it('hides every token Box issues from then on, and labels the token request’s retries', async () => {
    const { transport } = scriptedTransport(
      json(503, {}, { 'retry-after': '1' }),
      json(200, { access_token: 'issued-token-7f3a9c' }),
      json(202, { message: 'ok' })
    )
    const { client, redactor, retries } = testClient(transport, { auth: CCG })
    expect(await client.call(post)).toMatchObject({ ok: true })
    expect(redactor.text('Bearer issued-token-7f3a9c')).toBe('Bearer ***')
    expect(retries.map(([label]) => label)).toEqual(['oauth2/token'])
  })

  it('hides an issued token in any case, however short', async () => {
    const { transport } = scriptedTransport(
      json(200, { access_token: 'tok-7f3a9c2b' }),
      json(202, { message: 'ok' })
    )
    const { client, redactor } = testClient(transport, { auth: CCG })
    expect(await client.call(post)).toMatchObject({ ok: true })
    expect(redactor.text('Bearer TOK-7F3A9C2B')).toBe('Bearer ***')
  })

  it('reports a token failure as the call’s failure', async () => {
    const { transport } = scriptedTransport(
      json(400, { error: 'invalid_client', error_description: 'bad secret' })
    )
    const result = await testClient(transport, { auth: CCG }).client.call(post)
    expect(result).toMatchObject({ ok: false, attempts: 0 })
    expect(result.ok ? '' : result.error).toContain(
      'Box token request failed: HTTP 400 invalid_client: bad secret'
    )
  })

  it('fails a 401 with a plain token at once, with the expiry hint', async () => {
    const { transport, requests } = scriptedTransport(
      json(401, { type: 'error', status: 401, code: 'unauthorized', message: 'Unauthorized' })
    )
    const result = await testClient(transport).client.call(post)
    expect(result.ok ? '' : result.error).toContain(
      'Hint: the access token in box-token is invalid or has expired'
    )
    expect(requests).toHaveLength(1)
  })

  it('says not found only when Box itself says so: a 404 with Box’s error body', async () => {
    const { transport } = scriptedTransport(
      boxError(404, 'not_found'),
      { status: 404, headers: {} },
      json(404, { error: 'Not Found' }),
      boxError(404, 'trashed')
    )
    const { client } = testClient(transport)
    const get = { method: 'GET' as const, path: 'users/9' }
    expect(await client.call(get)).toMatchObject({ ok: false, notFound: true, status: 404 })
    const foreign = await client.call(get)
    expect(foreign).toMatchObject({ ok: false, status: 404 })
    expect(foreign).not.toHaveProperty('notFound')
    expect(foreign.ok ? '' : foreign.error).toContain(
      'this 404 did not carry Box’s error body, so a proxy or gateway may have sent it'
    )
    expect(await client.call(get)).not.toHaveProperty('notFound')
    expect(await client.call(get)).not.toHaveProperty('notFound')
  })

  it('sends nothing once the run is stopping, and says the call was cancelled', async () => {
    const { transport, requests } = scriptedTransport(json(202, { message: 'ok' }))
    const { client, stop } = testClient(transport)
    stop.stop()
    const result = await client.call({ ...post, label: 'users batch 2' })
    expect(result).toMatchObject({ ok: false, cancelled: true, sent: false, attempts: 0 })
    expect(result.ok ? '' : result.error).toBe(
      'users batch 2: the run was cancelled before this request was sent'
    )
    expect(requests).toHaveLength(0)
  })

  it('authenticates once, or says why Box refused', async () => {
    const ok = testClient(scriptedTransport(json(200, { access_token: 'a1' })).transport, {
      auth: CCG
    })
    expect(await ok.client.authenticate()).toMatchObject({ ok: true })
    const refused = testClient(
      scriptedTransport(json(400, { error: 'invalid_grant', error_description: 'nope' })).transport,
      { auth: CCG }
    )
    const answer = await refused.client.authenticate()
    expect(answer.ok ? '' : answer.error).toContain('HTTP 400 invalid_grant: nope')
  })
})
