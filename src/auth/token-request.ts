import { AuthError } from '../errors.js'
import type { HttpResponse, Transport } from '../net/http.js'
import { noResponse, withRetries, type RetryNotice, type RetryOptions } from '../net/retry.js'

export interface TokenRequester {
  /** Gets an access token; `form` builds the request body for a given time in epoch seconds. */
  fetch(form: (nowSeconds: number) => Record<string, string>): Promise<string>
}

export interface TokenRequestDeps {
  transport: Transport
  baseUrl: string
  retry: RetryOptions
  userAgent: string
  /** Called with every issued token before anything else sees it, to mask and redact it. */
  onToken(token: string): void
  onRetry(notice: RetryNotice): void
}

const ENDPOINT = 'oauth2/token'

export function createTokenRequester(deps: TokenRequestDeps): TokenRequester {
  // Each attempt builds a fresh body, so a JWT assertion (and its jti) is never sent twice.
  const post = async (
    body: () => string
  ): Promise<{ response?: HttpResponse; failure?: string }> => {
    const outcome = await withRetries(
      timeoutMs =>
        deps.transport(
          {
            method: 'POST',
            url: `${deps.baseUrl}/${ENDPOINT}`,
            headers: {
              'Content-Type': 'application/x-www-form-urlencoded',
              Accept: 'application/json',
              'User-Agent': deps.userAgent
            },
            body: body()
          },
          timeoutMs,
          deps.retry.stop.cut
        ),
      deps.retry,
      notice => deps.onRetry(notice)
    )
    if (outcome.last.kind === 'network') {
      return {
        failure: outcome.cancelled
          ? `No Box token: ${outcome.last.error.message}`
          : `Box token request got ${noResponse(outcome.attempts, outcome.last.error)}`
      }
    }
    return { response: outcome.last.response }
  }

  return {
    async fetch(form) {
      let skewMs = 0
      const encode = (): string =>
        new URLSearchParams(form(Math.floor((deps.retry.clock.now() + skewMs) / 1000))).toString()
      let { response, failure } = await post(encode)
      if (response && isClockSkew(response)) {
        const boxNow = Date.parse(response.headers['date'] ?? '')
        if (!Number.isNaN(boxNow)) {
          skewMs = boxNow - deps.retry.clock.now()
          ;({ response, failure } = await post(encode))
        }
      }
      if (!response) throw new AuthError(failure ?? 'Box token request failed')
      const token = response.json?.access_token
      if (response.status === 200 && typeof token === 'string' && token !== '') {
        deps.onToken(token)
        return token
      }
      throw new AuthError(describeTokenFailure(response))
    }
  }
}

/** Box refuses an assertion whose exp or iat looks wrong to its clock: the runner's clock is off. */
function isClockSkew(response: HttpResponse): boolean {
  if (response.status !== 400) return false
  const description = response.json?.error_description
  return typeof description === 'string' && /\b(exp|iat)\b/.test(description)
}

function describeTokenFailure(response: HttpResponse): string {
  const text = (v: unknown): string => (typeof v === 'string' ? v : '')
  const error = text(response.json?.error)
  const description = text(response.json?.error_description)
  const detail = [error, description].filter(Boolean).join(': ')
  let line = `Box token request failed: HTTP ${response.status}${detail ? ` ${detail}` : ''}`
  if (response.status >= 300 && response.status < 400) {
    line += '; redirects are not followed, so credentials never leave base-url'
  } else if (response.status === 200) {
    line += '; the response had no access_token'
  } else if (response.status < 500 && response.status !== 429) {
    line +=
      '. Hint: check that the app is authorised in the Box Admin Console (Apps > Custom Apps Manager), that the client ID and secret belong to it, that the subject (box-enterprise-id or box-user-id) is right, and that the app has the scopes to manage users and groups'
  }
  return line
}
