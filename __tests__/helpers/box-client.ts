import type { AuthSettings } from '../../src/auth/settings.js'
import type { BoxClient } from '../../src/box/client.js'
import { connectToBox } from '../../src/box/connect.js'
import type { Transport } from '../../src/net/http.js'
import type { RetryNotice } from '../../src/net/retry.js'
import { createStop, type StopControl } from '../../src/net/stop.js'
import { createRedactor, type Redactor } from '../../src/redact.js'
import { fakeClock } from './fake-clock.js'

export interface TestClient {
  client: BoxClient
  retries: [string, RetryNotice][]
  sleeps: number[]
  stop: StopControl
  redactor: Redactor
}

/**
 * A Box client built the one way the action builds it (connectToBox): over a scripted transport
 * with a clock whose sleeps pass at once, or, given a base URL and no transport, over real HTTP.
 */
export function testClient(
  transport: Transport | undefined,
  options: { auth?: AuthSettings; maxRetries?: number; baseUrl?: string; timeoutMs?: number } = {}
): TestClient {
  const retries: [string, RetryNotice][] = []
  const stop = createStop()
  const redactor = createRedactor()
  const { clock, sleeps } = fakeClock()
  const client = connectToBox({
    baseUrl: options.baseUrl ?? 'https://box.test',
    auth: options.auth ?? { method: 'token', token: 'tok' },
    maxRetries: options.maxRetries ?? 3,
    requestTimeoutMs: options.timeoutMs ?? 30_000,
    redactor,
    stop,
    ...(transport ? { transport, clock } : {}),
    userAgent: 'ua',
    onRetry: (label, notice) => retries.push([label, notice])
  })
  return { client, retries, sleeps, stop, redactor }
}

/** A client over real HTTP to the fake Box on loopback. */
export function liveClient(baseUrl: string, auth: AuthSettings, maxRetries = 0): TestClient {
  return testClient(undefined, { baseUrl, auth, maxRetries, timeoutMs: 5_000 })
}
