import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { InputName } from '../../src/inputs.js'
import { parseSettings } from '../../src/settings/parse-settings.js'
import { InputError } from '../../src/errors.js'
import type { FileAccess } from '../../src/targets/targets-file.js'
// parseSettings loads the targets-file reader only for a targets-file; loaded here with the file, its
// module-level constants run before any test, as they did when it was imported statically:
// mutation testing counts them as loaded with the file, not as covered by the one test that
// happened to load the module first.
import '../../src/targets/targets-file.js'
import { inputsFrom } from '../helpers/inputs.js'
import { generateAppKeys, jwtConfigJson, PASSPHRASE } from '../helpers/keys.js'
import { secretInputs } from '../../src/auth/settings.js'
import { jwtConfigSecrets } from '../../src/auth/jwt-config.js'
import { generateKeyPairSync } from 'node:crypto'
import { tempFolder } from '../helpers/temp.js'

const noFiles: FileAccess = {
  workspace: '/nonexistent',
  runnerTemp: '',
  osTemp: '/nonexistent-tmp',
  isFile: () => false,
  realPath: () => {
    throw Object.assign(new Error('no'), { code: 'ENOENT' })
  },
  readText: () => ''
}

function parse(inputs: Partial<Record<InputName, string>>, files = noFiles) {
  return parseSettings(inputsFrom(inputs), files)
}

async function problems(
  inputs: Partial<Record<InputName, string>>,
  files = noFiles
): Promise<readonly string[]> {
  try {
    await parse(inputs, files)
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
  throw new Error('expected an InputError')
}

const keys = generateAppKeys()
const jwtConfig = jwtConfigJson({
  clientId: 'jwtclient',
  clientSecret: 'jwt-secret',
  publicKeyId: 'kid1',
  privateKeyPem: keys.privateKeyPem
})

describe('parseSettings', () => {
  it('builds typed settings with the defaults of action.yml', async () => {
    const settings = await parse({
      'user-ids': '1, 2, 1',
      'user-logins': '["Ada@example.com", "ada@EXAMPLE.com"]',
      'group-ids': '9',
      'box-token': 'tok'
    })
    expect(settings).toEqual({
      targets: [
        { kind: 'user-ids', value: '1', source: 'user-ids' },
        { kind: 'user-ids', value: '2', source: 'user-ids' },
        { kind: 'user-logins', value: 'Ada@example.com', source: 'user-logins' },
        { kind: 'group-ids', value: '9', source: 'group-ids' }
      ],
      auth: { method: 'token', token: 'tok' },
      baseUrl: 'https://api.box.com',
      dryRun: false,
      maxRetries: 5,
      requestTimeoutMs: 30_000,
      jobSummary: true,
      verify: { input: 'auto', maxRequests: 1000, strict: false },
      failOnUnknown: true,
      batchSize: 1000,
      notes: []
    })
  })

  it('decides once what verify-targets means for the run', async () => {
    const verify = async (value: string) =>
      (await parse({ 'user-ids': '1', 'box-token': 't', 'verify-targets': value })).verify
    expect(await verify('auto')).toEqual({ input: 'auto', maxRequests: 1000, strict: false })
    expect(await verify('TRUE')).toEqual({
      input: 'true',
      maxRequests: Number.POSITIVE_INFINITY,
      strict: true
    })
    expect(await verify('false')).toEqual({ input: 'false', maxRequests: 0, strict: false })
  })

  it('reads fail-on-unknown, true unless set false', async () => {
    expect((await parse({ 'user-ids': '1', 'box-token': 't' })).failOnUnknown).toBe(true)
    expect(
      (await parse({ 'user-ids': '1', 'box-token': 't', 'fail-on-unknown': 'false' })).failOnUnknown
    ).toBe(false)
  })

  it('reads every input once', async () => {
    const read: string[] = []
    const source = inputsFrom({ 'user-ids': '1', 'box-token': 't' })
    await parseSettings({ ...source, text: name => (read.push(name), source.text(name)) }, noFiles)
    expect(read.length).toBe(new Set(read).size)
  })

  it('reports every problem of every input at once', async () => {
    expect(
      await problems({
        'user-ids': '1, x2, 3y',
        'user-logins': 'good@example.com bad',
        'group-ids': '[1, true]',
        'base-url': 'http://api.box.com',
        'dry-run': 'yes',
        'job-summary': 'maybe',
        'max-retries': '11',
        'request-timeout': '0',
        'verify-targets': 'maybe',
        'fail-on-unknown': 'sometimes',
        'batch-size': '100001'
      })
    ).toEqual([
      'user-ids: "x2" is not a Box ID (digits only)',
      'user-ids: "3y" is not a Box ID (digits only)',
      'user-logins: "bad" must contain exactly one "@"',
      'group-ids: item 2 of the JSON array is "true", not a string or a whole number',
      expect.stringContaining('no Box credentials'),
      expect.stringContaining('base-url: must use https'),
      'dry-run: must be true or false (true, True, TRUE, false, False or FALSE)',
      'job-summary: must be true or false (true, True, TRUE, false, False or FALSE)',
      'fail-on-unknown: must be true or false (true, True, TRUE, false, False or FALSE)',
      'max-retries: must be a whole number from 0 to 10',
      'request-timeout: must be a whole number of seconds from 1 to 300',
      'batch-size: must be a whole number from 1 to 100,000',
      'verify-targets: must be auto, true or false'
    ])
  })

  it('requires at least one target', async () => {
    expect(await problems({ 'box-token': 't' })).toEqual([
      'no targets: set at least one of user-ids, user-logins, group-ids or targets-file'
    ])
  })

  it('accepts True/FALSE spellings and max-retries 0', async () => {
    const s = await parse({
      'group-ids': '1',
      'box-token': 't',
      'dry-run': 'True',
      'job-summary': 'FALSE',
      'max-retries': '0'
    })
    expect([s.dryRun, s.jobSummary, s.maxRetries]).toEqual([true, false, 0])
  })
})

describe('authentication inputs', () => {
  const target = { 'user-ids': '1' }

  it('takes client credentials with an enterprise or a user subject', async () => {
    expect(
      (
        await parse({
          ...target,
          'box-client-id': 'c',
          'box-client-secret': 's',
          'box-enterprise-id': '5'
        })
      ).auth
    ).toEqual({
      method: 'ccg',
      clientId: 'c',
      clientSecret: 's',
      subject: { type: 'enterprise', id: '5' }
    })
    expect(
      (
        await parse({
          ...target,
          'box-client-id': 'c',
          'box-client-secret': 's',
          'box-user-id': '6'
        })
      ).auth
    ).toEqual({
      method: 'ccg',
      clientId: 'c',
      clientSecret: 's',
      subject: { type: 'user', id: '6' }
    })
  })

  it('names what a partial client-credentials set lacks', async () => {
    expect(await problems({ ...target, 'box-client-id': 'c' })).toEqual([
      'box-client-secret: required with box-client-id',
      expect.stringContaining('box-enterprise-id or box-user-id: client credentials need one')
    ])
    expect(await problems({ ...target, 'box-client-secret': 's', 'box-user-id': '1' })).toEqual([
      'box-client-id: required with box-client-secret'
    ])
  })

  it('refuses two subjects and non-numeric subjects', async () => {
    expect(
      await problems({
        ...target,
        'box-client-id': 'c',
        'box-client-secret': 's',
        'box-enterprise-id': '1',
        'box-user-id': 'u'
      })
    ).toEqual([
      'box-user-id: is not a Box ID (digits only)',
      'box-enterprise-id and box-user-id: give one subject, not both'
    ])
  })

  it.each([
    ['box-token', 'tok\nen'],
    ['box-token', 'tök€n'],
    ['box-client-secret', 'se\rcret'],
    ['box-client-id', 'cli\u2028ent']
  ])(
    'refuses %s holding a character an HTTP header cannot carry, without quoting it',
    async (name, value) => {
      const others: Partial<Record<InputName, string>> =
        name === 'box-token'
          ? {}
          : { 'box-client-id': 'c', 'box-client-secret': 's', 'box-enterprise-id': '5' }
      const found = await problems({ ...target, ...others, [name]: value })
      expect(found).toEqual([
        `${name}: holds a line break or a character outside Latin-1, which cannot be sent in an HTTP header; copy the value again`
      ])
      expect(found.join('\n')).not.toContain(value)
    }
  )

  it('takes a credential with Latin-1 letters and tabs as it is', async () => {
    expect((await parse({ ...target, 'box-token': 'tök\ten' })).auth).toEqual({
      method: 'token',
      token: 'tök\ten'
    })
  })

  it('names conflicting methods', async () => {
    expect(await problems({ ...target, 'box-token': 't', 'box-jwt-config': jwtConfig })).toEqual([
      'conflicting credentials: box-token and box-jwt-config; use exactly one way'
    ])
    expect(await problems({ ...target, 'box-token': 't', 'box-client-secret': 's' })).toEqual([
      'conflicting credentials: box-token and box-client-id/box-client-secret; use exactly one way'
    ])
  })

  it('refuses a subject with a plain token', async () => {
    expect(await problems({ ...target, 'box-token': 't', 'box-user-id': '3' })).toEqual([
      'box-user-id: applies only to client credentials or JWT, not to box-token'
    ])
  })

  it('reads a JWT config and takes its enterprise as the subject unless overridden', async () => {
    const jwt = (await parse({ ...target, 'box-jwt-config': jwtConfig })).auth
    expect(jwt).toMatchObject({
      method: 'jwt',
      jwt: { clientId: 'jwtclient', clientSecret: 'jwt-secret', publicKeyId: 'kid1' },
      subject: { type: 'enterprise', id: '998877' }
    })
    expect(
      (await parse({ ...target, 'box-jwt-config': jwtConfig, 'box-user-id': '42' })).auth
    ).toMatchObject({
      subject: { type: 'user', id: '42' }
    })
  })

  it.each([
    ['not JSON', 'box-jwt-config: is not valid JSON (paste the whole app config file)'],
    [
      '{"boxAppSettings": {"clientID": "x"}}',
      expect.stringContaining('box-jwt-config: missing boxAppSettings.clientSecret')
    ],
    [
      jwtConfig.replace('correct horse', 'wrong horse'),
      'box-jwt-config: the private key could not be decrypted (wrong passphrase, or not a PEM private key)'
    ]
  ])('explains a malformed JWT config without quoting it (%#)', async (config, problem) => {
    const found = await problems({ ...target, 'box-jwt-config': config })
    expect(found).toEqual([problem])
    expect(found.join('\n')).not.toContain('PRIVATE KEY')
    expect(found.join('\n')).not.toContain('jwt-secret')
  })
})

describe('the credentials at their edges', () => {
  const target = { 'user-ids': '1' }
  const withConfig = (change: (config: Record<string, unknown>) => void): string => {
    const config = JSON.parse(jwtConfig) as Record<string, unknown>
    change(config)
    return JSON.stringify(config)
  }

  it('refuses an enterprise ID that is not digits, given as an input or in the JWT config', async () => {
    expect(
      await problems({
        ...target,
        'box-client-id': 'c',
        'box-client-secret': 's',
        'box-enterprise-id': 'e1'
      })
    ).toEqual(['box-enterprise-id: is not a Box ID (digits only)'])
    const lettered = withConfig(config => (config.enterpriseID = 'acme'))
    expect(await problems({ ...target, 'box-jwt-config': lettered })).toEqual([
      'box-jwt-config: enterpriseID is not a Box ID (digits only)'
    ])
  })

  it('takes a numeric enterpriseID, and asks for a subject when the config names none', async () => {
    const numeric = withConfig(config => (config.enterpriseID = 4455))
    expect((await parse({ ...target, 'box-jwt-config': numeric })).auth).toMatchObject({
      subject: { type: 'enterprise', id: '4455' }
    })
    const none = withConfig(config => delete config.enterpriseID)
    expect(await problems({ ...target, 'box-jwt-config': none })).toEqual([
      'box-jwt-config: has no enterpriseID; set box-enterprise-id or box-user-id to choose whom to act as'
    ])
    expect(
      (await parse({ ...target, 'box-jwt-config': none, 'box-enterprise-id': '7' })).auth
    ).toMatchObject({
      subject: { type: 'enterprise', id: '7' }
    })
  })

  it('refuses a private key that is not RSA', async () => {
    const { privateKey } = generateKeyPairSync('ec', {
      namedCurve: 'P-256',
      privateKeyEncoding: {
        type: 'pkcs8',
        format: 'pem',
        cipher: 'aes-256-cbc',
        passphrase: PASSPHRASE
      },
      publicKeyEncoding: { type: 'spki', format: 'pem' }
    })
    const ec = withConfig(config => {
      const app = config.boxAppSettings as { appAuth: { privateKey: string } }
      app.appAuth.privateKey = privateKey
    })
    expect(await problems({ ...target, 'box-jwt-config': ec })).toEqual([
      'box-jwt-config: the private key is not an RSA key'
    ])
  })

  it('finds every secret of a JWT config, even a malformed one, and none in text that is not JSON', () => {
    expect(jwtConfigSecrets(jwtConfig)).toEqual({
      clientSecret: 'jwt-secret',
      others: [PASSPHRASE, keys.privateKeyPem]
    })
    const partial = JSON.stringify({
      boxAppSettings: { clientSecret: 'only-this', appAuth: { passphrase: 7 } }
    })
    expect(jwtConfigSecrets(partial)).toEqual({ clientSecret: 'only-this', others: [] })
    expect(jwtConfigSecrets('{"boxAppSettings": null}')).toEqual({ clientSecret: '', others: [] })
    expect(jwtConfigSecrets('not JSON')).toEqual({ clientSecret: '', others: [] })
  })

  it('lists every secret input, tokens and client secrets in any case, the rest as given', () => {
    const read = (inputs: Partial<Record<InputName, string>>) => (name: InputName) =>
      inputs[name] ?? ''
    expect(secretInputs(read({ 'box-token': 'tok', 'box-client-id': 'public' }))).toEqual([
      { value: 'tok', anyCase: true }
    ])
    expect(secretInputs(read({ 'box-client-secret': 'ccg-secret' }))).toEqual([
      { value: 'ccg-secret', anyCase: true }
    ])
    expect(secretInputs(read({ 'box-jwt-config': jwtConfig }))).toEqual([
      { value: 'jwt-secret', anyCase: true },
      { value: jwtConfig, anyCase: false },
      { value: PASSPHRASE, anyCase: false },
      { value: keys.privateKeyPem, anyCase: false }
    ])
  })
})

describe('targets-file', () => {
  const base = fs.realpathSync(tempFolder('tbs-settings-'))
  const workspace = path.join(base, 'workspace')
  const runnerTemp = path.join(base, 'runner-temp')
  fs.mkdirSync(workspace)
  fs.mkdirSync(runnerTemp)
  const files: FileAccess = {
    workspace,
    runnerTemp,
    osTemp: os.tmpdir(),
    realPath: f => fs.realpathSync(f),
    isFile: f => fs.statSync(f).isFile(),
    readText: f => fs.readFileSync(f, 'utf8')
  }
  fs.writeFileSync(
    path.join(workspace, 'targets.csv'),
    'user_login,group_id\nb@example.com,7\nbad,x\n'
  )
  fs.writeFileSync(path.join(workspace, '..targets.csv'), 'user_id\n5\n')
  fs.writeFileSync(path.join(runnerTemp, 'remainder.json'), '{"group_ids": ["8"]}')
  fs.writeFileSync(path.join(base, 'outside.csv'), 'user_id\n1\n')
  fs.symlinkSync(path.join(base, 'outside.csv'), path.join(workspace, 'link.csv'))
  fs.writeFileSync(
    path.join(workspace, 'export.csv'),
    'name,user_login,department\nAda,ada@example.com,R&D\n'
  )

  it('merges file targets with inline ones and names bad rows by line', async () => {
    expect(
      await problems(
        { 'user-logins': 'a@example.com', 'targets-file': 'targets.csv', 'box-token': 't' },
        files
      )
    ).toEqual([
      'targets-file line 3 (user_login): "bad" must contain exactly one "@"',
      'targets-file line 3 (group_id): "x" is not a Box ID (digits only)'
    ])
  })

  it('reads a file in the workspace whose name starts with two dots, and one in RUNNER_TEMP', async () => {
    const values = async (file: string) =>
      (await parse({ 'targets-file': file, 'box-token': 't' }, files)).targets.map(t => t.value)
    expect(await values('..targets.csv')).toEqual(['5'])
    expect(await values(path.join(runnerTemp, 'remainder.json'))).toEqual(['8'])
  })

  it('notes the columns of an export that it ignores', async () => {
    expect((await parse({ 'targets-file': 'export.csv', 'box-token': 't' }, files)).notes).toEqual([
      'targets-file: ignored the columns "name", "department", which name no kind of target'
    ])
  })

  it('refuses a file outside both folders, through a link too, a missing one and a directory', async () => {
    expect(await problems({ 'targets-file': '../outside.csv', 'box-token': 't' }, files)).toEqual([
      'targets-file: "../outside.csv" is not inside the workspace or RUNNER_TEMP'
    ])
    expect(await problems({ 'targets-file': 'link.csv', 'box-token': 't' }, files)).toEqual([
      'targets-file: "link.csv" is not inside the workspace or RUNNER_TEMP'
    ])
    expect(await problems({ 'targets-file': 'nope.csv', 'box-token': 't' }, files)).toEqual([
      'targets-file: "nope.csv": no such file'
    ])
    expect(await problems({ 'targets-file': '.', 'box-token': 't' }, files)).toEqual([
      'targets-file: "." is not inside the workspace or RUNNER_TEMP'
    ])
    fs.mkdirSync(path.join(workspace, 'folder'), { recursive: true })
    expect(await problems({ 'targets-file': 'folder', 'box-token': 't' }, files)).toEqual([
      'targets-file: "folder" is not a regular file (a directory, FIFO or device)'
    ])
  })
})
