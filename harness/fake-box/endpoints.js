// @ts-check
// One handler per Box endpoint the action calls. Each takes the recorded request and the fake's
// state and returns the answer: a status, a JSON body and headers.
import { createPublicKey, createVerify, randomBytes } from 'node:crypto'
import { FAKE_ENTERPRISE } from './directory.js'

export const SUCCESS_MESSAGE =
  'Request is successful, please check the admin events for the status of the job'
export const JWT_AUDIENCE = 'https://api.box.com/oauth2/token'

/**
 * @typedef {import('./directory.js').DirectoryUser} DirectoryUser
 * @typedef {{ status: number, json?: unknown, rawBody?: string, headers?: Record<string, string> }} Answer
 * @typedef {{
 *   method: string, path: string, route: string, headers: import('node:http').IncomingHttpHeaders,
 *   body: string, json?: any, form?: Record<string, string>, claims?: any, jwtHeader?: any,
 *   at: number, status?: number, retryAfter?: string, answeredAt?: number
 * }} RecordedRequest
 * @typedef {{ secret: string, publicKeys?: Record<string, string> }} Client
 * @typedef {{
 *   directory: ReturnType<typeof import('./directory.js').createDirectory>,
 *   accepted: Set<string>, issuedTokens: string[], clients: Record<string, Client>,
 *   now: () => number, me?: Record<string, unknown>, tokenLifetimeS?: number,
 *   pageSize?: number, refuseLookups?: boolean, endlessMarkers?: boolean,
 *   terminate?: TerminateSwitches
 * }} State
 * @typedef {{
 *   emptyList?: 'accepted' | 'refused', missingKey?: 'accepted' | 'refused',
 *   unknown?: 202 | 400 | 404, cap?: { size: number, status: 400 | 413 },
 *   refuseAll?: boolean, message?: 'line' | 'newline' | 'absent'
 * }} TerminateSwitches
 * What Box leaves undocumented of terminate_sessions, switched one way or the other:
 * emptyList: a body with one list empty and a target in another (default: accepted).
 * missingKey: a body that leaves a list out, which Box's API marks required (default: refused).
 * unknown: a body naming a target Box does not know, among others (default: 202, all accepted).
 * cap: the most targets one request takes, and the answer to a larger one (default: none).
 * refuseAll: every request refused alike, with Box's 403 (an app without the permission).
 * message: Box's message in one line, with the newline of Box's own example, or left out.
 * @typedef {(request: RecordedRequest, state: State) => Answer} Handler
 */

/** Box's ClientError body. @param {number} status @param {string} code @param {string} message @returns {Answer} */
export function clientError(status, code, message) {
  return {
    status,
    json: {
      type: 'error',
      status,
      code,
      message,
      context_info: {},
      help_url: 'http://developers.box.com/docs/#errors',
      request_id: randomBytes(8).toString('hex')
    }
  }
}

/** @param {number} status @param {string} error @param {string} description @returns {Answer} */
function oauthError(status, error, description) {
  return { status, json: { error, error_description: description } }
}

const notFound = () => clientError(404, 'not_found', 'Not Found')

/**
 * A user as Box gives it: the enterprise only when `fields` asks for it.
 * @param {DirectoryUser} user @param {State} state @param {RecordedRequest} request
 */
function userJson(user, state, request) {
  const fields = (query(request).get('fields') ?? '').split(',')
  /** @type {Record<string, unknown>} */
  const json = { type: 'user', status: 'active', role: 'user', ...user }
  delete json.enterprise
  if (fields.includes('enterprise')) json.enterprise = state.directory.enterpriseOf(user)
  return json
}

/** @param {RecordedRequest} request */
const query = request => new URL(request.path, 'http://127.0.0.1').searchParams
/** The path segment after /2.0/<collection>/. @param {RecordedRequest} request */
const idOf = request =>
  decodeURIComponent(new URL(request.path, 'http://127.0.0.1').pathname.split('/')[3] ?? '')

/** POST /oauth2/token: client credentials or a JWT assertion. @type {Handler} */
export function token(request, state) {
  const form = request.form ?? {}
  const client = state.clients[form.client_id ?? '']
  if (!client || client.secret !== form.client_secret) {
    return oauthError(400, 'invalid_client', 'The client credentials are invalid')
  }
  if (form.grant_type === 'client_credentials') {
    if (!['enterprise', 'user'].includes(form.box_subject_type ?? '') || !form.box_subject_id) {
      return oauthError(400, 'invalid_request', 'Invalid box_subject_type or box_subject_id')
    }
    return issueToken(state)
  }
  if (form.grant_type === 'urn:ietf:params:oauth:grant-type:jwt-bearer') {
    return checkAssertion(request, state, client, form.client_id ?? '') ?? issueToken(state)
  }
  return oauthError(400, 'unsupported_grant_type', 'Grant type is not supported')
}

/** @param {RecordedRequest} request @param {State} state @param {Client} client @param {string} clientId */
function checkAssertion(request, state, client, clientId) {
  const parts = String(request.form?.assertion ?? '').split('.')
  if (parts.length !== 3) return oauthError(400, 'invalid_grant', 'Invalid JWT')
  const [h, c, s] = /** @type {[string, string, string]} */ (parts)
  try {
    request.jwtHeader = JSON.parse(Buffer.from(h, 'base64url').toString('utf8'))
    request.claims = JSON.parse(Buffer.from(c, 'base64url').toString('utf8'))
  } catch {
    return oauthError(400, 'invalid_grant', 'Invalid JWT')
  }
  const key = client.publicKeys?.[request.jwtHeader.kid]
  if (!key) return oauthError(400, 'invalid_grant', 'Unknown public key id')
  const valid = createVerify('RSA-SHA256')
    .update(`${h}.${c}`)
    .verify(createPublicKey(key), Buffer.from(s, 'base64url'))
  if (!valid || request.jwtHeader.alg !== 'RS256') {
    return oauthError(400, 'invalid_grant', 'Signature verification error')
  }
  const claims = request.claims
  const nowS = Math.floor(state.now() / 1000)
  if (typeof claims.exp !== 'number' || claims.exp <= nowS || claims.exp > nowS + 60) {
    return oauthError(400, 'invalid_grant', "Please check the 'exp' claim.")
  }
  if (claims.iss !== clientId || claims.aud !== JWT_AUDIENCE || !claims.sub) {
    return oauthError(400, 'invalid_grant', 'Invalid iss, aud or sub claim')
  }
  if (!['enterprise', 'user'].includes(claims.box_sub_type)) {
    return oauthError(400, 'invalid_grant', 'Invalid box_sub_type claim')
  }
  if (typeof claims.jti !== 'string' || claims.jti.length < 16 || claims.jti.length > 128) {
    return oauthError(400, 'invalid_grant', 'Invalid jti claim')
  }
  return undefined
}

/** @param {State} state @returns {Answer} */
function issueToken(state) {
  const issued = `issued-${randomBytes(12).toString('hex')}`
  state.accepted.add(issued)
  state.issuedTokens.push(issued)
  return {
    status: 200,
    json: {
      access_token: issued,
      expires_in: state.tokenLifetimeS ?? 3600,
      token_type: 'bearer',
      restricted_to: []
    }
  }
}

/** GET /2.0/users/me. @type {Handler} */
export function usersMe(request, state) {
  return {
    status: 200,
    json: {
      type: 'user',
      id: '11446498',
      name: 'Ada Admin',
      login: 'ada@example.com',
      role: 'admin',
      ...(query(request).get('fields')?.split(',').includes('enterprise')
        ? { enterprise: FAKE_ENTERPRISE }
        : {}),
      ...state.me
    }
  }
}

/** GET /2.0/users/{user_id}. @type {Handler} */
export function getUser(request, state) {
  const user = state.directory.user(idOf(request))
  return user ? { status: 200, json: userJson(user, state, request) } : notFound()
}

/**
 * GET /2.0/users: a search (filter_term) or the enterprise's listing, by offset (with total_count)
 * or by marker (with next_marker and no total_count), as Box pages it.
 * @type {Handler}
 */
export function getUsers(request, state) {
  const q = query(request)
  const limit = Number(q.get('limit') ?? '100')
  const term = q.get('filter_term')
  const type = q.get('user_type') ?? 'managed'
  const pageSize = Math.min(limit, state.pageSize ?? limit)
  const { directory } = state
  /** @type {{ count: number, at: (i: number) => DirectoryUser }} */
  const list =
    term === null
      ? { count: type === 'external' ? 0 : directory.managedCount, at: i => directory.managedAt(i) }
      : listOf(directory.search(term, type))
  if (q.get('usemarker') === 'true') {
    const start = q.has('marker') ? readMarker(q.get('marker') ?? '') : 0
    if (start === undefined) return clientError(400, 'bad_request', 'Invalid marker')
    // endlessMarkers: a next marker on every page, the listing read over and over.
    const endless = state.endlessMarkers === true && list.count > 0
    const end = endless ? start + pageSize : Math.min(list.count, start + pageSize)
    const entries = []
    for (let i = start; i < end; i++)
      entries.push(userJson(list.at(i % list.count), state, request))
    return {
      status: 200,
      json: {
        limit,
        next_marker: end < list.count || endless ? marker(end) : null,
        prev_marker: null,
        entries
      }
    }
  }
  const offset = Number(q.get('offset') ?? '0')
  const entries = []
  for (let i = offset; i < Math.min(list.count, offset + pageSize); i++)
    entries.push(userJson(list.at(i), state, request))
  return { status: 200, json: { total_count: list.count, limit, offset, entries } }
}

/** GET /2.0/groups: the enterprise's groups by offset, with total_count. @type {Handler} */
export function getGroups(request, state) {
  const q = query(request)
  const limit = Number(q.get('limit') ?? '100')
  const offset = Number(q.get('offset') ?? '0')
  const pageSize = Math.min(limit, state.pageSize ?? limit)
  const entries = []
  const total = state.directory.groupCount
  for (let i = offset; i < Math.min(total, offset + pageSize); i++) {
    const g = state.directory.groupAt(i)
    entries.push({ type: 'group', id: g.id, name: g.name })
  }
  return { status: 200, json: { total_count: total, limit, offset, entries } }
}

/** GET /2.0/groups/{group_id}. @type {Handler} */
export function getGroup(request, state) {
  const group = state.directory.group(idOf(request))
  return group
    ? { status: 200, json: { type: 'group', id: group.id, name: group.name } }
    : notFound()
}

/** GET /2.0/groups/{group_id}/memberships?limit=1: total_count is the member count. @type {Handler} */
export function groupMemberships(request, state) {
  const group = state.directory.group(idOf(request))
  if (!group) return notFound()
  const members = group.members ?? 0
  return {
    status: 200,
    json: {
      total_count: members,
      limit: 1,
      offset: 0,
      entries: members > 0 ? [{ type: 'group_membership', id: `m${group.id}` }] : []
    }
  }
}

/**
 * POST /2.0/users/terminate_sessions and /2.0/groups/terminate_sessions: a 202 and Box's message;
 * Box's documented 400 when the body names no target at all. What Box leaves undocumented is
 * answered as `state.terminate` switches it.
 * @type {Handler}
 */
export function terminateSessions(request, state) {
  const switches = state.terminate ?? {}
  const body = request.json ?? {}
  const keys = request.route === 'groups' ? ['group_ids'] : ['user_ids', 'user_logins']
  const what = request.route === 'groups' ? 'Groups' : 'Users'
  if (switches.refuseAll) {
    return clientError(
      403,
      'access_denied_insufficient_permissions',
      'Access denied - insufficient permission'
    )
  }
  const missing = keys.filter(key => !Array.isArray(body[key]))
  if (missing.length > 0 && switches.missingKey !== 'accepted') {
    return clientError(400, 'bad_request', `Bad Request: ${missing.join(', ')} is required`)
  }
  /** @type {string[][]} */
  const lists = keys.map(key => (Array.isArray(body[key]) ? body[key] : []))
  if (lists.every(list => list.length === 0)) {
    return clientError(400, 'bad_request', `${what} can not be NULL or EMPTY`)
  }
  if (switches.emptyList === 'refused' && keys.some(key => body[key]?.length === 0)) {
    return clientError(400, 'bad_request', `${what} can not be NULL or EMPTY`)
  }
  const count = lists.reduce((sum, list) => sum + list.length, 0)
  if (switches.cap && count > switches.cap.size) {
    return switches.cap.status === 413
      ? {
          status: 413,
          rawBody: '<html><body><h1>413 Request Entity Too Large</h1></body></html>',
          headers: { 'content-type': 'text/html' }
        }
      : clientError(400, 'bad_request', 'Bad Request')
  }
  if (switches.unknown === 400 || switches.unknown === 404) {
    const known =
      request.route === 'groups'
        ? (lists[0]?.every(id => state.directory.group(id)) ?? true)
        : (lists[0]?.every(id => state.directory.user(id)) ?? true) &&
          (lists[1]?.every(login => state.directory.hasLogin(login)) ?? true)
    if (!known) {
      return switches.unknown === 404
        ? clientError(404, 'not_found', 'Not Found')
        : clientError(400, 'bad_request', 'Bad Request')
    }
  }
  if (switches.message === 'absent') return { status: 202, json: {} }
  const message =
    switches.message === 'newline'
      ? SUCCESS_MESSAGE.replace(', please', ',\nplease')
      : SUCCESS_MESSAGE
  return { status: 202, json: { message } }
}

/** A list of users as an indexable listing. @param {DirectoryUser[]} users */
function listOf(users) {
  return {
    count: users.length,
    at: (/** @type {number} */ i) => /** @type {DirectoryUser} */ (users[i])
  }
}

/** @param {number} index */
function marker(index) {
  return Buffer.from(`after:${index}`).toString('base64url')
}

/** @param {string} text */
function readMarker(text) {
  const m = /^after:([0-9]+)$/.exec(Buffer.from(text, 'base64url').toString('utf8'))
  return m ? Number(m[1]) : undefined
}

/** POST /2.0/users: a managed user with the name and login given (201). @type {Handler} */
export function createUser(request, state) {
  const body = request.json ?? {}
  const user = state.directory.create(String(body.name), String(body.login))
  if (!user)
    return clientError(
      409,
      'user_login_already_used',
      'User with the specified login already exists'
    )
  return { status: 201, json: userJson(user, state, request) }
}

/** DELETE /2.0/users/{user_id}: 204, or Box's 404. @type {Handler} */
export function deleteUser(request, state) {
  return state.directory.remove(idOf(request)) ? { status: 204 } : notFound()
}
