import { describe, expect, it } from '@jest/globals'
import { createPrivateKey } from 'node:crypto'
import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import type { ActionRun } from '../../harness/run-action.js'
import { e2eStage, runtimes } from '../helpers/e2e.js'
import { generateAppKeys, jwtConfigJson, PASSPHRASE } from '../helpers/keys.js'

const TOKEN = 'Static/Token+9f8e7d6c5b4a=&"x"'
const CLIENT_ID = 'forms-ccg-client'
const CLIENT_SECRET = 'Ccg/Secret+<&>"%-0123'
const JWT_CLIENT_ID = 'forms-jwt-client'
const JWT_SECRET = 'Jwt/Secret+&"quoted"-4567'
const KEY_ID = 'forms-key'
const keys = generateAppKeys()
const WARNING = '::warning title=Credential removed from an answer::'

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url')

/**
 * Each form a credential may come back in, by name, and the text that must not be shown for it:
 * the form itself, or for base64 inside a longer text, the characters that depend on the secret.
 */
function coveredForms(secret: string, clientId = 'client-id'): [string, string, string[]][] {
  const everyByte = [...Buffer.from(secret, 'utf8')]
    .map(b => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('')
  const unicode = [...secret]
    .map(ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('')
  const entities = [...secret].map(ch => `&#${ch.codePointAt(0)};`).join('')
  const named = secret.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
  const zeroWidth = `${secret.slice(0, 3)}\u200b${secret.slice(3)}`
  // Base64 inside a longer text: the characters that encode only the secret's bytes.
  const core = (before: string, url = false) => {
    const p = Buffer.byteLength(before)
    const n = Buffer.byteLength(secret)
    const encoded = url ? b64url(`${before}${secret}`) : b64(`${before}${secret}`)
    return [encoded.slice(Math.ceil((8 * p) / 6), Math.floor((8 * (p + n)) / 6))]
  }
  return [
    ['raw', secret, [secret]],
    ['upper-cased', secret.toUpperCase(), [secret.toUpperCase()]],
    ['lower-cased', secret.toLowerCase(), [secret.toLowerCase()]],
    ['base64', b64(secret), core('')],
    ['base64url', b64url(secret), core('', true)],
    ['base64 of Bearer', b64(`Bearer ${secret}`), core('Bearer ')],
    ['base64 of a Basic header', b64(`${clientId}:${secret}`), core(`${clientId}:`)],
    ['%XX of every byte', everyByte, [everyByte]],
    ['\\u escapes', unicode, [unicode]],
    ['\\/ escapes', secret.replace(/\//g, '\\/'), [secret.replace(/\//g, '\\/')]],
    ['numeric entities', entities, [entities]],
    ['named entities', named, [named]],
    ['a zero-width character inside', zeroWidth, [zeroWidth]]
  ]
}

/** Every place a run leaves text, but the lines that register a secret with the runner. */
function placesOf(run: ActionRun): [string, string][] {
  return [
    [
      'log',
      run.stdout
        .split('\n')
        .filter(l => !l.startsWith('::add-mask::'))
        .join('\n')
    ],
    ['stderr', run.stderr],
    ['summary', run.summary],
    ...Object.entries(run.outputs).map(([n, v]): [string, string] => [`output ${n}`, v]),
    ...Object.entries(run.files).map(([n, v]): [string, string] => [n, v])
  ]
}

function expectNoForm(run: ActionRun, secret: string, clientId?: string): void {
  for (const [form, , shown] of coveredForms(secret, clientId)) {
    for (const [place, text] of placesOf(run)) {
      for (const leak of shown) {
        if (text.includes(leak)) throw new Error(`the ${form} form of a secret is in the ${place}`)
      }
    }
  }
}

/** Box answers with every form of each secret: in a 202's message, a 403's message and a header. */
function echoForms(stage: ReturnType<typeof e2eStage>, secrets: () => string[]): void {
  const all = () =>
    secrets()
      .flatMap(s => coveredForms(s, CLIENT_ID).map(([name, form]) => `${name}: ${form}`))
      .join(' | ')
  stage.box.script('users', request => {
    const token = String(request.headers.authorization).replace('Bearer ', '')
    return {
      status: 202,
      json: {
        message: `Accepted. ${all()} | token ${coveredForms(token)
          .map(f => f[1])
          .join(' ')}`
      },
      headers: { 'box-request-id': b64(`Bearer ${token}`) }
    }
  })
  stage.box.script('groups', () => ({
    status: 403,
    json: { type: 'error', status: 403, code: 'forbidden', message: `Refused: ${all()}` }
  }))
}

const clients = {
  [CLIENT_ID]: { secret: CLIENT_SECRET },
  [JWT_CLIENT_ID]: { secret: JWT_SECRET, publicKeys: { [KEY_ID]: keys.publicKeyPem } }
}
const jwtConfig = jwtConfigJson({
  clientId: JWT_CLIENT_ID,
  clientSecret: JWT_SECRET,
  publicKeyId: KEY_ID,
  privateKeyPem: keys.privateKeyPem,
  passphrase: PASSPHRASE
})

describe.each(runtimes())('every form a credential comes back in is removed, on %s', (_l, node) => {
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
    ['a JWT app', { 'box-token': '', 'box-jwt-config': jwtConfig }, [JWT_SECRET]]
  ]

  it.each(modes)(
    'with %s: base64, base64url, any case, %%XX, \\u, \\/, entities and a zero-width character',
    async (_mode, auth, secrets) => {
      echoForms(stage, () => [...secrets, ...stage.box.issuedTokens])
      const r = await stage.run(
        { ...auth, 'user-ids': '1', 'group-ids': '2', 'verify-targets': 'false' },
        { secrets: auth['box-token'] ? [] : secrets }
      )
      expect(r.code).toBe(1)
      for (const secret of [...secrets, ...stage.box.issuedTokens])
        expectNoForm(r, secret, CLIENT_ID)
      expect(r.outputs.message).toMatch(/^Accepted\. raw: \*\*\* \| upper-cased: \*\*\* \| /)
      expect(r.outputs.message).toContain('a zero-width character inside: ***')
      expect(r.summary).toContain('Refused: raw: ***')
      expect(r.stdout).toContain(WARNING)
    }
  )

  it('with client credentials: a token endpoint echoing the Basic header and the client secret in another case', async () => {
    stage.box.script('token', request => ({
      status: 401,
      json: {
        error: 'invalid_client',
        error_description: `Basic ${b64(`${CLIENT_ID}:${CLIENT_SECRET}`)} refused; ${CLIENT_SECRET.toLowerCase()}; ${String(request.body).length}`
      }
    }))
    const r = await stage.run(
      {
        'box-token': '',
        'box-client-id': CLIENT_ID,
        'box-client-secret': CLIENT_SECRET,
        'box-enterprise-id': '5',
        'user-ids': '1'
      },
      { secrets: [CLIENT_SECRET] }
    )
    expect(r.code).toBe(1)
    expectNoForm(r, CLIENT_SECRET, CLIENT_ID)
    expect(r.stdout).toMatch(
      /Box token request failed: HTTP 401 invalid_client: Basic \S*\*\*\*\S* refused; \*\*\*;/
    )
    expect(r.stdout).toContain(WARNING)
  })

  it('with a JWT app: the signed assertion echoed by the token endpoint is masked and removed', async () => {
    const assertions: string[] = []
    stage.box.script('token', request => {
      const assertion = new URLSearchParams(String(request.body)).get('assertion') ?? ''
      assertions.push(assertion)
      return {
        status: 400,
        json: { error: 'invalid_grant', error_description: `Assertion rejected: ${assertion}` }
      }
    })
    const r = await stage.run(
      { 'box-token': '', 'box-jwt-config': jwtConfig, 'user-ids': '1' },
      { secrets: [JWT_SECRET] }
    )
    expect(r.code).toBe(1)
    expect(assertions.length).toBeGreaterThan(0)
    for (const assertion of assertions) {
      expect(r.stdout).toContain(`::add-mask::${assertion}\n`)
      for (const [place, text] of placesOf(r)) {
        expect([place, text.includes(assertion)]).toEqual([place, false])
      }
      // Never its header segment alone: it is the same for every run, and not a secret.
      expect(r.stdout).not.toContain(`::add-mask::${assertion.split('.')[0]}\n`)
    }
    expect(r.stdout).toContain(
      'Box token request failed: HTTP 400 invalid_grant: Assertion rejected: ***'
    )
    expect(JSON.parse(r.outputs.result ?? '{}').error).toContain('Assertion rejected: ***')
  })

  it('with box-token: a redirect to the token as a host, lower-cased, is shown redacted as it came', async () => {
    stage.box.script('users', {
      status: 302,
      redirect: `https://${TOKEN.toLowerCase().replace(/[^a-z0-9]/g, '')}.evil.example/x`
    })
    const host = TOKEN.toLowerCase().replace(/[^a-z0-9]/g, '')
    const r = await stage.run({ 'user-ids': '1', 'verify-targets': 'false' })
    expect(r.code).toBe(1)
    // The host is not the token, so it stays; the token itself in another case would not.
    expect(r.stdout).toContain(
      `redirect on users/terminate_sessions to https://${host}.evil.example/x`
    )
    stage.box.script('users', {
      status: 307,
      redirect: `https://${TOKEN.toLowerCase()}.evil.example/x`
    })
    const again = await stage.run({ 'user-ids': '1', 'verify-targets': 'false' })
    expectNoForm(again, TOKEN)
    expect(again.stdout).toContain(
      'redirect on users/terminate_sessions to https://***.evil.example/x'
    )
    expect(again.stdout).toContain(WARNING)
  })
})

describe('a redaction never loses a target', () => {
  const node = runtimes()[1]?.[1] ?? process.execPath
  // A short passphrase that happens to be the name part of a login.
  const passphrase = 'carol1'
  const directory = {
    users: [
      { id: '31', name: 'Carol', login: 'carol1@example.com' },
      { id: '32', name: 'Dan', login: 'dan@example.com' }
    ]
  }
  const stage = e2eStage(node, { clients, directory })

  it('a login Box answered with a credential in it is unverified, never not_found, and the log says why', async () => {
    const key = jwtConfigJson({
      clientId: JWT_CLIENT_ID,
      clientSecret: JWT_SECRET,
      publicKeyId: KEY_ID,
      privateKeyPem: createPrivateKey({
        key: keys.privateKeyPem,
        format: 'pem',
        passphrase: PASSPHRASE
      })
        .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase })
        .toString(),
      passphrase
    })
    const r = await stage.run(
      {
        'box-token': '',
        'box-jwt-config': key,
        'user-logins': 'carol1@example.com, dan@example.com, nobody@example.com',
        'fail-on-unknown': 'false'
      },
      { unchecked: true }
    )
    const rows = parse<Record<string, string>>(r.files['report-file'] ?? '', { columns: true })
    const outcome = Object.fromEntries(rows.map(row => [row.user_login, row.outcome]))
    const lookup = Object.fromEntries(rows.map(row => [row.user_login, row.lookup]))
    expect(outcome).toEqual({
      'carol1@example.com': 'accepted',
      'dan@example.com': 'accepted',
      'nobody@example.com': 'not_found'
    })
    expect(lookup['carol1@example.com']).toBe('unverified')
    expect(r.stdout).toContain(
      "a credential the action holds matched the login field of Box's answer and was removed from it"
    )
    expect(r.stdout).toContain(WARNING)
  })
})

describe('for any secret and any form of it in any answer, nothing shows it (fast-check)', () => {
  const node = runtimes()[1]?.[1] ?? process.execPath
  const stage = e2eStage(node, {}, 'property-token-placeholder')
  const printable = fc.string({ unit: 'grapheme-ascii', minLength: 8, maxLength: 200 })
  const secret = printable.filter(
    s => s.trim() === s && s.trim() !== '' && new Set(s).size >= 4 && !s.includes('***')
  )
  const place = fc.constantFrom('message', 'error body', 'header', 'token endpoint')
  const formIndex = fc.nat({ max: coveredForms('x').length - 1 })
  const wrapper = fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }))

  /** The fake Box's answers, with `text` in the chosen place. */
  function answerWith(where: string, text: string): void {
    if (where === 'token endpoint') {
      stage.box.script('token', {
        status: 401,
        json: { error: 'invalid_client', error_description: text }
      })
    } else if (where === 'error body') {
      stage.box.script('users', {
        status: 403,
        json: { type: 'error', status: 403, code: 'forbidden', message: text }
      })
    } else {
      stage.box.script('users', {
        status: 202,
        json: { message: where === 'message' ? text : 'Accepted' },
        headers: where === 'header' ? { 'box-request-id': text } : {}
      })
    }
  }

  it('each covered form of the secret, anywhere, appears in no output, summary, report, remainder or log line, and the warning does', async () => {
    await fc.assert(
      fc.asyncProperty(
        secret,
        place,
        formIndex,
        wrapper,
        async (value, where, index, [before, after]) => {
          const viaToken = where !== 'token endpoint'
          await stage.restart(
            viaToken ? { tokens: [value] } : { clients: { [CLIENT_ID]: { secret: value } } }
          )
          const inputs: Record<string, string> = viaToken
            ? { 'box-token': value, 'user-ids': '1', 'verify-targets': 'false' }
            : {
                'box-token': '',
                'box-client-id': CLIENT_ID,
                'box-client-secret': value,
                'box-enterprise-id': '5',
                'user-ids': '1'
              }
          const [name, form, shown] = coveredForms(value, CLIENT_ID)[index] ?? ['', '', []]
          // A header holds Latin-1 only.
          fc.pre(!(where === 'header' && /[^\x20-\x7e]/.test(form)))
          // The control run: the same answer without the secret, to leave out a secret that
          // the action prints anyway (a word of its own lines).
          answerWith(where, `${before}${after}`)
          const control = await stage.run(inputs, { unchecked: true })
          const controlText = placesOf(control)
            .map(([, text]) => text)
            .join('\n')
          fc.pre(![value, ...shown].some(leak => controlText.includes(leak)))
          answerWith(where, `${before}${form}${after}`)
          const r = await stage.run(inputs, { unchecked: true })
          for (const [where2, text] of placesOf(r)) {
            for (const leak of [value, ...shown]) {
              if (text.includes(leak)) throw new Error(`the ${name} form is in the ${where2}`)
            }
          }
          expect(r.stdout).toContain(WARNING)
        }
      ),
      { numRuns: 30 }
    )
  }, 240_000)
})
