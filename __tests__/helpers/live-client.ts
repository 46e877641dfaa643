import type { AuthSettings } from '../../src/auth/settings.js'
import { createTokenRequester } from '../../src/auth/token-request.js'
import { createTokenSource } from '../../src/auth/token-source.js'
import { createBoxClient, type BoxClient } from '../../src/box/client.js'
import { systemClock } from '../../src/net/clock.js'
import { createGate } from '../../src/net/gate.js'
import { createTransport } from '../../src/net/http.js'

/** A Box client over real HTTP, for tests against the fake Box on loopback. */
export function liveClient(
  baseUrl: string,
  auth: AuthSettings,
  maxRetries = 0
): { client: BoxClient; retried: string[] } {
  const retry = {
    maxRetries,
    requestTimeoutMs: 5_000,
    clock: systemClock,
    deadline: Date.now() + 60_000,
    gate: createGate(systemClock)
  }
  const transport = createTransport('tbs-test')
  const retried: string[] = []
  const requester = createTokenRequester({
    transport,
    baseUrl,
    retry,
    userAgent: 'tbs-test',
    onToken: () => {},
    onRetry: () => retried.push('oauth2/token')
  })
  const client = createBoxClient({
    transport,
    baseUrl,
    tokens: createTokenSource(auth, requester),
    retry,
    userAgent: 'tbs-test',
    onRetry: label => retried.push(label)
  })
  return { client, retried }
}
