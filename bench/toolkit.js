// @ts-check
// The speed guard's reference: the action's one-user job written plainly on the same toolkit
// (@actions/core, @actions/github, @actions/http-client), as an action author would write it
// without care for start-up: read the inputs, mask the credentials, get a token from a JWT app
// when given one, post once, set the output, write a summary. npm run bench bundles it with ncc,
// the way the action is built.
import * as core from '@actions/core'
import { context } from '@actions/github'
import { HttpClient } from '@actions/http-client'
import { createPrivateKey, createSign, randomUUID } from 'node:crypto'

const client = new HttpClient('plain-toolkit-job')
const baseUrl = core.getInput('base-url')

/** An access token for the JWT app of `raw`, as Box's JWT guide describes. @param {string} raw */
async function jwtToken(raw) {
  core.setSecret(raw)
  const config = JSON.parse(raw)
  const { clientID, clientSecret, appAuth } = config.boxAppSettings
  core.setSecret(clientSecret)
  core.setSecret(appAuth.passphrase)
  const key = createPrivateKey({ key: appAuth.privateKey, passphrase: appAuth.passphrase })
  const now = Math.floor(Date.now() / 1000)
  const part = (/** @type {object} */ value) =>
    Buffer.from(JSON.stringify(value)).toString('base64url')
  const body = `${part({ alg: 'RS256', typ: 'JWT', kid: appAuth.publicKeyID })}.${part({
    iss: clientID,
    sub: config.enterpriseID,
    box_sub_type: 'enterprise',
    aud: 'https://api.box.com/oauth2/token',
    jti: randomUUID(),
    exp: now + 45
  })}`
  const assertion = `${body}.${createSign('RSA-SHA256').update(body).sign(key, 'base64url')}`
  core.setSecret(assertion)
  const response = await client.post(
    `${baseUrl}/oauth2/token`,
    new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      client_id: clientID,
      client_secret: clientSecret,
      assertion
    }).toString(),
    { 'Content-Type': 'application/x-www-form-urlencoded' }
  )
  const token = JSON.parse(await response.readBody()).access_token
  core.setSecret(token)
  return token
}

const jwtConfig = core.getInput('box-jwt-config')
const token = jwtConfig ? await jwtToken(jwtConfig) : core.getInput('box-token')
core.setSecret(token)
const ids = core
  .getInput('user-ids')
  .split(/[\s,;]+/)
  .filter(id => id !== '')
const response = await client.postJson(
  `${baseUrl}/2.0/users/terminate_sessions`,
  { user_ids: ids, user_logins: [] },
  { Authorization: `Bearer ${token}` }
)
const result = /** @type {{ message?: string } | null} */ (response.result)
core.setOutput('message', result?.message ?? '')
await core.summary
  .addHeading('Box sessions terminated', 2)
  .addRaw(`<p>${ids.length} users, by ${context.actor}</p>`, true)
  .write()
