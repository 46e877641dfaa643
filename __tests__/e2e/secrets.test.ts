import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { createPrivateKey } from 'node:crypto'
import type { ActionRun } from '../../harness/run-action.js'
import { e2eStage, expectNoSecrets, type Stage, runtimes } from '../helpers/e2e.js'
import { generateAppKeys, jwtConfigJson, PASSPHRASE } from '../helpers/keys.js'

const TOKEN = 'static-token-9f8e7d6c5b4a'
const CLIENT_ID = 'echo-ccg-client'
const CLIENT_SECRET = 'ccg-secret-<&>"%-0123'
const JWT_CLIENT_ID = 'echo-jwt-client'
const JWT_SECRET = "jwt-secret-'quoted' & more"
const KEY_ID = 'echo-key'
const keys = generateAppKeys()
const keyLines = keys.privateKeyPem.split('\n').filter(l => l.length >= 8 && !l.startsWith('-----'))

const jwtConfig = (clientSecret: string, passphrase = PASSPHRASE, pem = keys.privateKeyPem) =>
  jwtConfigJson({
    clientId: JWT_CLIENT_ID,
    clientSecret,
    publicKeyId: KEY_ID,
    privateKeyPem: pem,
    passphrase
  })

const html = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Every form a secret could take where it lands: raw, JSON-escaped, HTML-escaped, URL-encoded. */
function forms(secret: string): string[] {
  return [
    secret,
    JSON.stringify(secret).slice(1, -1),
    html(secret),
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2)
  ]
}

/** No form of any secret in the log (but the lines that register them), outputs, summary or files. */
function expectNoSecretForms(run: ActionRun, secrets: readonly string[]): void {
  const places: [string, string][] = [
    [
      'log',
      run.stdout
        .split('\n')
        .filter(l => !l.startsWith('::add-mask::'))
        .join('\n')
    ],
    ['stderr', run.stderr],
    ['summary', run.summary],
    ...Object.entries(run.outputs).map(([name, value]): [string, string] => [
      `output ${name}`,
      value
    ]),
    ...Object.entries(run.files).map(([name, value]): [string, string] => [name, value])
  ]
  for (const secret of secrets) {
    for (const form of forms(secret)) {
      for (const [place, text] of places) {
        if (text.includes(form))
          throw new Error(`a form of a secret (${secret.slice(0, 3)}…) is in the ${place}`)
      }
    }
  }
}

/**
 * Scripts the fake Box to echo: the request's bearer token and every secret, raw and URL-encoded,
 * in a 202's message, a refusal's message, a user's and a group's name, and a request ID.
 */
function echoEverywhere(stage: Stage, secrets: readonly string[]): void {
  const all = secrets.join(' | ')
  const encoded = secrets.map(s => encodeURIComponent(s)).join(' | ')
  stage.box.script('user', () => ({
    status: 200,
    json: {
      type: 'user',
      id: '1',
      name: `Echo ${all}`,
      login: 'one@example.com',
      status: 'active',
      role: 'user'
    },
    headers: { 'box-request-id': encodeURIComponent(secrets[0] ?? '') }
  }))
  stage.box.script('group', () => ({
    status: 200,
    json: { type: 'group', id: '2', name: `Group ${encoded}` }
  }))
  stage.box.script('users', request => ({
    status: 202,
    json: {
      message: `Done for ${String(request.headers.authorization)}; you sent ${all} (${encoded})`
    },
    headers: { 'box-request-id': `rid-${encodeURIComponent(secrets[0] ?? '')}` }
  }))
  stage.box.script('groups', request => ({
    status: 403,
    json: {
      type: 'error',
      status: 403,
      code: 'forbidden',
      message: `Refused ${String(request.headers.authorization)} with ${all}`,
      request_id: encodeURIComponent(secrets[0] ?? '')
    }
  }))
}

const clients = {
  [CLIENT_ID]: { secret: CLIENT_SECRET },
  [JWT_CLIENT_ID]: { secret: JWT_SECRET, publicKeys: { [KEY_ID]: keys.publicKeyPem } }
}

describe.each(runtimes())('secrets echoed back never leave the action, on %s', (_label, node) => {
  const stage = e2eStage(node, { clients }, TOKEN)

  const modes: [string, Record<string, string>, string[]][] = [
    ['box-token', { 'box-token': TOKEN }, [TOKEN]],
    [
      'client credentials',
      {
        'box-token': '',
        'box-client-id': CLIENT_ID,
        'box-client-secret': CLIENT_SECRET,
        'box-enterprise-id': '5'
      },
      [CLIENT_SECRET]
    ],
    [
      'a JWT app',
      { 'box-token': '', 'box-jwt-config': jwtConfig(JWT_SECRET) },
      [JWT_SECRET, PASSPHRASE, keys.privateKeyPem, ...keyLines]
    ]
  ]

  it.each(modes)(
    'with %s: outputs, summary, report, remainder and log hold *** instead',
    async (_mode, auth, secrets) => {
      echoEverywhere(stage, [...secrets, ...stage.box.issuedTokens])
      const r = await stage.run(
        { ...auth, 'user-ids': '1', 'group-ids': '2' },
        { secrets: secrets.filter(s => auth['box-token'] === '' || s === TOKEN) }
      )
      expect(r.code).toBe(1)
      const issued = stage.box.issuedTokens
      expectNoSecretForms(r, [
        ...secrets,
        ...issued,
        ...(auth['box-jwt-config'] ? [auth['box-jwt-config']] : [])
      ])
      expect(r.outputs.message).toMatch(/^Done for Bearer \*\*\*; you sent \*\*\*/)
      expect(r.outputs['users-message']).toBe(r.outputs.message)
      expect(r.files['failed-targets-file']).toBeDefined()
      expect(r.files['report-file']).toContain('Echo ***')
      expect(r.summary).toContain('Refused Bearer ***')
      expect(r.stdout).toContain(
        '::warning title=Credential removed from an answer::A credential that Box, the token endpoint or a proxy sent back was removed'
      )
    }
  )

  it.each([
    [
      'client credentials',
      { 'box-client-id': CLIENT_ID, 'box-client-secret': CLIENT_SECRET, 'box-enterprise-id': '5' },
      CLIENT_SECRET
    ],
    ['a JWT app', { 'box-jwt-config': jwtConfig(JWT_SECRET) }, JWT_SECRET]
  ])(
    'with %s: a token endpoint that echoes the client secret in its refusal',
    async (_mode, auth, secret) => {
      stage.box.script('token', request => ({
        status: 401,
        json: {
          error: 'invalid_client',
          error_description: `bad secret ${secret}; you posted ${request.body}`
        }
      }))
      const r = await stage.run(
        { 'box-token': '', ...auth, 'user-ids': '1' },
        { secrets: [secret] }
      )
      expect(r.code).toBe(1)
      expectNoSecretForms(r, [secret])
      expect(r.stdout).toContain(
        'Box token request failed: HTTP 401 invalid_client: bad secret ***; you posted'
      )
      expect(r.outputs['failed-count']).toBe('1')
    }
  )

  it('with box-token: a 401 whose body echoes the token', async () => {
    stage.box.script('user', {
      status: 401,
      json: { type: 'error', status: 401, code: 'unauthorized', message: `token ${TOKEN} expired` }
    })
    stage.box.script('users', {
      status: 401,
      json: { type: 'error', status: 401, code: 'unauthorized', message: `token ${TOKEN} expired` }
    })
    const r = await stage.run({ 'user-ids': '1' })
    expect(r.code).toBe(1)
    expectNoSecretForms(r, [TOKEN])
    expect(r.stdout).toContain(
      'Box API 401 unauthorized on users/terminate_sessions: token *** expired'
    )
  })

  it('for any secret echoed anywhere in any answer, no output, file, summary or log line holds any form of it (fast-check)', async () => {
    const key = createPrivateKey({ key: keys.privateKeyPem, format: 'pem', passphrase: PASSPHRASE })
    const hostile = fc.constantFrom(
      '<',
      '&',
      '"',
      "'",
      '%',
      '\n',
      '\\',
      '+',
      ' ',
      'é',
      '€',
      '😀',
      '\u2028',
      '\t'
    )
    const secret = fc
      .tuple(
        fc.string({ unit: 'binary', minLength: 8, maxLength: 20 }),
        fc.array(hostile, { maxLength: 5 }),
        fc.nat()
      )
      .map(([base, extra, at]) => {
        const cut = at % (base.length + 1)
        return `${base.slice(0, cut)}${extra.join('')}${base.slice(cut)}`
      })
      .filter(s => Buffer.from(s).toString() === s && !s.includes('\u0000') && s.trim().length >= 8)
    await fc.assert(
      fc.asyncProperty(secret, secret, async (clientSecret, passphrase) => {
        stage.box.requests.length = 0
        await stage.restart({
          clients: {
            [JWT_CLIENT_ID]: { secret: clientSecret, publicKeys: { [KEY_ID]: keys.publicKeyPem } }
          }
        })
        const pem = key
          .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase })
          .toString()
        const config = jwtConfig(clientSecret, passphrase, pem)
        echoEverywhere(stage, [clientSecret, passphrase])
        const r = await stage.run(
          { 'box-token': '', 'box-jwt-config': config, 'user-ids': '1', 'group-ids': '2' },
          { unchecked: true }
        )
        expect(r.code).toBe(1)
        expectNoSecrets(
          r,
          [clientSecret, passphrase, ...stage.box.issuedTokens].filter(s => s.trim() !== '')
        )
        expectNoSecretForms(r, [clientSecret, passphrase, config, ...stage.box.issuedTokens])
      }),
      { numRuns: 15 }
    )
  }, 120_000)
})
