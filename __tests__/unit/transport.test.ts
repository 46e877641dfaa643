import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import net from 'node:net'
import { startFakeBox } from '../../harness/fake-box.js'
import { NetworkError } from '../../src/errors.js'
import { createTransport } from '../../src/net/http.js'
import { createStop } from '../../src/net/stop.js'
import { createRedactor, type Redactor } from '../../src/redact.js'

const redactor = createRedactor(['echoed-secret-1234'])
const transport = createTransport('ua-test', redactor)

describe('transport', () => {
  let box: Awaited<ReturnType<typeof startFakeBox>>
  beforeAll(async () => {
    box = await startFakeBox({ tokens: ['t0k3n'] })
  })
  afterAll(async () => {
    await box.stop()
  })

  it('sends the request and returns status, headers and the body read as JSON', async () => {
    const response = await transport(
      {
        method: 'POST',
        url: `${box.url}/2.0/groups/terminate_sessions`,
        headers: { Authorization: 'Bearer t0k3n', 'Content-Type': 'application/json' },
        body: '{"group_ids":["1"]}'
      },
      5000
    )
    expect(response.status).toBe(202)
    expect(response.json?.message).toContain('Request is successful')
    expect(response).not.toHaveProperty('bodyStart')
    expect(response.headers['box-request-id']).toMatch(/^[0-9a-f]{12}$/)
    expect(box.requests.at(-1)?.headers['content-length']).toBe('19')
  })

  it('returns a redirect instead of following it', async () => {
    box.script('users', { status: 301, redirect: 'http://127.0.0.1:9/elsewhere' })
    const response = await transport(
      { method: 'POST', url: `${box.url}/2.0/users/terminate_sessions`, headers: {}, body: '{}' },
      5000
    )
    expect([response.status, response.headers.location]).toEqual([
      301,
      'http://127.0.0.1:9/elsewhere'
    ])
  })

  it('gives up on a request that takes longer than its timeout', async () => {
    box.script('users', { hang: true })
    const started = Date.now()
    const failure = transport(
      { method: 'POST', url: `${box.url}/2.0/users/terminate_sessions`, headers: {}, body: '{}' },
      300
    )
    await expect(failure).rejects.toThrow(
      new NetworkError('no complete response within 0.3 s', 'ETIMEDOUT', true)
    )
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('cuts the connection of a request that ran out of time', async () => {
    // A server that reads the request and never answers, and reports when the client hangs up.
    let closed!: () => void
    const hungUp = new Promise<void>(resolve => (closed = resolve))
    const silent = net.createServer(socket => {
      socket.resume()
      socket.on('close', closed)
    })
    await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = silent.address() as net.AddressInfo
      const failure = transport(
        { method: 'GET', url: `http://127.0.0.1:${port}/2.0/users/me`, headers: {} },
        200
      )
      await expect(failure).rejects.toMatchObject({ code: 'ETIMEDOUT' })
      await hungUp
    } finally {
      silent.close()
    }
  })

  const post = { method: 'POST' as const, headers: {}, body: '{}' }
  const users = () => ({ ...post, url: `${box.url}/2.0/users/terminate_sessions` })

  // Only the late body needs a short deadline; the others have a long one, so that a busy machine
  // cannot turn them into a late body.
  it.each([
    ['too large', { rawBody: 'x'.repeat(1.5 * 1024 * 1024) }, 5000, 'larger than 1 MiB', true],
    [
      'cut',
      { rawBody: '{"message": "never whole"}', cutAfterBytes: 5 },
      5000,
      'closed before',
      undefined
    ],
    [
      'late',
      { json: { message: 'slow' }, trickle: { chunks: 10, intervalMs: 100 } },
      300,
      'within 0.3 s',
      undefined
    ]
  ] as const)(
    'answers a 2xx whose body is %s with the status and a body problem, not an error',
    async (_what, fault, timeoutMs, problem, tooLarge) => {
      box.script('users', { status: 202, ...fault })
      const response = await transport(users(), timeoutMs)
      expect(response.status).toBe(202)
      expect(response.json).toBeUndefined()
      expect(response.bodyProblem).toContain(problem)
      expect(response.bodyStart).toBeUndefined()
      expect(response.bodyTooLarge).toBe(tooLarge)
    }
  )

  it('still fails a non-2xx whose body cannot be read, retryable only when a retry may pass', async () => {
    box.script('users', { status: 500, rawBody: 'x'.repeat(1024 * 1024 + 1) })
    await expect(transport(users(), 5000)).rejects.toMatchObject({
      code: 'EBODYTOOLARGE',
      retryable: false
    })
    box.script('users', { status: 503, rawBody: 'unavailable', cutAfterBytes: 3 })
    await expect(transport(users(), 5000)).rejects.toMatchObject({
      code: 'ECONNRESET',
      message: 'the connection closed before the response ended',
      retryable: true
    })
    box.script('users', {
      status: 502,
      json: { message: 'slow' },
      trickle: { chunks: 10, intervalMs: 100 }
    })
    await expect(transport(users(), 300)).rejects.toMatchObject({
      code: 'ETIMEDOUT',
      retryable: true
    })
  })

  it('reads every status from 200 to 299 as a 2xx whose cut body is a body problem, and 300 not', async () => {
    const cut = { rawBody: '{"message": "never whole"}', cutAfterBytes: 5 }
    for (const status of [200, 299]) {
      box.script('users', { status, ...cut })
      expect(await transport(users(), 5000)).toMatchObject({
        status,
        bodyProblem: 'the connection closed before the response ended'
      })
    }
    box.script('users', { status: 300, ...cut })
    await expect(transport(users(), 5000)).rejects.toMatchObject({ code: 'ECONNRESET' })
  })

  it('reads a body of exactly 1 MiB', async () => {
    box.script('users', { status: 500, rawBody: 'x'.repeat(1024 * 1024) })
    expect(await transport(users(), 5000)).toMatchObject({ status: 500 })
  })

  it('says whether the request reached the server whole', async () => {
    box.script('users', { reset: 'after-body' })
    await expect(transport(users(), 5000)).rejects.toMatchObject({
      code: 'ECONNRESET',
      sent: true,
      retryable: true
    })
    box.script('users', { hang: true })
    await expect(transport(users(), 200)).rejects.toMatchObject({ code: 'ETIMEDOUT', sent: true })
    const refused = transport(
      { ...post, url: 'http://127.0.0.1:9/2.0/users/terminate_sessions' },
      5000
    )
    await expect(refused).rejects.toMatchObject({
      code: 'ECONNREFUSED',
      sent: false,
      retryable: true
    })
    const bad = transport({ ...users(), headers: { Authorization: 'Bearer a\nb' } }, 5000)
    await expect(bad).rejects.toMatchObject({
      code: 'ERR_INVALID_CHAR',
      sent: false,
      retryable: false
    })
  })

  it('redacts a secret in the body once parsed, in the headers and in an error', async () => {
    box.script('users', {
      status: 400,
      json: {
        type: 'error',
        message: 'you sent "echoed-secret-1234"',
        nested: ['echoed-secret-1234']
      },
      headers: { 'box-request-id': 'id-echoed-secret-1234', 'x-echo': 'echoed%2Dsecret-1234' }
    })
    const response = await transport(users(), 5000)
    expect(response.json).toEqual({ type: 'error', message: 'you sent "***"', nested: ['***'] })
    expect(response.headers['box-request-id']).toBe('id-***')
    // A DNS failure names the host: here, one that holds the secret.
    const failure = transport({ ...post, url: 'http://echoed-secret-1234.invalid/' }, 5000)
    await expect(failure).rejects.toBeInstanceOf(NetworkError)
    await expect(failure).rejects.toThrow(/\*\*\*\.invalid/)
  })

  it('names the JSON keys a credential was removed from, and none when there was none', async () => {
    box.script(
      'users',
      {
        status: 200,
        json: { entries: [{ id: '1', login: 'echoed-secret-1234@example.com', name: 'A' }] }
      },
      { status: 200, json: { entries: [{ id: '1', login: 'a@example.com' }] } }
    )
    const first = await transport(users(), 5000)
    expect(first.redactedFields).toEqual(['login'])
    const second = await transport(users(), 5000)
    expect(second.redactedFields).toBeUndefined()
  })

  it('keeps the first 4 KiB of a body that is not JSON, redacted across the cut', async () => {
    const secret = 'echoed-secret-1234'
    const page = `${'<p>'.repeat(1364)}${secret}${'x'.repeat(8000)}`
    box.script(
      'users',
      { status: 200, rawBody: page, headers: { 'content-type': 'text/html' } },
      { status: 200, rawBody: '' }
    )
    const response = await transport(users(), 5000)
    expect(response.json).toBeUndefined()
    expect(response.bodyStart).toBe(`${'<p>'.repeat(1364)}***${'x'.repeat(1)}`)
    expect(response.bodyStart).toHaveLength(4096)
    const empty = await transport(users(), 5000)
    expect(empty.bodyStart).toBeUndefined()
  })

  it('drops a request in flight when the run cuts it, saying it was cancelled', async () => {
    box.script('users', { hang: true })
    const stop = createStop()
    const cut = transport(users(), 60_000, stop.cut)
    // Cut once Box has the whole request and the client's own write has completed (the turn
    // after the request's arrival, as both ends live in this process).
    void box
      .when('users', 1)
      .then(() => new Promise(resolve => setImmediate(resolve)))
      .then(() => stop.cutNow())
    await expect(cut).rejects.toMatchObject({
      code: 'ECANCELED',
      message: 'the run was cancelled before Box answered',
      retryable: false,
      sent: true
    })
    const already = transport(users(), 60_000, stop.cut)
    await expect(already).rejects.toMatchObject({ code: 'ECANCELED' })
  })

  it('closes the connection of a request the run cuts', async () => {
    let closed!: () => void
    const hungUp = new Promise<void>(resolve => (closed = resolve))
    const stop = createStop()
    const silent = net.createServer(socket => {
      socket.once('data', () => stop.cutNow())
      socket.on('close', closed)
    })
    await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = silent.address() as net.AddressInfo
      const request = { method: 'GET' as const, url: `http://127.0.0.1:${port}/2.0/users/me` }
      const failure = transport({ ...request, headers: {} }, 60_000, stop.cut)
      await expect(failure).rejects.toMatchObject({ code: 'ECANCELED' })
      await hungUp
    } finally {
      silent.close()
    }
  })

  it('builds what the redactor looks for while Box answers, and redacts the answer with it', async () => {
    const real = createRedactor(['prepared-secret-5d2f'])
    let prepared: () => void = () => undefined
    const preparing = new Promise<void>(resolve => (prepared = resolve))
    const watched: Redactor = {
      add: (secret, options) => real.add(secret, options),
      text: text => real.text(text),
      json: (value, changed) => real.json(value, changed),
      start: (text, length) => real.start(text, length),
      prepare: () => {
        real.prepare()
        prepared()
      },
      get removed() {
        return real.removed
      }
    }
    box.script('me', { status: 200, json: { type: 'user', id: '1', name: 'prepared-secret-5d2f' } })
    const release = box.holdAnswers('me')
    const answer = createTransport('ua-test', watched)(
      { method: 'GET', url: `${box.url}/2.0/users/me`, headers: { Authorization: 'Bearer t0k3n' } },
      5000
    )
    // Box's answer is held: only the wait can have prepared the redactor.
    await preparing
    release()
    expect((await answer).json).toMatchObject({ name: '***' })
    expect(real.removed).toBe(1)
  })

  it('sends a run’s requests over one kept-alive connection', async () => {
    let connections = 0
    const server = http.createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}')
    })
    server.on('connection', () => connections++)
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as net.AddressInfo
      const request = { method: 'GET' as const, url: `http://127.0.0.1:${port}/`, headers: {} }
      const own = createTransport('ua-test', createRedactor())
      expect(await own(request, 5000)).toMatchObject({ status: 200 })
      expect(await own(request, 5000)).toMatchObject({ status: 200 })
      expect(connections).toBe(1)
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })
})
