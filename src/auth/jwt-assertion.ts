import { createSign, randomBytes, type KeyObject } from 'node:crypto'
import type { Subject } from './settings.js'

/** Box's JWT guide names this audience whatever host the token request goes to. */
export const JWT_AUDIENCE = 'https://api.box.com/oauth2/token'
const JWT_LIFETIME_S = 45

export interface AssertionInput {
  clientId: string
  publicKeyId: string
  privateKey: KeyObject
  subject: Subject
  /** Seconds since the epoch, from the runner's clock or from Box's Date header. */
  nowSeconds: number
  jti?: string
}

/** A JWT signed RS256, with `kid` in the header so Box picks the right key when an app has several. */
export function createAssertion(input: AssertionInput): string {
  const header = { alg: 'RS256', typ: 'JWT', kid: input.publicKeyId }
  const claims = {
    iss: input.clientId,
    sub: input.subject.id,
    box_sub_type: input.subject.type,
    aud: JWT_AUDIENCE,
    jti: input.jti ?? randomBytes(32).toString('base64url'),
    iat: input.nowSeconds,
    exp: input.nowSeconds + JWT_LIFETIME_S
  }
  const signingInput = `${base64url(header)}.${base64url(claims)}`
  const signature = createSign('RSA-SHA256').update(signingInput).sign(input.privateKey)
  return `${signingInput}.${signature.toString('base64url')}`
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}
