import { describe, expect, it } from '@jest/globals'
import { createPrivateKey, createVerify } from 'node:crypto'
import { createAssertion, JWT_AUDIENCE } from '../../src/auth/jwt-assertion.js'
import type { JwtConfig } from '../../src/auth/jwt-config.js'
import { actingEnterprise } from '../../src/auth/settings.js'
import { createTokenRequester } from '../../src/auth/token-request.js'
import { AuthError } from '../../src/errors.js'
import { createGate } from '../../src/net/gate.js'
import { createStop } from '../../src/net/stop.js'
import { createTokenSource } from '../../src/auth/token-source.js'
import { generateAppKeys, PASSPHRASE } from '../helpers/keys.js'
import { fakeClock } from '../helpers/fake-clock.js'
import { json, scriptedTransport } from '../helpers/fake-transport.js'

const keys = generateAppKeys()
const privateKey = createPrivateKey({ key: keys.privateKeyPem, passphrase: PASSPHRASE })

function decode(jwt: string) {
  const [h, c, s] = jwt.split('.') as [string, string, string]
  return {
    header: JSON.parse(Buffer.from(h, 'base64url').toString()),
    claims: JSON.parse(Buffer.from(c, 'base64url').toString()),
    valid: createVerify('RSA-SHA256')
      .update(`${h}.${c}`)
      .verify(keys.publicKeyPem, Buffer.from(s, 'base64url'))
  }
}

describe('createAssertion', () => {
  it('signs RS256 with kid and carries every claim Box needs', () => {
    const jwt = createAssertion({
      clientId: 'client-1',
      publicKeyId: 'kid-9',
      privateKey,
      subject: { type: 'enterprise', id: '123' },
      nowSeconds: 1_800_000_000
    })
    const { header, claims, valid } = decode(jwt)
    expect(valid).toBe(true)
    expect(header).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'kid-9' })
    expect(claims).toEqual({
      iss: 'client-1',
      sub: '123',
      box_sub_type: 'enterprise',
      aud: JWT_AUDIENCE,
      jti: expect.any(String),
      iat: 1_800_000_000,
      exp: 1_800_000_045
    })
    expect(claims.jti.length).toBeGreaterThanOrEqual(16)
    expect(claims.jti.length).toBeLessThanOrEqual(128)
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(60)
  })

  it('uses a new jti each time and signs for a user subject', () => {
    const input = {
      clientId: 'c',
      publicKeyId: 'k',
      privateKey,
      subject: { type: 'user' as const, id: '7' },
      nowSeconds: 1
    }
    const a = decode(createAssertion(input))
    const b = decode(createAssertion(input))
    expect(a.claims.jti).not.toBe(b.claims.jti)
    expect(a.claims).toMatchObject({ sub: '7', box_sub_type: 'user' })
  })
})

function requester(
  transport: ReturnType<typeof scriptedTransport>['transport'],
  clock = fakeClock().clock,
  stop = createStop()
) {
  const tokens: string[] = []
  const r = createTokenRequester({
    transport,
    baseUrl: 'https://api.box.com',
    retry: {
      maxRetries: 2,
      requestTimeoutMs: 30_000,
      clock,
      gate: createGate(clock),
      stop
    },
    userAgent: 'ua',
    onToken: t => tokens.push(t),
    onRetry: () => {}
  })
  return { r, tokens }
}

describe('token request', () => {
  it('posts the CCG form and reports the issued token for masking', async () => {
    const { transport, requests } = scriptedTransport(
      json(200, { access_token: 'T1', expires_in: 3600 })
    )
    const { r, tokens } = requester(transport)
    const source = createTokenSource(
      { method: 'ccg', clientId: 'id', clientSecret: 'sec', subject: { type: 'user', id: '5' } },
      r
    )
    expect(await source.get()).toBe('T1')
    expect(tokens).toEqual(['T1'])
    expect(requests[0]?.url).toBe('https://api.box.com/oauth2/token')
    expect(requests[0]?.headers['Content-Type']).toBe('application/x-www-form-urlencoded')
    expect(Object.fromEntries(new URLSearchParams(requests[0]?.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: 'id',
      client_secret: 'sec',
      box_subject_type: 'user',
      box_subject_id: '5'
    })
  })

  it('hands each JWT assertion over before it is sent, to be masked and redacted', async () => {
    const { transport, requests } = scriptedTransport(
      json(503, {}),
      json(200, { access_token: 'T9' })
    )
    const { r } = requester(transport)
    const handed: { assertion: string; requestsBefore: number }[] = []
    const source = createTokenSource(
      {
        method: 'jwt',
        jwt: { clientId: 'jwt-id', clientSecret: 'jwt-sec', publicKeyId: 'kid', privateKey },
        subject: { type: 'enterprise', id: '5' }
      },
      r,
      assertion => handed.push({ assertion, requestsBefore: requests.length })
    )
    expect(await source.get()).toBe('T9')
    const sent = requests.map(q => new URLSearchParams(q.body).get('assertion'))
    // A fresh assertion for each attempt, each handed over before its request left.
    expect(handed).toEqual([
      { assertion: sent[0], requestsBefore: 0 },
      { assertion: sent[1], requestsBefore: 1 }
    ])
    expect(sent[0]).not.toBe(sent[1])
  })

  it('shows error and error_description with a hint', async () => {
    const { transport } = scriptedTransport(
      json(400, { error: 'invalid_grant', error_description: 'Grant credentials are invalid' })
    )
    const { r } = requester(transport)
    const failure = r.fetch(() => ({ grant_type: 'client_credentials' }))
    await expect(failure).rejects.toThrow(AuthError)
    await expect(failure).rejects.toThrow(
      /HTTP 400 invalid_grant: Grant credentials are invalid\. Hint: check that the app is authorised/
    )
  })

  it('retries 5xx, and builds a fresh body for every attempt', async () => {
    const { transport, requests } = scriptedTransport(
      json(503, {}),
      json(200, { access_token: 'T2' })
    )
    const { r } = requester(transport)
    let built = 0
    expect(await r.fetch(() => ({ n: String(++built) }))).toBe('T2')
    expect(requests.map(q => q.body)).toEqual(['n=1', 'n=2'])
  })

  it("retries once with Box's clock when it refuses the assertion's exp", async () => {
    const box = Date.UTC(2026, 10, 30, 12, 10, 0)
    const { clock } = fakeClock(Date.UTC(2026, 10, 30, 12, 0, 0))
    const { transport, requests } = scriptedTransport(
      json(
        400,
        { error: 'invalid_grant', error_description: "Please check the 'exp' claim." },
        { date: new Date(box).toUTCString() }
      ),
      json(200, { access_token: 'T3' })
    )
    const { r } = requester(transport, clock)
    const seen: number[] = []
    expect(await r.fetch(now => (seen.push(now), { now: String(now) }))).toBe('T3')
    expect(seen).toEqual([box / 1000 - 600, box / 1000])
    expect(requests).toHaveLength(2)
  })

  it('renews once however many calls ask together', async () => {
    const { transport, requests } = scriptedTransport(
      json(200, { access_token: 'A' }),
      json(200, { access_token: 'B' })
    )
    const { r } = requester(transport)
    const source = createTokenSource(
      { method: 'ccg', clientId: 'i', clientSecret: 's', subject: { type: 'enterprise', id: '1' } },
      r
    )
    const stale = await source.get()
    const renewed = await Promise.all([
      source.renew(stale),
      source.renew(stale),
      source.renew(stale)
    ])
    expect(renewed).toEqual(['B', 'B', 'B'])
    expect(requests).toHaveLength(2)
  })

  it('never renews a plain token', async () => {
    const { r } = requester(scriptedTransport().transport)
    const source = createTokenSource({ method: 'token', token: 'static' }, r)
    expect(source.canRenew).toBe(false)
    expect(await source.renew('static')).toBe('static')
  })

  it('says a redirect is not followed, a 200 without a token has none, and gives no hint for 429 or 5xx', async () => {
    const failureOf = async (...answers: ReturnType<typeof json>[]) => {
      const { r } = requester(scriptedTransport(...answers).transport)
      return r
        .fetch(() => ({ grant_type: 'client_credentials' }))
        .then(
          () => 'no failure',
          (error: unknown) => (error as Error).message
        )
    }
    expect(await failureOf(json(302, {}))).toBe(
      'Box token request failed: HTTP 302; redirects are not followed, so credentials never leave base-url'
    )
    expect(await failureOf(json(200, { access_token: '' }))).toBe(
      'Box token request failed: HTTP 200; the response had no access_token'
    )
    expect(await failureOf(json(200, { access_token: 7 }))).toBe(
      'Box token request failed: HTTP 200; the response had no access_token'
    )
    expect(await failureOf(json(201, { access_token: 'T' }))).toMatch(
      /^Box token request failed: HTTP 201\. Hint: check that the app is authorised/
    )
    const busy = json(429, { error: 'rate_limited' })
    expect(await failureOf(busy, busy, busy)).toBe(
      'Box token request failed: HTTP 429 rate_limited'
    )
    const down = json(503, { error_description: 'down' })
    expect(await failureOf(down, down, down)).toBe('Box token request failed: HTTP 503 down')
    expect(await failureOf(json(499, { error: 'e', error_description: 'd' }))).toMatch(
      /^Box token request failed: HTTP 499 e: d\. Hint/
    )
  })

  it('keeps the first answer when Box refuses the exp without a Date to correct the clock by', async () => {
    const refusal = json(400, {
      error: 'invalid_grant',
      error_description: 'Please check the exp claim.'
    })
    const { transport, requests } = scriptedTransport(refusal, json(200, { access_token: 'T' }))
    const { r } = requester(transport)
    await expect(r.fetch(() => ({ grant_type: 'x' }))).rejects.toThrow(
      'Box token request failed: HTTP 400 invalid_grant: Please check the exp claim.'
    )
    expect(requests).toHaveLength(1)
    const other = json(
      400,
      { error: 'invalid_grant', error_description: 'Expired claims' },
      {
        date: new Date().toUTCString()
      }
    )
    const second = scriptedTransport(other, json(200, { access_token: 'T' }))
    await expect(requester(second.transport).r.fetch(() => ({ grant_type: 'x' }))).rejects.toThrow(
      'Expired claims'
    )
    expect(second.requests).toHaveLength(1)
  })

  it('signs without telling anyone when no one asked to hear of the assertion', async () => {
    const { transport, requests } = scriptedTransport(json(200, { access_token: 'J' }))
    const source = createTokenSource(
      {
        method: 'jwt',
        jwt: { clientId: 'jwt-id', clientSecret: 'jwt-sec', publicKeyId: 'kid', privateKey },
        subject: { type: 'user', id: '5' }
      },
      requester(transport).r
    )
    expect(source.method).toBe('jwt')
    expect(source.canRenew).toBe(true)
    expect(await source.get()).toBe('J')
    expect(new URLSearchParams(requests[0]?.body).get('grant_type')).toBe(
      'urn:ietf:params:oauth:grant-type:jwt-bearer'
    )
  })

  it('renews before any token was asked for, after a failed one, and keeps a newer token', async () => {
    const { transport, requests } = scriptedTransport(
      json(200, { access_token: 'A' }),
      json(500, {}),
      json(500, {}),
      json(500, {}),
      json(200, { access_token: 'C' }),
      json(200, { access_token: 'D' })
    )
    const source = createTokenSource(
      { method: 'ccg', clientId: 'i', clientSecret: 's', subject: { type: 'enterprise', id: '1' } },
      requester(transport).r
    )
    // Nothing fetched yet: a renewal fetches.
    expect(await source.renew('whatever')).toBe('A')
    // A token other than the stale one is kept.
    expect(await source.renew('older')).toBe('A')
    expect(requests).toHaveLength(1)
    // A renewal that fails leaves no token: the next renewal fetches again.
    await expect(source.renew('A')).rejects.toThrow('HTTP 500')
    expect(await source.renew('A')).toBe('C')
    expect(await source.get()).toBe('C')
    expect(requests).toHaveLength(5)
  })

  it('gets no token once the run is stopping, and says it was cancelled', async () => {
    const { transport, requests } = scriptedTransport(json(200, { access_token: 'T9' }))
    const stop = createStop()
    stop.stop()
    const { r } = requester(transport, fakeClock().clock, stop)
    await expect(r.fetch(() => ({ grant_type: 'client_credentials' }))).rejects.toThrow(
      'No Box token: the run was cancelled before this request was sent'
    )
    expect(requests).toHaveLength(0)
  })
})

describe('actingEnterprise', () => {
  it('is the enterprise the credentials name: an enterprise subject, or a JWT config’s', () => {
    const jwt = { enterpriseId: '77' } as JwtConfig
    const user = { type: 'user', id: '5' } as const
    expect(actingEnterprise({ method: 'token', token: 't' })).toBeUndefined()
    expect(
      actingEnterprise({
        method: 'ccg',
        clientId: 'c',
        clientSecret: 's',
        subject: { type: 'enterprise', id: '42' }
      })
    ).toBe('42')
    expect(
      actingEnterprise({ method: 'ccg', clientId: 'c', clientSecret: 's', subject: user })
    ).toBeUndefined()
    expect(actingEnterprise({ method: 'jwt', jwt, subject: user })).toBe('77')
    expect(actingEnterprise({ method: 'jwt', jwt: {} as JwtConfig, subject: user })).toBeUndefined()
  })
})
