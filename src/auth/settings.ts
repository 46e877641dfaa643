import type { InputName } from '../inputs.js'
import { parsed, refused, type Parsed } from '../parsed.js'
import { jwtConfigSecrets, parseJwtConfig, type JwtConfig } from './jwt-config.js'

type ReadInput = (name: InputName) => string

export interface Subject {
  type: 'enterprise' | 'user'
  id: string
}

export type AuthSettings =
  | { method: 'token'; token: string }
  | { method: 'ccg'; clientId: string; clientSecret: string; subject: Subject }
  | { method: 'jwt'; jwt: JwtConfig; subject: Subject }

export type AuthMethod = AuthSettings['method']

/**
 * The enterprise the credentials act in, when they name it: an enterprise subject, or a JWT
 * config's enterpriseID. Undefined for a token or a user subject: Box must be asked.
 */
export function actingEnterprise(auth: AuthSettings): string | undefined {
  if (auth.method === 'token') return undefined
  if (auth.subject.type === 'enterprise') return auth.subject.id
  return auth.method === 'jwt' ? auth.jwt.enterpriseId : undefined
}

/** Credentials sent as they are: each must be valid in an HTTP header (tab, printable Latin-1). */
const HEADER_SAFE_INPUTS = ['box-token', 'box-client-id', 'box-client-secret'] as const
const HEADER_SAFE = /^[\t\x20-\x7e\x80-\xff]*$/

const METHODS_HELP =
  'set box-token, or box-client-id + box-client-secret + box-enterprise-id or box-user-id (client credentials), or box-jwt-config (JWT)'

/** Chooses exactly one way to authenticate from the credential inputs. */
export function parseAuth(read: ReadInput): Parsed<AuthSettings> {
  const token = read('box-token')
  const clientId = read('box-client-id')
  const clientSecret = read('box-client-secret')
  const jwtConfig = read('box-jwt-config')
  const enterpriseId = read('box-enterprise-id')
  const userId = read('box-user-id')

  const problems: string[] = []
  for (const name of HEADER_SAFE_INPUTS) {
    if (!HEADER_SAFE.test(read(name))) {
      problems.push(
        `${name}: holds a line break or a character outside Latin-1, which cannot be sent in an HTTP header; copy the value again`
      )
    }
  }
  if (enterpriseId && !/^[0-9]+$/.test(enterpriseId)) {
    problems.push('box-enterprise-id: is not a Box ID (digits only)')
  }
  if (userId && !/^[0-9]+$/.test(userId)) {
    problems.push('box-user-id: is not a Box ID (digits only)')
  }
  if (enterpriseId && userId) {
    problems.push('box-enterprise-id and box-user-id: give one subject, not both')
  }

  const given = [
    token && 'box-token',
    (clientId || clientSecret) && 'box-client-id/box-client-secret',
    jwtConfig && 'box-jwt-config'
  ].filter((m): m is string => Boolean(m))
  if (given.length === 0) return refused(...problems, `no Box credentials: ${METHODS_HELP}`)
  if (given.length > 1) {
    return refused(
      ...problems,
      `conflicting credentials: ${given.join(' and ')}; use exactly one way`
    )
  }

  if (token) {
    if (enterpriseId || userId) {
      const name = enterpriseId ? 'box-enterprise-id' : 'box-user-id'
      problems.push(`${name}: applies only to client credentials or JWT, not to box-token`)
    }
    return problems.length ? refused(...problems) : parsed({ method: 'token', token })
  }

  const subject: Subject | undefined = userId
    ? { type: 'user', id: userId }
    : enterpriseId
      ? { type: 'enterprise', id: enterpriseId }
      : undefined

  if (jwtConfig) {
    const config = parseJwtConfig(jwtConfig)
    if (!config.ok) return refused(...problems, ...config.problems)
    const jwtSubject: Subject | undefined =
      subject ??
      (config.value.enterpriseId
        ? { type: 'enterprise', id: config.value.enterpriseId }
        : undefined)
    if (!jwtSubject) {
      problems.push(
        'box-jwt-config: has no enterpriseID; set box-enterprise-id or box-user-id to choose whom to act as'
      )
    }
    if (problems.length || !jwtSubject) return refused(...problems)
    return parsed({ method: 'jwt', jwt: config.value, subject: jwtSubject })
  }

  if (!clientId) problems.push('box-client-id: required with box-client-secret')
  if (!clientSecret) problems.push('box-client-secret: required with box-client-id')
  if (!subject) {
    problems.push(
      'box-enterprise-id or box-user-id: client credentials need one (the enterprise to act as its service account, or the user to act as)'
    )
  }
  if (problems.length || !subject) return refused(...problems)
  return parsed({ method: 'ccg', clientId, clientSecret, subject })
}

/** A secret among the inputs; `anyCase` for a token or a client secret (SecretOptions). */
export interface SecretInput {
  value: string
  anyCase: boolean
}

/** Every secret among the inputs, to be masked before anything is logged. */
export function secretInputs(read: ReadInput): SecretInput[] {
  const jwtConfig = read('box-jwt-config')
  const { clientSecret, others } = jwtConfigSecrets(jwtConfig)
  return [
    { value: read('box-token'), anyCase: true },
    { value: read('box-client-secret'), anyCase: true },
    { value: clientSecret, anyCase: true },
    { value: jwtConfig, anyCase: false },
    ...others.map(value => ({ value, anyCase: false }))
  ].filter(secret => secret.value !== '')
}
