/**
 * How the action answers a failed request, in one place: what is retried and how long it waits,
 * when a token is renewed, and which refusals are split and sent again. README's "Retries" states
 * it, and a test holds that statement to this object.
 */
export const RETRY_POLICY = {
  /** Statuses retried up to max-retries: 429 and every 5xx. */
  retriedStatuses: { listed: [429], from: 500, to: 599 },
  /**
   * Network failures retried up to max-retries: these codes, any HTTP parser error (HPE_*), a
   * timeout or a socket hung up. Certificate and DNS "no such host" errors are not: they will not pass.
   */
  transientCodes: [
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN'
  ],
  /** The first backoff without Retry-After, doubled per retry, with ± this share as jitter. */
  firstBackoffMs: 1_000,
  jitter: 0.25,
  /** The longest one wait, Retry-After's or the backoff's. */
  maxWaitMs: 60_000,
  /** With client credentials or JWT, a 401 gets a new token this many times a call. */
  renewalsAfter401: 1,
  /**
   * Refusals of a batch of more than one target that may be about some of them: split and sent
   * again in pieces. Box's own error body is needed for the first; a 413 is split whatever came.
   */
  splitWithBoxBody: [400, 403, 404],
  splitWithAnyBody: [413]
} as const

/** Whether a status is retried: 429 and every 5xx. */
export function isRetriedStatus(status: number): boolean {
  const { listed, from, to } = RETRY_POLICY.retriedStatuses
  return (listed as readonly number[]).includes(status) || (status >= from && status <= to)
}

/** Whether a network failure may pass when tried again. */
export function isTransientFailure(code: string, message: string): boolean {
  return (
    (RETRY_POLICY.transientCodes as readonly string[]).includes(code) ||
    code.startsWith('HPE_') ||
    /timeout|socket hang up/i.test(message)
  )
}

/** Whether a refusal of a batch may be about some of its targets, so that splitting isolates them. */
export function isSplitRefusal(status: number | undefined, boxBody: boolean): boolean {
  if (status === undefined) return false
  return (
    (RETRY_POLICY.splitWithAnyBody as readonly number[]).includes(status) ||
    (boxBody && (RETRY_POLICY.splitWithBoxBody as readonly number[]).includes(status))
  )
}
