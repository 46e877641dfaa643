import type { AuthSettings } from '../auth/settings.js'
import { createTokenRequester } from '../auth/token-request.js'
import { createTokenSource } from '../auth/token-source.js'
import { systemClock, type Clock } from '../net/clock.js'
import { createGate } from '../net/gate.js'
import { createTransport, type Transport } from '../net/http.js'
import type { RetryNotice } from '../net/retry.js'
import { createStop, type Stop } from '../net/stop.js'
import { createRedactor, type Redactor } from '../redact.js'
import { USER_AGENT } from '../version.js'
import { createBoxClient, type BoxClient } from './client.js'

export interface Connection {
  baseUrl: string
  auth: AuthSettings
  maxRetries: number
  requestTimeoutMs: number
  /** Every credential the run holds; issued tokens are added as they come. */
  redactor?: Redactor
  /** When the run is cancelled. */
  stop?: Stop
  /** Tests give a scripted transport and a clock whose sleeps pass at once. */
  transport?: Transport
  clock?: Clock
  userAgent?: string
  /**
   * Called with every token Box issues and every JWT assertion the action signs, before anything
   * else sees it (the redactor has it already).
   */
  onSecret?: (secret: string) => void
  onRetry?: (label: string, notice: RetryNotice) => void
}

/** The one way a Box client is built: for the action, and for the tests. */
export function connectToBox(connection: Connection): BoxClient {
  const userAgent = connection.userAgent ?? USER_AGENT
  const redactor = connection.redactor ?? createRedactor()
  const clock = connection.clock ?? systemClock
  const transport = connection.transport ?? createTransport(userAgent, redactor)
  const onRetry = connection.onRetry ?? (() => undefined)
  const hide = (secret: string): void => {
    redactor.add(secret, { anyCase: true })
    connection.onSecret?.(secret)
  }
  const retry = {
    maxRetries: connection.maxRetries,
    requestTimeoutMs: connection.requestTimeoutMs,
    clock,
    gate: createGate(clock),
    stop: connection.stop ?? createStop()
  }
  const tokenRequester = createTokenRequester({
    transport,
    baseUrl: connection.baseUrl,
    retry,
    userAgent,
    onToken: hide,
    onRetry: notice => onRetry('oauth2/token', notice)
  })
  return createBoxClient({
    transport,
    baseUrl: connection.baseUrl,
    tokens: createTokenSource(connection.auth, tokenRequester, hide),
    retry,
    userAgent,
    onRetry
  })
}
