// @ts-check
// npm run probe-box: asks a real Box what its documentation leaves open about terminate_sessions,
// for a maintainer with a Box sandbox, and writes the answers as the fake Box's switches.
//
//   BOX_TOKEN=…  (or BOX_CLIENT_ID, BOX_CLIENT_SECRET and BOX_ENTERPRISE_ID)  npm run probe-box
//   options: --out probe-box.json   BOX_BASE_URL (https://api.box.com by default)
//
// What it sends: it creates one disposable managed user (the known-good target), ends that user's
// sessions in each form asked about, and deletes the user. It never targets the account it acts
// as (ending its sessions may revoke the probe's own token) nor any other existing account: the
// unknown targets are IDs a lookup first shows do not exist and logins at example.invalid.
import { randomBytes, randomInt } from 'node:crypto'
import fs from 'node:fs'

const BASE = (process.env.BOX_BASE_URL ?? 'https://api.box.com').replace(/\/+$/, '')
const args = process.argv.slice(2)
const outAt = args.indexOf('--out')
const OUT = outAt >= 0 && args[outAt + 1] ? String(args[outAt + 1]) : 'probe-box.json'

/** @typedef {{ status: number, json?: any }} Reply */

/** @returns {Promise<string>} */
async function token() {
  if (process.env.BOX_TOKEN) return process.env.BOX_TOKEN
  const {
    BOX_CLIENT_ID: id,
    BOX_CLIENT_SECRET: secret,
    BOX_ENTERPRISE_ID: enterprise
  } = process.env
  if (!id || !secret || !enterprise) {
    throw new Error(
      'set BOX_TOKEN, or BOX_CLIENT_ID, BOX_CLIENT_SECRET and BOX_ENTERPRISE_ID (client credentials)'
    )
  }
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: id,
    client_secret: secret,
    box_subject_type: 'enterprise',
    box_subject_id: enterprise
  })
  const reply = await fetch(`${BASE}/oauth2/token`, { method: 'POST', body })
  const json = /** @type {{ access_token?: string }} */ (await reply.json().catch(() => ({})))
  if (!reply.ok || !json.access_token) throw new Error(`the token request failed (${reply.status})`)
  return json.access_token
}

/**
 * @param {string} bearer @param {string} method @param {string} path @param {unknown} [body]
 * @returns {Promise<Reply>}
 */
async function call(bearer, method, path, body) {
  const reply = await fetch(`${BASE}/2.0/${path}`, {
    method,
    headers: {
      authorization: `Bearer ${bearer}`,
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' })
    },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await reply.text()
  let json
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  return { status: reply.status, json }
}

/** Box's answer to a terminate request, as the fake's switches name it. @param {Reply} reply */
const verdict = reply =>
  reply.status === 202 ? 'accepted' : reply.status === 400 ? 'refused' : 'unknown'

/** An ID Box says no user has. @param {string} bearer */
async function unknownId(bearer) {
  for (let tries = 0; tries < 5; tries++) {
    const id = String(randomInt(10_000_000_000, 99_999_999_999))
    const reply = await call(bearer, 'GET', `users/${id}?fields=id`)
    if (reply.status === 404) return id
  }
  throw new Error('no user ID that Box says does not exist was found in 5 tries')
}

/**
 * The questions, each against the one disposable user. `unknown` for whatever the answers cannot
 * separate.
 * @param {string} bearer @param {string} good
 */
async function ask(bearer, good) {
  const post = (/** @type {unknown} */ body) =>
    call(bearer, 'POST', 'users/terminate_sessions', body)
  /** @type {Record<string, string>} */
  const table = {}
  /** @type {import('../harness/fake-box/endpoints.js').TerminateSwitches} */
  const switches = {}

  const empty = await post({ user_ids: [good], user_logins: [] })
  table['a list sent empty ([])'] = `${empty.status}: ${verdict(empty)}`
  const missing = await post({ user_ids: [good] })
  table['a list left out'] = `${missing.status}: ${verdict(missing)}`
  if (verdict(empty) !== 'unknown') switches.emptyList = /** @type {any} */ (verdict(empty))
  if (verdict(missing) !== 'unknown') switches.missingKey = /** @type {any} */ (verdict(missing))
  // The form Box takes, for the questions after.
  const form =
    verdict(empty) === 'accepted'
      ? (/** @type {string[]} */ ids, /** @type {string[]} */ logins) => ({
          user_ids: ids,
          user_logins: logins
        })
      : (/** @type {string[]} */ ids, /** @type {string[]} */ logins) => ({
          user_ids: ids,
          ...(logins.length > 0 ? { user_logins: logins } : {})
        })
  const accepted = [empty, missing].find(reply => reply.status === 202)
  const message = accepted?.json?.message
  table['the 202 message'] =
    accepted === undefined
      ? 'unknown'
      : typeof message !== 'string'
        ? 'absent'
        : message.includes('\n')
          ? 'with a newline'
          : 'one line'
  if (accepted !== undefined)
    switches.message =
      typeof message !== 'string' ? 'absent' : message.includes('\n') ? 'newline' : 'line'

  const nobody = await unknownId(bearer)
  const withId = await post(form([good, nobody], []))
  const withLogin = await post(
    form([good], [`nobody-${randomBytes(4).toString('hex')}@example.invalid`])
  )
  table['an unknown ID beside a known one'] = String(withId.status)
  table['an unknown login beside a known one'] = String(withLogin.status)
  const alike = withId.status === withLogin.status && [202, 400, 404].includes(withId.status)
  if (alike) switches.unknown = /** @type {202 | 400 | 404} */ (withId.status)

  // A cap can be asked only with many targets Box takes: logins at example.invalid, when it takes
  // those (no account can have one).
  if (withLogin.status === 202) {
    const run = randomBytes(4).toString('hex')
    const many = Array.from({ length: 1000 }, (_, i) => `nobody-${run}-${i}@example.invalid`)
    const big = await post(form([good], many))
    table['1,001 targets in one request'] = String(big.status)
    if (big.status === 400 || big.status === 413) {
      // The largest request Box takes, by halving: 2 targets were taken, 1,001 were not.
      let taken = 2
      let refused = 1001
      while (refused - taken > 1) {
        const size = Math.floor((taken + refused) / 2)
        const reply = await post(form([good], many.slice(0, size - 1)))
        if (reply.status === 202) taken = size
        else refused = size
      }
      table['the most targets Box takes in one request'] = String(taken)
      switches.cap = { size: taken, status: big.status }
    }
  } else {
    table['1,001 targets in one request'] = 'unknown: Box does not take unknown logins to fill one'
  }
  return { table, switches }
}

const bearer = await token()
const me = await call(bearer, 'GET', 'users/me?fields=id,login')
if (me.status !== 200 || !me.json?.id) throw new Error(`users/me failed (${me.status})`)
const login = `tbs-probe-${randomBytes(6).toString('hex')}@example.com`
const created = await call(bearer, 'POST', 'users', { name: 'terminate-box-sessions probe', login })
/** @type {{ table: Record<string, string>, switches: object }} */
let result = { table: {}, switches: {} }
if (created.status !== 201 || !created.json?.id) {
  console.log(`Could not create the disposable user (${created.status}): every answer is unknown`)
} else {
  const good = String(created.json.id)
  try {
    if (good === String(me.json.id)) throw new Error('the disposable user is the acting account')
    result = await ask(bearer, good)
  } finally {
    const removed = await call(bearer, 'DELETE', `users/${good}?force=true`)
    console.log(`Deleted the disposable user ${good}: ${removed.status}`)
  }
}
console.log('\n| question | Box answered |\n| --- | --- |')
for (const [question, answer] of Object.entries(result.table))
  console.log(`| ${question} | ${answer} |`)
fs.writeFileSync(OUT, `${JSON.stringify(result.switches, null, 2)}\n`)
console.log(`\nThe fake Box's switches: ${OUT} (load them with startFakeBox({ terminate }))`)
