import { describe, expect, it } from '@jest/globals'
import { JWT_AUDIENCE } from '../../harness/fake-box.js'
import type { ActionRun } from '../../harness/run-action.js'
import { e2eStage, runtimes } from '../helpers/e2e.js'
import { generateAppKeys, jwtConfigJson, PASSPHRASE } from '../helpers/keys.js'

const CLIENT_ID = 'ccgclient7d1e'
const CLIENT_SECRET = 'ccg-secret-c0ffee-5eed'
const JWT_CLIENT_ID = 'jwtclient99aa'
const JWT_SECRET = 'jwt-secret-beef-cafe'
const KEY_ID = 'key-2'
const keys = generateAppKeys()
const JWT_CONFIG = jwtConfigJson({
  clientId: JWT_CLIENT_ID,
  clientSecret: JWT_SECRET,
  publicKeyId: KEY_ID,
  privateKeyPem: keys.privateKeyPem,
  enterpriseId: '998877'
})
const keyLines = keys.privateKeyPem.split('\n').filter(l => l.length >= 8 && !l.startsWith('-----'))

describe.each(runtimes())('authentication in the bundled action on %s', (_label, node) => {
  const clients = {
    [CLIENT_ID]: { secret: CLIENT_SECRET },
    [JWT_CLIENT_ID]: {
      secret: JWT_SECRET,
      publicKeys: { 'key-1': generateAppKeys().publicKeyPem, [KEY_ID]: keys.publicKeyPem }
    }
  }
  const stage = e2eStage(node, { clients })

  function run(
    inputs: Record<string, string>,
    secrets: string[],
    embedded: string[] = []
  ): Promise<ActionRun> {
    return stage.run({ 'box-token': '', ...inputs }, { secrets, embedded })
  }
  const ccg = { 'box-client-id': CLIENT_ID, 'box-client-secret': CLIENT_SECRET }
  const jwtSecrets = [JWT_CONFIG, JWT_SECRET, PASSPHRASE, keys.privateKeyPem, ...keyLines]

  it.each([
    ['box-enterprise-id', 'enterprise'],
    ['box-user-id', 'user']
  ])('gets a token with client credentials and %s', async (input, type) => {
    const r = await run({ ...ccg, [input]: '31337', 'user-ids': '1' }, [CLIENT_SECRET])
    expect(r.code).toBe(0)
    const [token] = stage.box.requestsTo('token')
    const [users] = stage.box.requestsTo('users')
    expect([token?.path, token?.form]).toEqual([
      '/oauth2/token',
      {
        grant_type: 'client_credentials',
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        box_subject_type: type,
        box_subject_id: '31337'
      }
    ])
    expect(users?.headers.authorization).toBe(`Bearer ${stage.box.issuedTokens[0]}`)
  })

  it('gets one token for users and groups together', async () => {
    const r = await run({ ...ccg, 'box-enterprise-id': '5', 'user-ids': '1', 'group-ids': '2' }, [
      CLIENT_SECRET
    ])
    expect(r.code).toBe(0)
    expect(stage.box.requestsTo('token')).toHaveLength(1)
  })

  it('signs a JWT assertion with the encrypted key from the config', async () => {
    const r = await run({ 'box-jwt-config': JWT_CONFIG, 'group-ids': '2' }, jwtSecrets)
    expect(r.code).toBe(0)
    const [token] = stage.box.requestsTo('token')
    expect(token?.form).toMatchObject({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      client_id: JWT_CLIENT_ID,
      client_secret: JWT_SECRET
    })
    expect(token?.jwtHeader).toEqual({ alg: 'RS256', typ: 'JWT', kid: KEY_ID })
    expect(token?.claims).toMatchObject({
      iss: JWT_CLIENT_ID,
      sub: '998877',
      box_sub_type: 'enterprise',
      aud: JWT_AUDIENCE
    })
    expect(stage.box.requestsTo('groups')).toHaveLength(1)
  })

  it('lets box-user-id override the JWT subject', async () => {
    const r = await run(
      { 'box-jwt-config': JWT_CONFIG, 'box-user-id': '4242', 'user-ids': '1' },
      jwtSecrets
    )
    expect(r.code).toBe(0)
    expect(stage.box.requestsTo('token')[0]?.claims).toMatchObject({
      sub: '4242',
      box_sub_type: 'user'
    })
  })

  it('retries once with Box’s time when the runner clock is off', async () => {
    await stage.restart({ clockOffsetMs: 10 * 60_000 })
    const r = await run({ 'box-jwt-config': JWT_CONFIG, 'user-ids': '1' }, jwtSecrets)
    expect(r.code).toBe(0)
    const tokens = stage.box.requestsTo('token')
    expect(tokens).toHaveLength(2)
    expect(tokens[1]?.claims.exp - tokens[0]?.claims.exp).toBeGreaterThanOrEqual(590)
    expect(tokens[1]?.claims.jti).not.toBe(tokens[0]?.claims.jti)
  })

  it('shows invalid_grant with a hint and sends no termination', async () => {
    stage.box.script('token', {
      status: 400,
      json: { error: 'invalid_grant', error_description: 'Grant credentials are invalid' }
    })
    const r = await run({ ...ccg, 'box-enterprise-id': '5', 'user-ids': '1', 'group-ids': '2' }, [
      CLIENT_SECRET
    ])
    expect(r.code).toBe(1)
    expect(stage.box.requestsTo('token')).toHaveLength(1)
    expect(stage.box.requestsTo('users')).toHaveLength(0)
    expect(r.stdout).toContain(
      'Box token request failed: HTTP 400 invalid_grant: Grant credentials are invalid. Hint: check that the app is authorised in the Box Admin Console'
    )
  })

  it('retries the token endpoint after a 5xx', async () => {
    stage.box.script('token', { status: 503 })
    const r = await run({ ...ccg, 'box-enterprise-id': '5', 'user-ids': '1' }, [CLIENT_SECRET])
    expect(r.code).toBe(0)
    expect(stage.box.requestsTo('token')).toHaveLength(2)
    expect(r.stdout).toContain('oauth2/token: attempt 1 failed (HTTP 503)')
  })

  it('gets a new token once after a 401, then retries the call', async () => {
    stage.box.script('users', {
      status: 401,
      json: { type: 'error', status: 401, code: 'unauthorized', message: 'Unauthorized' }
    })
    const r = await run({ ...ccg, 'box-enterprise-id': '5', 'user-ids': '1' }, [CLIENT_SECRET])
    expect(r.code).toBe(0)
    // The lookup before the termination used the first token too.
    expect(stage.box.requests.map(q => q.route)).toEqual([
      'token',
      'user',
      'users',
      'token',
      'users'
    ])
    const bearers = stage.box.requestsTo('users').map(q => q.headers.authorization)
    expect(bearers).toEqual([
      `Bearer ${stage.box.issuedTokens[0]}`,
      `Bearer ${stage.box.issuedTokens[1]}`
    ])
  })

  it('fails when Box refuses the renewed token too', async () => {
    const unauthorized = {
      status: 401,
      json: { type: 'error', status: 401, code: 'unauthorized', message: 'Unauthorized' }
    }
    stage.box.script('users', unauthorized, unauthorized)
    const r = await run({ ...ccg, 'box-enterprise-id': '5', 'user-ids': '1' }, [CLIENT_SECRET])
    expect(r.code).toBe(1)
    expect(stage.box.requestsTo('token')).toHaveLength(2)
    expect(r.stdout).toContain('Hint: Box refused a freshly issued token')
  })

  it('reports whom the token acts as in a dry run', async () => {
    const r = await run(
      { 'box-jwt-config': JWT_CONFIG, 'user-ids': '1', 'dry-run': 'true' },
      jwtSecrets
    )
    expect(r.code).toBe(0)
    expect(stage.box.requests.map(q => q.route)).toEqual(['token', 'me', 'user'])
    expect(r.stdout).toContain('Acting as Ada Admin')
  })

  it.each([
    ['not JSON', '{ "boxAppSettings": ' + JSON.stringify(JWT_SECRET), 'is not valid JSON'],
    [
      'missing fields',
      JSON.stringify({ boxAppSettings: { clientID: 'x', clientSecret: JWT_SECRET } }),
      'missing boxAppSettings.appAuth.publicKeyID'
    ],
    [
      'a wrong passphrase',
      JWT_CONFIG.replace(PASSPHRASE, 'not-the-passphrase'),
      'could not be decrypted'
    ]
  ])('refuses a config with %s without echoing it', async (_what, config, message) => {
    const r = await run({ 'box-jwt-config': config, 'user-ids': '1' }, [config], [JWT_SECRET])
    expect(r.code).toBe(1)
    expect(stage.box.requests).toEqual([])
    expect(r.stdout).toContain(message)
  })

  it('names the missing parts of a partial client-credentials set', async () => {
    const r = await run({ 'box-client-secret': CLIENT_SECRET, 'user-ids': '1' }, [CLIENT_SECRET])
    expect(r.code).toBe(1)
    expect(stage.box.requests).toEqual([])
    expect(r.stdout).toContain('box-client-id: required with box-client-secret')
    expect(r.stdout).toContain('box-enterprise-id or box-user-id: client credentials need one')
  })
})
