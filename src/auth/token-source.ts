import { createAssertion } from './jwt-assertion.js'
import type { AuthMethod, AuthSettings } from './settings.js'
import type { TokenRequester } from './token-request.js'

/** Where API calls get their bearer token; CCG and JWT can get a new one after a 401. */
export interface TokenSource {
  readonly method: AuthMethod
  readonly canRenew: boolean
  get(): Promise<string>
  /** A token other than `stale`, fetched at most once however many calls ask together. */
  renew(stale: string): Promise<string>
}

/**
 * `onAssertion` gets each JWT assertion before it is sent: it is a credential for its lifetime, so
 * it is masked and redacted whole (its header segment, the same for every run, never alone).
 */
export function createTokenSource(
  auth: AuthSettings,
  request: TokenRequester,
  onAssertion: (assertion: string) => void = () => undefined
): TokenSource {
  if (auth.method === 'token') {
    const token = Promise.resolve(auth.token)
    return {
      method: 'token',
      canRenew: false,
      get: () => token,
      renew: () => token
    }
  }
  const fetchToken = (): Promise<string> => {
    if (auth.method === 'ccg') {
      return request.fetch(() => ({
        grant_type: 'client_credentials',
        client_id: auth.clientId,
        client_secret: auth.clientSecret,
        box_subject_type: auth.subject.type,
        box_subject_id: auth.subject.id
      }))
    }
    return request.fetch(nowSeconds => {
      const assertion = createAssertion({ ...auth.jwt, subject: auth.subject, nowSeconds })
      onAssertion(assertion)
      return {
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        client_id: auth.jwt.clientId,
        client_secret: auth.jwt.clientSecret,
        assertion
      }
    })
  }
  let current: Promise<string> | undefined
  return {
    method: auth.method,
    canRenew: true,
    get: () => (current ??= fetchToken()),
    renew: async stale => {
      const before = current
      const token = before ? await before.catch(() => undefined) : undefined
      // Another call renewed while this one waited: share its token.
      if (current !== before && current) return current
      if (token === stale || token === undefined) current = fetchToken()
      return current ?? fetchToken()
    }
  }
}
