import type { AuthMethod } from '../auth/settings.js'
import type { HttpResponse } from '../net/http.js'
import { parseJsonObject } from '../net/json.js'

/** The fields of Box's ClientError body that help a reader; anything missing stays undefined. */
export interface BoxErrorBody {
  code?: string
  message?: string
  requestId?: string
}

export function readErrorBody(response: HttpResponse): BoxErrorBody {
  const json = parseJsonObject(response.body)
  const text = (v: unknown): string | undefined =>
    typeof v === 'string' && v !== '' ? v : undefined
  return {
    code: text(json?.code),
    message: text(json?.message),
    requestId: text(json?.request_id) ?? requestIdHeader(response)
  }
}

export function requestIdHeader(response: HttpResponse): string | undefined {
  return response.headers['box-request-id'] || undefined
}

export function statusHint(status: number, path: string, auth: AuthMethod): string | undefined {
  const what = path.startsWith('groups') ? 'groups' : 'users'
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
export function formatHttpFailure(
  path: string,
  response: HttpResponse,
  attempts: number,
  auth: AuthMethod
): string {
  const { code, message, requestId } = readErrorBody(response)
  const status = response.status
  if (status >= 300 && status < 400) {
    const location = redirectHost(response.headers['location'])
    return `Box API ${status} redirect on ${path}${location ? ` to ${location}` : ''}: redirects are not followed, so the token never leaves base-url; check base-url`
  }
  let line = `Box API ${status}${code ? ` ${code}` : ''} on ${path}`
  if (message) line += `: ${message}`
  if (requestId) line += ` (request id ${requestId})`
  if (attempts > 1) line += ` after ${attempts} attempts`
  const hint = statusHint(status, path, auth)
  return hint ? `${line}. Hint: ${hint}` : line
}

function redirectHost(location: string | undefined): string | undefined {
  if (!location) return undefined
  try {
    return new URL(location).host
  } catch {
    return undefined
  }
}
