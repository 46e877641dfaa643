import { describe, expect, it } from '@jest/globals'
import { getEventListeners } from 'node:events'
import { NetworkError } from '../../src/errors.js'
import type { HttpResponse } from '../../src/net/http.js'
import {
  backoffMs,
  MAX_WAIT_MS,
  noResponse,
  parseRetryAfter,
  retryDelayMs,
  withRetries,
  type RetryNotice
} from '../../src/net/retry.js'
import { createGate } from '../../src/net/gate.js'
import { systemClock, type Clock } from '../../src/net/clock.js'
import { parseJsonObject } from '../../src/net/json.js'
import { createStop, type StopControl } from '../../src/net/stop.js'
import { fakeClock } from '../helpers/fake-clock.js'
import { isRetriedStatus, isSplitRefusal, isTransientFailure } from '../../src/net/retry-policy.js'

const options = (clock: Clock, maxRetries: number, stop: StopControl = createStop()) => ({
  maxRetries,
  requestTimeoutMs: 30_000,
  clock,
  gate: createGate(clock),
  stop
})

const response = (status: number, headers: Record<string, string> = {}): HttpResponse => ({
  status,
  headers
})

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 0, 1, 0, 0, 0)
  it('reads seconds', () => expect(parseRetryAfter(' 7 ', now)).toBe(7000))
  it('reads an HTTP date', () =>
    expect(parseRetryAfter(new Date(now + 3000).toUTCString(), now)).toBe(3000))
  it('waits nothing for a date in the past', () =>
    expect(parseRetryAfter(new Date(now - 3000).toUTCString(), now)).toBe(0))
  it.each([undefined, '', 'soon', '-1', '1.5', '1 Jan 2026 00:00:09 GMT'])('ignores %j', v =>
    expect(parseRetryAfter(v, now)).toBeUndefined()
  )
})

describe('backoff', () => {
  it('starts near 1 s and doubles, with ±25 % jitter', () => {
    expect(backoffMs(1, 0)).toBe(750)
    expect(backoffMs(1, 1)).toBe(1250)
    expect(backoffMs(2, 0.5)).toBe(2000)
    expect(backoffMs(3, 0.5)).toBe(4000)
  })
  it('never waits more than the cap', () => expect(backoffMs(20, 1)).toBe(MAX_WAIT_MS))
  it('prefers Retry-After and caps it at 60 s', () => {
    const { clock } = fakeClock()
    expect(retryDelayMs(1, '3', clock)).toBe(3000)
    expect(retryDelayMs(1, '3600', clock)).toBe(MAX_WAIT_MS)
    expect(retryDelayMs(2, undefined, clock)).toBe(2000)
  })
})

describe('withRetries', () => {
  function sequence(...steps: (HttpResponse | NetworkError)[]) {
    const timeouts: number[] = []
    const send = (timeoutMs: number) => {
      timeouts.push(timeoutMs)
      const step = steps.shift()
      if (!step) return Promise.reject(new Error('more attempts than scripted'))
      if (step instanceof NetworkError) return Promise.reject(step)
      return Promise.resolve(step)
    }
    return { send, timeouts }
  }

  it('retries 429 and 5xx, honouring Retry-After exactly', async () => {
    const { clock, sleeps } = fakeClock()
    const notices: RetryNotice[] = []
    const { send } = sequence(
      response(429, { 'retry-after': '2' }),
      response(503),
      response(429, { 'retry-after': new Date(clock.now() + 9000).toUTCString() }),
      response(202)
    )
    const outcome = await withRetries(send, options(clock, 5), n => notices.push(n))
    expect(outcome.attempts).toBe(4)
    expect(outcome.last).toEqual({ kind: 'response', response: response(202) })
    expect(sleeps).toEqual([2000, 2000, 5000])
    expect(notices.map(n => [n.reason, n.everyRequestWaits])).toEqual([
      ['HTTP 429', true],
      ['HTTP 503', false],
      ['HTTP 429', true]
    ])
    expect(outcome.sent).toBe(true)
  })

  it('closes the shared gate on a 429 and waits at it before every attempt', async () => {
    const { clock, sleeps } = fakeClock()
    const calls: string[] = []
    let starts = 0
    const gate = {
      wait: () => {
        calls.push('wait')
        return Promise.resolve(1000 * ++starts)
      },
      pause: (ms: number, startedAt?: number) => {
        calls.push(`pause ${ms} for the request started at ${startedAt}`)
        return 110
      }
    }
    const { send } = sequence(response(429, { 'retry-after': '2' }), response(503), response(202))
    const notices: RetryNotice[] = []
    await withRetries(send, { ...options(clock, 5), gate }, notice => notices.push(notice))
    // The 429's wait is the gate's, for every request; the 503's backoff is this call's own. The
    // gate learns its pace from when the refused attempt started, and the notice says what it is.
    expect(calls).toEqual(['wait', 'pause 2000 for the request started at 1000', 'wait', 'wait'])
    expect(sleeps).toEqual([2000])
    expect(notices.map(n => [n.reason, n.paceMs])).toEqual([
      ['HTTP 429', 110],
      ['HTTP 503', undefined]
    ])
  })

  it('says whether any attempt reached the server whole', async () => {
    const { clock } = fakeClock()
    const refused = await withRetries(
      sequence(new NetworkError('refused', 'ECONNREFUSED', true, false)).send,
      options(clock, 0),
      () => {}
    )
    expect(refused.sent).toBe(false)
    const reset = await withRetries(
      sequence(
        new NetworkError('reset', 'ECONNRESET', true, true),
        new NetworkError('refused', 'ECONNREFUSED', true, false)
      ).send,
      options(clock, 1),
      () => {}
    )
    expect(reset.sent).toBe(true)
  })

  it('retries up to 599, and names a network error by its code and words', async () => {
    const { clock } = fakeClock()
    const notices: RetryNotice[] = []
    const outcome = await withRetries(
      sequence(response(599), new NetworkError('socket hang up', 'ECONNRESET', true), response(600))
        .send,
      options(clock, 5),
      n => notices.push(n)
    )
    expect(outcome).toMatchObject({ attempts: 3, last: { response: { status: 600 } } })
    expect(notices.map(n => n.reason)).toEqual(['HTTP 599', 'ECONNRESET: socket hang up'])
  })

  it('lets an error that is not the network’s through', async () => {
    const { clock } = fakeClock()
    const broken = () => Promise.reject(new TypeError('a bug'))
    await expect(withRetries(broken, options(clock, 5), () => {})).rejects.toThrow('a bug')
  })

  it('says how many attempts got no response, one or more', () => {
    const error = new NetworkError('refused', 'ECONNREFUSED', true)
    expect([noResponse(1, error), noResponse(3, error)]).toEqual([
      'no response after 1 attempt: ECONNREFUSED refused',
      'no response after 3 attempts: ECONNREFUSED refused'
    ])
  })

  it.each([400, 401, 403, 404, 409, 499])('never retries %i', async status => {
    const { clock, sleeps } = fakeClock()
    const outcome = await withRetries(sequence(response(status)).send, options(clock, 5), () => {})
    expect([outcome.attempts, sleeps.length]).toEqual([1, 0])
  })

  it('retries transient network errors but not permanent ones', async () => {
    const { clock } = fakeClock()
    const transient = await withRetries(
      sequence(new NetworkError('reset', 'ECONNRESET', true), response(202)).send,
      options(clock, 5),
      () => {}
    )
    expect(transient.attempts).toBe(2)
    const permanent = await withRetries(
      sequence(new NetworkError('bad cert', 'CERT_HAS_EXPIRED', false)).send,
      options(clock, 5),
      () => {}
    )
    expect(permanent).toMatchObject({ attempts: 1, last: { kind: 'network' } })
  })

  it('stops after max-retries and returns the last answer', async () => {
    const { clock, sleeps } = fakeClock()
    const outcome = await withRetries(
      sequence(response(500), response(502), response(504)).send,
      options(clock, 2),
      () => {}
    )
    expect(outcome).toMatchObject({
      attempts: 3,
      cancelled: false,
      last: { response: { status: 504 } }
    })
    expect(sleeps).toEqual([1000, 2000])
  })

  it('gives every attempt the whole request timeout: the job’s timeout-minutes bounds the run', async () => {
    const { clock } = fakeClock()
    const { send, timeouts } = sequence(response(503), response(503), response(202))
    await withRetries(send, options(clock, 5), () => {})
    expect(timeouts).toEqual([30_000, 30_000, 30_000])
  })

  it('starts no attempt once the run is stopping, and says the call was cancelled', async () => {
    const { clock } = fakeClock()
    const stop = createStop()
    stop.stop()
    const { send, timeouts } = sequence(response(202))
    const outcome = await withRetries(send, options(clock, 5, stop), () => {})
    expect(timeouts).toEqual([])
    expect(outcome).toMatchObject({
      attempts: 0,
      cancelled: true,
      sent: false,
      last: { kind: 'network', error: { code: 'ECANCELED' } }
    })
  })

  it('does not retry once the run is stopping, keeping the answer it had', async () => {
    const { clock, sleeps } = fakeClock()
    const stop = createStop()
    const steps = sequence(response(503), response(202))
    const send = (ms: number) => {
      stop.stop()
      return steps.send(ms)
    }
    const outcome = await withRetries(send, options(clock, 5, stop), () => {})
    expect(outcome).toMatchObject({
      attempts: 1,
      cancelled: true,
      sent: true,
      last: { response: { status: 503 } }
    })
    expect(sleeps).toEqual([])
  })

  it('keeps an answer that came while the run was stopping', async () => {
    const { clock } = fakeClock()
    const stop = createStop()
    const send = () => {
      stop.stop()
      return Promise.resolve(response(202))
    }
    const outcome = await withRetries(send, options(clock, 5, stop), () => {})
    expect(outcome).toMatchObject({
      attempts: 1,
      cancelled: false,
      last: { response: { status: 202 } }
    })
  })

  it('calls a request cut by the run cancelled, and never retries it', async () => {
    const { clock } = fakeClock()
    const cut = new NetworkError(
      'the run was cancelled before Box answered',
      'ECANCELED',
      false,
      true
    )
    const outcome = await withRetries(sequence(cut).send, options(clock, 5), () => {})
    expect(outcome).toMatchObject({ attempts: 1, cancelled: true, sent: true })
  })
})

describe('the system clock', () => {
  const outcome = (sleep: Promise<void>) =>
    Promise.race([
      sleep.then(() => 'woke'),
      new Promise(resolve => setTimeout(() => resolve('still asleep'), 1000))
    ])

  it('does not sleep when the run is already stopping, and wakes when it stops', async () => {
    const stopped = new AbortController()
    stopped.abort()
    expect(await outcome(systemClock.sleep(600_000, stopped.signal))).toBe('woke')
    const stopping = new AbortController()
    const sleep = systemClock.sleep(600_000, stopping.signal)
    stopping.abort()
    expect(await outcome(sleep)).toBe('woke')
    const later = new AbortController()
    const asleep = systemClock.sleep(600_000, later.signal)
    expect(await outcome(asleep)).toBe('still asleep')
    later.abort()
    await asleep
  })

  it('sleeps without a signal, and leaves no timer or listener behind once awake', async () => {
    await systemClock.sleep(1)
    const timers = () => process.getActiveResourcesInfo().filter(r => r === 'Timeout').length
    const before = timers()
    const woken = new AbortController()
    const sleep = systemClock.sleep(600_000, woken.signal)
    woken.abort()
    await sleep
    expect(timers()).toBe(before)
    const timed = new AbortController()
    await systemClock.sleep(1, timed.signal)
    expect(getEventListeners(timed.signal, 'abort')).toHaveLength(0)
  })
})

describe('reading a JSON body', () => {
  it('takes a JSON object and nothing else', () => {
    expect(parseJsonObject('{"a":1}')).toEqual({ a: 1 })
    expect(['[]', 'null', '5', '"x"', 'x', ''].map(parseJsonObject)).toEqual(
      Array.from({ length: 6 }, () => undefined)
    )
  })
})

describe('the retry policy', () => {
  it('retries 429 and every 5xx, and nothing else', () => {
    expect(
      [399, 400, 401, 403, 404, 413, 428, 429, 499, 500, 599, 600].map(isRetriedStatus)
    ).toEqual([false, false, false, false, false, false, false, true, false, true, true, false])
  })

  it('retries network failures that may pass: the listed codes, a parser error, a timeout, a hang-up', () => {
    expect(isTransientFailure('ECONNRESET', 'x')).toBe(true)
    expect(isTransientFailure('HPE_INVALID_CHUNK_SIZE', 'x')).toBe(true)
    expect(isTransientFailure('EOTHER', 'Request timeout')).toBe(true)
    expect(isTransientFailure('EOTHER', 'socket hang up')).toBe(true)
    expect(isTransientFailure('ENOTFOUND', 'getaddrinfo ENOTFOUND box.test')).toBe(false)
    expect(isTransientFailure('CERT_HAS_EXPIRED', 'certificate has expired')).toBe(false)
  })

  it('splits Box’s own 400, 403 and 404, and any 413; nothing else', () => {
    expect([400, 403, 404, 413, 401, 409, 429, 500].map(s => isSplitRefusal(s, true))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false
    ])
    expect([400, 403, 404, 413].map(s => isSplitRefusal(s, false))).toEqual([
      false,
      false,
      false,
      true
    ])
    expect(isSplitRefusal(undefined, true)).toBe(false)
  })
})
