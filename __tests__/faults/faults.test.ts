import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { SUCCESS_MESSAGE, startFakeBox } from '../../harness/fake-box.js'
import type { ActionRun, StartedAction } from '../../harness/run-action.js'
import { OUTPUT_NAMES } from '../../src/inputs.js'
import { e2eStage, runtimes } from '../helpers/e2e.js'

type Box = Awaited<ReturnType<typeof startFakeBox>>
type Route = Parameters<Box['script']>[0]

const TOKEN = 'fault-static-token-a1b2c3'
const CLIENT_ID = 'faultclient'
const CLIENT_SECRET = 'fault-client-secret-9z8y'
const boxError = (status: number, code: string) => ({
  type: 'error',
  status,
  code,
  message: `Box says ${code}`,
  request_id: `rid-${status}`
})

interface Fault {
  name: string
  /** Scripts the fake before the run; may return a promise that the run waits for at the end. */
  setup?: (box: Box) => void
  inputs?: Record<string, string>
  ccg?: boolean
  code: 0 | 1
  requests: Partial<Record<Route, number>>
  /**
   * The wait the action plans before its first retry, as its log states it ("retrying in 1.0 s"),
   * in seconds, inclusive bounds from the retry rules. The first two requests to `gapRoute`
   * (default users) are then at least that far apart, plus `waitsFirstMs` (a request timeout).
   */
  plan?: [number, number]
  waitsFirstMs?: number
  gapRoute?: Route
  outputs?: Record<string, string>
  log?: string[]
  /** The runner's RUNNER_TEMP, from a fresh folder of the test's own; null leaves it unset. */
  runnerTemp?: (base: string) => string | null
  /** Acts on what the running action prints or what Box receives (a signal on an event). */
  onStart?: (started: StartedAction, box: Box) => void
  /** Whether `result` says every target ended well; the step's exit code when not given. */
  resultOk?: boolean
  check?: (run: ActionRun, box: Box) => void
}

/** A folder the action may not write in, whoever runs the tests (root ignores a folder's mode). */
function readOnlyFolder(base: string): string {
  if (process.getuid?.() === 0) return '/sys'
  const folder = path.join(base, 'read-only')
  fs.mkdirSync(folder)
  fs.chmodSync(folder, 0o555)
  return folder
}

const retryAfter = (value: string) => ({
  status: 429,
  headers: { 'retry-after': value },
  json: boxError(429, 'rate_limit_exceeded')
})
const FAULTS: Fault[] = [
  {
    name: '429 with Retry-After in seconds',
    setup: b => b.script('users', retryAfter('1')),
    code: 0,
    requests: { users: 2 },
    plan: [1, 1]
  },
  (() => {
    // The date is written when the request arrives, on a whole second 2 to 3 s ahead: the retry
    // reaches Box no earlier than that second.
    let until = 0
    return {
      name: '429 with Retry-After as an HTTP date',
      setup: (b: Box) =>
        b.script('users', () => {
          until = Math.ceil((Date.now() + 2000) / 1000) * 1000
          return retryAfter(new Date(until).toUTCString())
        }),
      code: 0 as const,
      requests: { users: 2 },
      plan: [0, 3] as [number, number],
      check: (_run: ActionRun, box: Box) => {
        const second = box.requestsTo('users')[1]
        expect(second?.at ?? 0).toBeGreaterThanOrEqual(until - 20)
      }
    }
  })(),
  {
    name: '429 without Retry-After (backoff)',
    setup: b => b.script('users', { status: 429 }),
    code: 0,
    requests: { users: 2 },
    plan: [0.7, 1.3]
  },
  {
    name: '500 then success',
    setup: b => b.script('users', { status: 500 }),
    code: 0,
    requests: { users: 2 },
    plan: [0.7, 1.3]
  },
  {
    name: '502 then success',
    setup: b => b.script('users', { status: 502, rawBody: '<html>Bad Gateway</html>' }),
    code: 0,
    requests: { users: 2 }
  },
  {
    name: '503 then success',
    setup: b => b.script('users', { status: 503 }),
    code: 0,
    requests: { users: 2 }
  },
  {
    name: '504 then success',
    setup: b => b.script('users', { status: 504 }),
    code: 0,
    requests: { users: 2 }
  },
  {
    name: '503 with Retry-After',
    setup: b => b.script('users', { status: 503, headers: { 'retry-after': '2' } }),
    code: 0,
    requests: { users: 2 },
    plan: [2, 2]
  },
  {
    name: 'connection reset before the request body',
    setup: b => b.script('users', { reset: 'before-body' }),
    code: 0,
    requests: { users: 2 },
    log: ['attempt 1 failed (ECONNRESET']
  },
  {
    name: 'connection reset after the request body',
    setup: b => b.script('users', { reset: 'after-body' }),
    code: 0,
    requests: { users: 2 },
    log: ['attempt 1 failed (ECONNRESET']
  },
  {
    name: 'server accepts and never answers (request timeout, then retry)',
    setup: b => b.script('users', { hang: true }),
    inputs: { 'request-timeout': '1' },
    code: 0,
    requests: { users: 2 },
    plan: [0.7, 1.3],
    waitsFirstMs: 1000,
    log: ['attempt 1 failed (ETIMEDOUT: no complete response within 1 s)']
  },
  {
    name: 'slow trickling body within the timeout',
    setup: b =>
      b.script('users', {
        status: 202,
        json: { message: 'slow but whole' },
        trickle: { chunks: 5, intervalMs: 100 }
      }),
    code: 0,
    requests: { users: 1 },
    outputs: { message: 'slow but whole' }
  },
  {
    name: 'a 202 whose body trickles past the timeout (not an acceptance: re-sent)',
    setup: b =>
      b.script('users', {
        status: 202,
        json: { message: 'too slow' },
        trickle: { chunks: 30, intervalMs: 100 }
      }),
    inputs: { 'request-timeout': '1' },
    code: 0,
    requests: { users: 2 },
    outputs: { message: SUCCESS_MESSAGE },
    log: [
      'attempt 1 failed (HTTP 202, its body did not arrive whole (no complete response within 1 s))'
    ]
  },
  {
    name: 'truncated JSON in a 202, every time: failed once retries run out',
    setup: b =>
      b.script(
        'users',
        { status: 202, rawBody: '{"message": "Request is succ' },
        { status: 202, rawBody: '{"message": "Request is succ' }
      ),
    inputs: { 'max-retries': '1' },
    code: 1,
    requests: { users: 2 },
    outputs: { message: '', 'failed-count': '1' },
    log: [
      "Box API 202 on users/terminate_sessions after 2 attempts: not Box's acceptance, as its body is not a JSON object (application/json)"
    ]
  },
  {
    name: 'connection cut in the middle of a 202 body (not an acceptance: re-sent)',
    setup: b =>
      b.script('users', {
        status: 202,
        rawBody: JSON.stringify({ message: 'never whole' }),
        cutAfterBytes: 10
      }),
    code: 0,
    requests: { users: 2 },
    outputs: { message: SUCCESS_MESSAGE },
    log: [
      'attempt 1 failed (HTTP 202, its body did not arrive whole (the connection closed before the response ended))'
    ]
  },
  {
    name: 'connection cut in the middle of a 503 body (retried)',
    setup: b =>
      b.script('users', { status: 503, rawBody: 'Service Unavailable', cutAfterBytes: 5 }),
    code: 0,
    requests: { users: 2 },
    outputs: { message: SUCCESS_MESSAGE },
    log: ['attempt 1 failed (ECONNRESET']
  },
  {
    name: 'non-JSON 2xx (a proxy’s sign-in page): not an acceptance, re-sent',
    setup: b =>
      b.script('users', {
        status: 200,
        rawBody: '<html>Sign in</html>',
        headers: { 'content-type': 'text/html' }
      }),
    code: 0,
    requests: { users: 2 },
    outputs: { message: SUCCESS_MESSAGE },
    log: [
      'attempt 1 failed (HTTP 200, its body is not a JSON object (text/html), and begins "<html>Sign in</html>")'
    ]
  },
  {
    name: 'a 202 carrying Box’s error body, then a 207: neither is an acceptance',
    setup: b =>
      b.script(
        'users',
        { status: 202, json: boxError(400, 'bad_request') },
        { status: 207, json: { message: 'some' } }
      ),
    code: 0,
    requests: { users: 3 },
    outputs: { message: SUCCESS_MESSAGE },
    log: [
      "attempt 1 failed (HTTP 202, its body is Box's error body (bad_request: Box says bad_request))",
      'attempt 2 failed (HTTP 207, a 207 (Multi-Status) accepts no request whole)'
    ]
  },
  {
    name: 'a 2xx whose body is over the size cap: failed at once, not re-sent',
    setup: b => b.script('users', { status: 200, rawBody: 'x'.repeat(1.5 * 1024 * 1024) }),
    code: 1,
    requests: { users: 1 },
    outputs: { message: '', 'failed-count': '1' },
    log: [
      "Box API 200 on users/terminate_sessions: not Box's acceptance, as its body did not arrive whole (the response body is larger than 1 MiB)"
    ]
  },
  {
    name: 'empty 2xx: not an acceptance, re-sent',
    setup: b => b.script('users', { status: 204 }),
    code: 0,
    requests: { users: 2 },
    outputs: { message: SUCCESS_MESSAGE },
    log: ['attempt 1 failed (HTTP 204, its body is not a JSON object (application/json))']
  },
  {
    name: '401 with a static token',
    setup: b => b.script('users', { status: 401, json: boxError(401, 'unauthorized') }),
    code: 1,
    requests: { users: 1 },
    log: ['Hint: the access token in box-token is invalid or has expired']
  },
  {
    name: '401 with client credentials (one re-authentication)',
    ccg: true,
    setup: b => b.script('users', { status: 401, json: boxError(401, 'unauthorized') }),
    code: 0,
    requests: { token: 2, users: 2 }
  },
  {
    name: 'token endpoint 5xx, then success',
    ccg: true,
    setup: b => b.script('token', { status: 500 }),
    code: 0,
    requests: { token: 2, users: 1 },
    plan: [0.7, 1.3],
    gapRoute: 'token'
  },
  {
    name: 'token endpoint invalid_grant',
    ccg: true,
    setup: b =>
      b.script('token', {
        status: 400,
        json: { error: 'invalid_grant', error_description: 'Grant credentials are invalid' }
      }),
    code: 1,
    requests: { token: 1, users: 0 },
    log: ['invalid_grant: Grant credentials are invalid']
  },
  {
    name: 'retries exhausted',
    setup: b =>
      b.script(
        'users',
        { status: 500 },
        { status: 503 },
        { status: 500, json: boxError(500, 'internal_server_error') }
      ),
    inputs: { 'max-retries': '2' },
    code: 1,
    requests: { users: 3 },
    log: [
      'Box API 500 internal_server_error on users/terminate_sessions: Box says internal_server_error (request id rid-500) after 3 attempts'
    ]
  },
  {
    name: 'network errors until retries run out',
    setup: b => b.script('users', { reset: 'after-body' }, { reset: 'after-body' }),
    inputs: { 'max-retries': '1' },
    code: 1,
    requests: { users: 2 },
    log: ['Box API users/terminate_sessions: no response after 2 attempts: ECONNRESET']
  },
  {
    name: 'users fail while groups succeed',
    setup: b => b.script('users', { status: 403, json: boxError(403, 'forbidden') }),
    inputs: { 'group-ids': '77' },
    code: 1,
    requests: { users: 1, groups: 1 },
    outputs: { 'users-message': '', 'groups-message': SUCCESS_MESSAGE, message: SUCCESS_MESSAGE }
  },
  {
    name: 'groups fail while users succeed',
    setup: b => b.script('groups', { status: 404, json: boxError(404, 'not_found') }),
    inputs: { 'group-ids': '77' },
    code: 1,
    requests: { users: 1, groups: 1 },
    outputs: { 'users-message': SUCCESS_MESSAGE, 'groups-message': '', message: SUCCESS_MESSAGE }
  },
  {
    name: 'RUNNER_TEMP is a file: every output set, the step fails naming the folder',
    runnerTemp: base => {
      fs.writeFileSync(path.join(base, 'file'), '')
      return path.join(base, 'file')
    },
    code: 1,
    resultOk: true,
    requests: { users: 1 },
    outputs: {
      message: SUCCESS_MESSAGE,
      'report-file': '',
      'failed-targets-file': '',
      'failed-count': '0'
    },
    log: ['The folder for report-file and failed-targets-file could not be written to', 'ENOTDIR']
  },
  {
    name: 'RUNNER_TEMP is a missing folder',
    runnerTemp: base => path.join(base, 'gone', 'temp'),
    code: 1,
    resultOk: true,
    requests: { users: 1 },
    outputs: { message: SUCCESS_MESSAGE, 'report-file': '' },
    log: ['could not be written to', 'ENOENT']
  },
  {
    name: 'RUNNER_TEMP is a folder the action may not write in, and a batch failed: its targets named in the log',
    runnerTemp: readOnlyFolder,
    setup: b => b.script('users', { status: 500 }),
    inputs: { 'max-retries': '0' },
    code: 1,
    requests: { users: 1 },
    outputs: { 'report-file': '', 'failed-targets-file': '', 'failed-count': '1' },
    log: [
      '::group::Not accepted by Box: 1 target (the remainder file could not be written)',
      '1 user ID, 1–1: 1001',
      'could not be written to'
    ]
  },
  {
    name: 'RUNNER_TEMP is empty: files in the OS temp folder, at an absolute path',
    runnerTemp: () => '',
    code: 0,
    requests: { users: 1 },
    check: r => expect(path.dirname(path.dirname(r.outputs['report-file'] ?? ''))).toBe(os.tmpdir())
  },
  {
    name: 'RUNNER_TEMP is unset: files in the OS temp folder',
    runnerTemp: () => null,
    code: 0,
    requests: { users: 1 },
    check: r => expect(path.dirname(path.dirname(r.outputs['report-file'] ?? ''))).toBe(os.tmpdir())
  },
  {
    name: 'SIGINT while batches are in flight: they finish, nothing more starts',
    // Box answers nothing until the action has taken the signal, sent once all four are in flight.
    onStart: (started, box) => {
      const release = box.holdAnswers()
      void box.when('users', 4).then(() => started.child.kill('SIGINT'))
      void started.printed(/Received SIGINT/).then(release, release)
    },
    inputs: {
      'user-ids': '1001, 1002, 1003, 1004, 1005, 1006',
      'batch-size': '1',
      'verify-targets': 'false'
    },
    code: 1,
    requests: { users: 4 },
    outputs: { 'users-message': SUCCESS_MESSAGE, 'failed-count': '2' },
    log: ['Received SIGINT', 'Cancelled: Box accepted 4 of 6 targets; the 2 others are in']
  },
  (() => {
    // From the action's own line saying it took the signal to its exit: the 5 s grace, not the
    // request's own 60 s timeout.
    let receivedAt = 0
    let endedAt = 0
    return {
      name: 'SIGTERM while a batch hangs: cut after 5 s, recorded as failed',
      setup: (b: Box) => b.script('users', { hang: true }),
      inputs: { 'request-timeout': '60' },
      onStart: (started: StartedAction, box: Box) => {
        void box.when('users', 1).then(() => started.child.kill('SIGTERM'))
        void started.printed(/Received SIGTERM/).then(at => (receivedAt = at))
        void started.done.then(() => (endedAt = Date.now()))
      },
      code: 1 as const,
      requests: { users: 1 },
      outputs: { 'failed-count': '1' },
      log: ['Cancelled: Box accepted 0 of 1 target; the other is in'],
      check: () => {
        expect(receivedAt).toBeGreaterThan(0)
        expect(endedAt - receivedAt).toBeGreaterThanOrEqual(4500)
        expect(endedAt - receivedAt).toBeLessThan(20_000)
      }
    }
  })(),
  {
    name: 'error body larger than 1 MiB',
    setup: b => b.script('users', { status: 500, rawBody: 'x'.repeat(1.5 * 1024 * 1024) }),
    code: 1,
    requests: { users: 1 },
    log: ['the response body is larger than 1 MiB']
  }
]

describe.each(runtimes())('fault matrix on %s', (_label, node) => {
  const stage = e2eStage(node, { clients: { [CLIENT_ID]: { secret: CLIENT_SECRET } } }, TOKEN)

  function run(
    fault: Pick<Fault, 'inputs' | 'ccg' | 'runnerTemp'>,
    baseUrl = stage.box.url,
    onStart?: (started: StartedAction) => void
  ): Promise<ActionRun> {
    const auth: Record<string, string> = fault.ccg
      ? {
          'box-token': '',
          'box-client-id': CLIENT_ID,
          'box-client-secret': CLIENT_SECRET,
          'box-enterprise-id': '1'
        }
      : {}
    return stage.run(
      { 'user-ids': '1001', 'base-url': baseUrl, ...auth, ...fault.inputs },
      {
        secrets: fault.ccg ? [CLIENT_SECRET] : [],
        runnerTemp: fault.runnerTemp?.(path.dirname(stage.runnerTemp)),
        onStart
      }
    )
  }

  it.each(FAULTS.map(f => [f.name, f] as const))('%s', async (_name, fault) => {
    fault.setup?.(stage.box)
    const r = await run(fault, stage.box.url, started => fault.onStart?.(started, stage.box))
    expect(r.code).toBe(fault.code)
    for (const [route, count] of Object.entries(fault.requests)) {
      expect([route, stage.box.requestsTo(route as Route).length]).toEqual([route, count])
    }
    // The wait as planned and logged; the retry no earlier than that (the log rounds the wait to
    // a tenth of a second; timers are never early). No upper bound: a loaded machine is slow.
    const planned = Number(/retrying in ([0-9.]+) s/.exec(r.stdout)?.[1] ?? NaN)
    const [first, second] = stage.box.requestsTo(fault.gapRoute ?? 'users')
    const gap = (second?.at ?? 0) - (first?.at ?? 0)
    const timing = fault.plan && {
      planned,
      asPlanned: planned >= fault.plan[0] && planned <= fault.plan[1],
      waitedAsPlanned: gap >= (fault.waitsFirstMs ?? 0) + planned * 1000 - 50
    }
    expect(timing).toEqual(fault.plan && { planned, asPlanned: true, waitedAsPlanned: true })
    expect(Object.keys(r.outputs).sort()).toEqual([...OUTPUT_NAMES].sort())
    expect(r.outputs).toMatchObject(fault.outputs ?? {})
    const result = JSON.parse(r.outputs.result ?? '')
    expect(result.ok).toBe(fault.resultOk ?? fault.code === 0)
    fault.check?.(r, stage.box)
    for (const line of fault.log ?? []) expect(r.stdout).toContain(line)
    expect(/^::error::/m.test(r.stdout)).toBe(fault.code === 1)
    expect(r.stdout).not.toContain('Unexpected error')
    expect(stage.box.violations).toEqual([])
    // Every file output is an absolute path to the file, or empty.
    for (const name of ['report-file', 'failed-targets-file']) {
      const file = r.outputs[name] ?? ''
      expect(file === '' || (path.isAbsolute(file) && r.files[name] !== undefined)).toBe(true)
    }
  })

  it('connection refused at first, then the server comes up', async () => {
    const port = await freePort()
    let upLate: Promise<Box> | undefined
    // The fake Box starts once the action has said its first attempt was refused.
    const r = await run({}, `http://127.0.0.1:${port}`, started => {
      upLate = started.printed(/attempt 1 failed \(ECONNREFUSED/).then(() => startOnPort(port))
    })
    const box = await (upLate ?? Promise.reject(new Error('the action never started')))
    try {
      expect(r.code).toBe(0)
      expect(r.stdout).toContain('attempt 1 failed (ECONNREFUSED')
      expect(box.requestsTo('users')).toHaveLength(1)
      expect(box.violations).toEqual([])
    } finally {
      await box.stop()
    }
  })

  it('a 3xx to another host: no token forwarded, clear error', async () => {
    const other = await startFakeBox({ tokens: [TOKEN] })
    try {
      stage.box.script('users', {
        status: 307,
        redirect: `${other.url}/2.0/users/terminate_sessions`
      })
      const r = await run({})
      expect(r.code).toBe(1)
      expect(stage.box.requestsTo('users')).toHaveLength(1)
      expect(other.requests).toEqual([])
      expect(r.stdout).toContain(
        `Box API 307 redirect on users/terminate_sessions to ${other.url}/2.0/users/terminate_sessions: redirects are not followed`
      )
    } finally {
      await other.stop()
    }
  })

  it('a run whose Box never answers ends once its retries are spent, the target in the remainder', async () => {
    stage.box.script('users', { hang: true }, { hang: true }, { hang: true })
    const r = await run({ inputs: { 'request-timeout': '1', 'max-retries': '2' } })
    expect(r.code).toBe(1)
    expect(stage.box.requestsTo('users')).toHaveLength(3)
    expect(r.stdout).toContain('no response after 3 attempts: ETIMEDOUT')
    expect(r.outputs['failed-count']).toBe('1')
  })

  it('writes a message with a newline in the delimiter form', async () => {
    stage.box.script('users', { status: 202, json: { message: 'users one' } })
    stage.box.script('groups', { status: 202, json: { message: 'groups two' } })
    const r = await run({ inputs: { 'group-ids': '5' } })
    expect(r.code).toBe(0)
    expect(r.outputFile).toMatch(/^message<<(ghadelimiter_[0-9a-f-]+)\nusers one\ngroups two\n\1$/m)
  })
})

/** A fake Box on `port`, tried again while the port is still held by the socket that freed it. */
async function startOnPort(port: number, tries = 50): Promise<Box> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startFakeBox({ port, tokens: [TOKEN] })
    } catch (error) {
      if ((error as { code?: string }).code !== 'EADDRINUSE' || attempt >= tries) throw error
      await new Promise(resolve => setImmediate(resolve))
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}
