import type { BoxClient } from '../box/client.js'
import type { VerifyPolicy } from '../settings/settings.js'
import { groupDigits } from '../words.js'

/**
 * A client for the lookups that makes at most the requests `verify-targets` allows in all: the
 * count, the listings' pages, the lookups one by one and the member counts. Each request is
 * reserved before it is sent; once none is left, a call fails at once, sends nothing, and says why.
 * Retries of a request Box answered 429 or 5xx are the same request.
 */
export function withLookupBudget(client: BoxClient, policy: VerifyPolicy): BoxClient {
  let left = policy.maxRequests
  const spent = `not looked up: verify-targets: ${policy.input} makes at most ${groupDigits(policy.maxRequests)} lookup requests in a run, and they were all made`
  return {
    authenticate: () => client.authenticate(),
    call: async call => {
      if (left <= 0) return { ok: false, error: spent, attempts: 0, durationMs: 0, sent: false }
      left--
      return client.call(call)
    }
  }
}
