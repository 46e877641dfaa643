import { parsed, refused, type Parsed } from '../parsed.js'

const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i

/**
 * Checks the `base-url` input and returns it without a trailing slash or `/2.0`, or a problem.
 * Only https is accepted, except plain http to a loopback host for local testing, so the
 * token never crosses a network in the clear.
 */
export function parseBaseUrl(raw: string): Parsed<string> {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return refused('base-url: is not a valid URL')
  }
  if (url.username || url.password) {
    return refused('base-url: must not contain a user name or password')
  }
  if (url.search || url.hash) {
    return refused('base-url: must not contain a query or a fragment')
  }
  const loopback = LOOPBACK_HOSTS.test(url.hostname)
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return refused(
      `base-url: must use https (plain http is allowed only to a loopback host such as 127.0.0.1), got ${url.protocol.replace(':', '')}://${url.host}`
    )
  }
  // Box's API description names https://api.box.com/2.0 as its server: the action adds /2.0 itself.
  const path = url.pathname.replace(/\/+$/, '').replace(/\/2\.0$/, '')
  return parsed(`${url.origin}${path}`)
}
