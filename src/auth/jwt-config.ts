import { createPrivateKey, type KeyObject } from 'node:crypto'
import { parsed, refused, type Parsed } from '../parsed.js'

/** The parts of a Box Developer Console JWT app config file that the action uses. */
export interface JwtConfig {
  clientId: string
  clientSecret: string
  publicKeyId: string
  privateKey: KeyObject
  enterpriseId?: string
}

/**
 * Reads the JSON app config. Problems never quote the content: the file holds the private key,
 * its passphrase and the client secret.
 */
export function parseJwtConfig(raw: string): Parsed<JwtConfig> {
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return refused('box-jwt-config: is not valid JSON (paste the whole app config file)')
  }
  const settings = field(json, 'boxAppSettings')
  const appAuth = field(settings, 'appAuth')
  const wanted = {
    'boxAppSettings.clientID': field(settings, 'clientID'),
    'boxAppSettings.clientSecret': field(settings, 'clientSecret'),
    'boxAppSettings.appAuth.publicKeyID': field(appAuth, 'publicKeyID'),
    'boxAppSettings.appAuth.privateKey': field(appAuth, 'privateKey'),
    'boxAppSettings.appAuth.passphrase': field(appAuth, 'passphrase')
  }
  const missing = Object.entries(wanted)
    .filter(([, value]) => typeof value !== 'string' || value === '')
    .map(([name]) => name)
  if (missing.length > 0) {
    return refused(`box-jwt-config: missing ${missing.join(', ')}`)
  }
  const enterprise = field(json, 'enterpriseID')
  const enterpriseId =
    typeof enterprise === 'string' || typeof enterprise === 'number' ? String(enterprise) : ''
  if (enterpriseId !== '' && !/^[0-9]+$/.test(enterpriseId)) {
    return refused('box-jwt-config: enterpriseID is not a Box ID (digits only)')
  }
  let privateKey: KeyObject
  try {
    privateKey = createPrivateKey({
      key: wanted['boxAppSettings.appAuth.privateKey'] as string,
      format: 'pem',
      passphrase: wanted['boxAppSettings.appAuth.passphrase'] as string
    })
  } catch {
    return refused(
      'box-jwt-config: the private key could not be decrypted (wrong passphrase, or not a PEM private key)'
    )
  }
  if (privateKey.asymmetricKeyType !== 'rsa') {
    return refused('box-jwt-config: the private key is not an RSA key')
  }
  return parsed({
    clientId: wanted['boxAppSettings.clientID'] as string,
    clientSecret: wanted['boxAppSettings.clientSecret'] as string,
    publicKeyId: wanted['boxAppSettings.appAuth.publicKeyID'] as string,
    privateKey,
    enterpriseId: enterpriseId || undefined
  })
}

/**
 * Every secret string inside a config, found even when the rest of it is malformed: the client
 * secret, and the others (the passphrase and the private key).
 */
export function jwtConfigSecrets(raw: string): { clientSecret: string; others: string[] } {
  const text = (v: unknown): string => (typeof v === 'string' ? v : '')
  try {
    const json: unknown = JSON.parse(raw)
    const settings = field(json, 'boxAppSettings')
    const appAuth = field(settings, 'appAuth')
    return {
      clientSecret: text(field(settings, 'clientSecret')),
      others: [text(field(appAuth, 'passphrase')), text(field(appAuth, 'privateKey'))].filter(
        v => v !== ''
      )
    }
  } catch {
    return { clientSecret: '', others: [] }
  }
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[name]
    : undefined
}
