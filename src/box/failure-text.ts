import type { AuthMethod } from '../auth/settings.js'
import type { HttpResponse } from '../net/http.js'

/** How much of the text that came back a failure line quotes. */
export const QUOTED_LENGTH = 300

/** The fields of Box's ClientError body that help a reader; anything missing stays undefined. */
export interface BoxErrorBody {
  /** Whether the body is Box's own error object (`"type": "error"`), not a proxy's page. */
  isBoxError: boolean
  code?: string
  message?: string
  requestId?: string
}

/** Reads Box's ClientError body (type, code, message, request_id) from an answer. */
export function readErrorBody(response: HttpResponse): BoxErrorBody {
  const json = response.json
  const field = (v: unknown): string | undefined =>
    typeof v === 'string' && v !== '' ? v : undefined
  return {
    isBoxError: json?.type === 'error',
    code: field(json?.code),
    message: field(json?.message),
    requestId: field(json?.request_id) ?? requestIdHeader(response)
  }
}

/** Whether Box itself said the object does not exist: a 404 with Box's error body, code not_found. */
export function isBoxNotFound(response: HttpResponse): boolean {
  const body = readErrorBody(response)
  return response.status === 404 && body.isBoxError && body.code === 'not_found'
}

export function requestIdHeader(response: Pick<HttpResponse, 'headers'>): string | undefined {
  return response.headers['box-request-id'] || undefined
}

/** What to check after a failure, for the status and the path it came on. */
export function statusHint(
  status: number,
  path: string,
  auth: AuthMethod,
  fromBox: boolean
): string | undefined {
  // What the request manages, from its path's first segment: "users", "groups".
  const what = /^[a-z_]+/.exec(path)?.[0] ?? 'users'
  if (!fromBox && status === 404) {
    return 'this 404 did not carry Box’s error body, so a proxy or gateway may have sent it, and it says nothing of the target; check base-url and the runner’s proxy'
  }
  if (status === 401) {
    return auth === 'token'
      ? 'the access token in box-token is invalid or has expired; create a new one, or use client credentials or JWT so the action gets a fresh token each run'
      : 'Box refused a freshly issued token; check that the app is authorised in the Admin Console and not disabled'
  }
  if (status === 403) {
    return `the account the action acts as must be a Box admin or co-admin allowed to manage ${what}, and the app needs the "Manage ${what}" scope (re-authorise the app in the Admin Console after changing scopes)`
  }
  if (status === 404) return 'a target does not exist in this enterprise; check the IDs and logins'
  if (status === 400) return 'Box refused the request; check the targets'
  if (status === 429) return 'Box kept rate-limiting; run again later or raise max-retries'
  if (status >= 500) return 'Box kept failing; check https://status.box.com and run again'
  return undefined
}

/** One line naming what failed, Box's own words and its request id, then a hint. */
export function describeHttpFailure(
  path: string,
  response: HttpResponse,
  attempts: number,
  auth: AuthMethod
): string {
  const { isBoxError, code, message, requestId } = readErrorBody(response)
  const status = response.status
  if (status >= 300 && status < 400) {
    // Shown as it came (redacted, cut), never parsed: a parsed URL is not the text redacted.
    const location = response.headers['location']?.slice(0, QUOTED_LENGTH)
    return `Box API ${status} redirect on ${path}${location ? ` to ${location}` : ''}: redirects are not followed, so the token never leaves base-url; check base-url`
  }
  let line = `Box API ${status}${code ? ` ${code}` : ''} on ${path}`
  if (message) line += `: ${message}`
  if (requestId) line += ` (request id ${requestId})`
  if (attempts > 1) line += ` after ${attempts} attempts`
  const hint = statusHint(status, path, auth, isBoxError)
  return hint ? `${line}. Hint: ${hint}` : line
}
