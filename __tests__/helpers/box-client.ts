import type { AuthSettings } from '../../src/auth/settings.js'
import { createTokenRequester } from '../../src/auth/token-request.js'
import { createTokenSource } from '../../src/auth/token-source.js'
import { createBoxClient, type BoxClient } from '../../src/box/client.js'
import type { Transport } from '../../src/net/http.js'
import type { RetryNotice } from '../../src/net/retry.js'
import { createGate } from '../../src/net/gate.js'
import { fakeClock } from './fake-clock.js'

/** A Box client over a scripted transport, with a fake clock so retries do not wait. */
export function testClient(
  transport: Transport,
  auth: AuthSettings = { method: 'token', token: 'tok' },
  maxRetries = 3
): { client: BoxClient; retries: [string, RetryNotice][]; sleeps: number[] } {
  const { clock, sleeps } = fakeClock()
  const retry = {
    maxRetries,
    requestTimeoutMs: 30_000,
    clock,
    deadline: clock.now() + 600_000,
    gate: createGate(clock)
  }
  const retries: [string, RetryNotice][] = []
  const requester = createTokenRequester({
    transport,
    baseUrl: 'https://box.test',
    retry,
    userAgent: 'ua',
    onToken: () => {},
    onRetry: notice => retries.push(['oauth2/token', notice])
  })
  const client = createBoxClient({
    transport,
    baseUrl: 'https://box.test',
    tokens: createTokenSource(auth, requester),
    retry,
    userAgent: 'ua',
    onRetry: (label, notice) => retries.push([label, notice])
  })
  return { client, retries, sleeps }
}
