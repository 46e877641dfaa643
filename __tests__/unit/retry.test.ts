import { describe, expect, it } from '@jest/globals'
import { NetworkError } from '../../src/errors.js'
import type { HttpResponse } from '../../src/net/http.js'
import {
  backoffMs,
  MAX_WAIT_MS,
  parseRetryAfter,
  retryDelayMs,
  runBudgetMs,
  withRetries,
  type RetryNotice
} from '../../src/net/retry.js'
import { createGate } from '../../src/net/gate.js'
import type { Clock } from '../../src/net/clock.js'
import { fakeClock } from '../helpers/fake-clock.js'

const options = (clock: Clock, maxRetries: number, budgetMs: number) => ({
  maxRetries,
  requestTimeoutMs: 30_000,
  clock,
  deadline: clock.now() + budgetMs,
  gate: createGate(clock)
})

const response = (status: number, headers: Record<string, string> = {}): HttpResponse => ({
  status,
  headers,
  body: ''
})

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 0, 1, 0, 0, 0)
  it('reads seconds', () => expect(parseRetryAfter(' 7 ', now)).toBe(7000))
  it('reads an HTTP date', () =>
    expect(parseRetryAfter(new Date(now + 3000).toUTCString(), now)).toBe(3000))
  it('waits nothing for a date in the past', () =>
    expect(parseRetryAfter(new Date(now - 3000).toUTCString(), now)).toBe(0))
  it.each([undefined, '', 'soon', '-1', '1.5'])('ignores %j', v =>
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
    const outcome = await withRetries(send, options(clock, 5, 600_000), n => notices.push(n))
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
    const gate = {
      wait: () => {
        calls.push('wait')
        return Promise.resolve()
      },
      pause: (ms: number) => void calls.push(`pause ${ms}`)
    }
    const { send } = sequence(response(429, { 'retry-after': '2' }), response(503), response(202))
    await withRetries(send, { ...options(clock, 5, 600_000), gate }, () => {})
    // The 429's wait is the gate's, for every request; the 503's backoff is this call's own.
    expect(calls).toEqual(['wait', 'pause 2000', 'wait', 'wait'])
    expect(sleeps).toEqual([2000])
  })

  it('says whether any attempt reached the server whole', async () => {
    const { clock } = fakeClock()
    const refused = await withRetries(
      sequence(new NetworkError('refused', 'ECONNREFUSED', true, false)).send,
      options(clock, 0, 1e6),
      () => {}
    )
    expect(refused.sent).toBe(false)
    const reset = await withRetries(
      sequence(
        new NetworkError('reset', 'ECONNRESET', true, true),
        new NetworkError('refused', 'ECONNREFUSED', true, false)
      ).send,
      options(clock, 1, 1e6),
      () => {}
    )
    expect(reset.sent).toBe(true)
  })

  it.each([400, 401, 403, 404, 409])('never retries %i', async status => {
    const { clock, sleeps } = fakeClock()
    const outcome = await withRetries(
      sequence(response(status)).send,
      options(clock, 5, 1e6),
      () => {}
    )
    expect([outcome.attempts, sleeps.length]).toEqual([1, 0])
  })

  it('retries transient network errors but not permanent ones', async () => {
    const { clock } = fakeClock()
    const transient = await withRetries(
      sequence(new NetworkError('reset', 'ECONNRESET', true), response(202)).send,
      options(clock, 5, 1e6),
      () => {}
    )
    expect(transient.attempts).toBe(2)
    const permanent = await withRetries(
      sequence(new NetworkError('bad cert', 'CERT_HAS_EXPIRED', false)).send,
      options(clock, 5, 1e6),
      () => {}
    )
    expect(permanent).toMatchObject({ attempts: 1, last: { kind: 'network' } })
  })

  it('stops after max-retries and returns the last answer', async () => {
    const { clock, sleeps } = fakeClock()
    const outcome = await withRetries(
      sequence(response(500), response(502), response(504)).send,
      options(clock, 2, 1e6),
      () => {}
    )
    expect(outcome).toMatchObject({
      attempts: 3,
      outOfTime: false,
      last: { response: { status: 504 } }
    })
    expect(sleeps).toEqual([1000, 2000])
  })

  it('does not begin a wait that would pass the deadline, and shortens the last timeout', async () => {
    const { clock, sleeps } = fakeClock()
    const { send, timeouts } = sequence(
      response(429, { 'retry-after': '30' }),
      response(429, { 'retry-after': '30' })
    )
    const outcome = await withRetries(send, options(clock, 5, 40_000), () => {})
    expect(outcome).toMatchObject({ attempts: 2, outOfTime: true })
    expect(sleeps).toEqual([30_000])
    expect(timeouts).toEqual([30_000, 10_000])
  })

  it('bounds a run by max-retries, and by its rounds of calls in flight together', () => {
    expect(runBudgetMs(5, 30_000)).toBe(30_000 * 7 + 60_000 * 5)
    expect(runBudgetMs(0, 30_000)).toBe(60_000)
    expect(runBudgetMs(2, 1_000)).toBe(4_000 + 120_000)
    expect(runBudgetMs(5, 30_000, 25)).toBe(30_000 * 32 + 60_000 * 5)
  })
})
