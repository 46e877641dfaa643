import { generateKeyPairSync } from 'node:crypto'

export const PASSPHRASE = 'correct horse battery staple 7f3a'

/** A fresh RSA key pair with the private key as an encrypted PKCS#8 PEM, as Box generates it. */
export function generateAppKeys(passphrase = PASSPHRASE): {
  privateKeyPem: string
  publicKeyPem: string
} {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: {
      type: 'pkcs8',
      format: 'pem',
      cipher: 'aes-256-cbc',
      passphrase
    }
  })
  return { privateKeyPem: privateKey, publicKeyPem: publicKey }
}

export function jwtConfigJson(fields: {
  clientId: string
  clientSecret: string
  publicKeyId: string
  privateKeyPem: string
  passphrase?: string
  enterpriseId?: string
}): string {
  return JSON.stringify(
    {
      boxAppSettings: {
        clientID: fields.clientId,
        clientSecret: fields.clientSecret,
        appAuth: {
          publicKeyID: fields.publicKeyId,
          privateKey: fields.privateKeyPem,
          passphrase: fields.passphrase ?? PASSPHRASE
        }
      },
      enterpriseID: fields.enterpriseId ?? '998877'
    },
    null,
    2
  )
}
