// @ts-check
// A fake Box API on 127.0.0.1 for the tests, the demo and the benchmark. It records every
// request and plays scripted faults: statuses, Retry-After, dropped connections, hangs,
// trickling or truncated bodies, redirects. It answers lookups of users and groups from a
// scripted directory (or, without one, knows everyone), can answer slowly, and can limit the
// requests it takes per second as Box does.
import { createPublicKey, createVerify, randomBytes } from 'node:crypto'
import http from 'node:http'

export const SUCCESS_MESSAGE =
  'Request is successful, please check the admin events for the status of the job'
export const JWT_AUDIENCE = 'https://api.box.com/oauth2/token'

/**
 * @typedef {'users' | 'groups' | 'me' | 'token' | 'user' | 'user-search' | 'group' | 'memberships' | 'other'} Route
 * @typedef {{ id: string, name: string, login: string, status?: string, role?: string }} DirectoryUser
 * @typedef {{ id: string, name: string, members?: number }} DirectoryGroup
 * @typedef {{ users?: DirectoryUser[], groups?: DirectoryGroup[] }} Directory
 * @typedef {{
 *   status?: number, json?: unknown, rawBody?: string, headers?: Record<string, string>,
 *   delayMs?: number, reset?: 'before-body' | 'after-body', hang?: boolean,
 *   trickle?: { chunks: number, intervalMs: number }, cutAfterBytes?: number,
 *   redirect?: string
 * }} Fault
 * @typedef {{
 *   method: string, path: string, route: Route, headers: http.IncomingHttpHeaders,
 *   body: string, json?: any, form?: Record<string, string>, claims?: any, jwtHeader?: any, at: number,
 *   status?: number, retryAfter?: string, answeredAt?: number
 * }} RecordedRequest
 * @typedef {{ secret: string, publicKeys?: Record<string, string> }} Client
 * @typedef {{
 *   port?: number, tokens?: string[], clients?: Record<string, Client>, clockOffsetMs?: number,
 *   me?: Record<string, unknown>, tokenLifetimeS?: number,
 *   directory?: Directory, pageSize?: number, refuseLookups?: boolean,
 *   latencyMs?: number, ratePerSecond?: number
 * }} FakeBoxOptions
 *
 * directory: the users and groups lookups find; without it every ID and login exists.
 * pageSize: the most entries one page of GET /2.0/users holds, below the limit asked for.
 * refuseLookups: answer every lookup 403, as for an app that may not read users or groups.
 * latencyMs: how long every answer waits. ratePerSecond: requests taken per second (token
 * requests aside); beyond it, 429 with Retry-After until the second is over.
 */

/** @param {FakeBoxOptions} [options] */
export async function startFakeBox(options = {}) {
  /** @type {RecordedRequest[]} */
  const requests = []
  /** @type {Map<Route, Fault[]>} */
  const scripts = new Map()
  const accepted = new Set(options.tokens ?? [])
  /** @type {string[]} */
  const issuedTokens = []
  const clients = options.clients ?? {}
  const now = () => Date.now() + (options.clockOffsetMs ?? 0)
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set()
  /** @type {Set<NodeJS.Timeout>} */
  const timers = new Set()
  /** Requests in flight now and at most, per kind: terminate calls and lookups. */
  const inFlight = { terminate: 0, lookups: 0 }
  const maxInFlight = { terminate: 0, lookups: 0 }
  /** @type {{ start: number, count: number }} */
  const window = { start: 0, count: 0 }
  /** Each response's request, to record the status it got. @type {WeakMap<http.ServerResponse, RecordedRequest>} */
  const answering = new WeakMap()

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const route = routeOf(req.method ?? '', url.pathname)
    const fault = scripts.get(route)?.shift()
    if (fault?.reset === 'before-body') {
      req.socket.destroy()
      requests.push(record(req, url, route, ''))
      return
    }
    /** @type {Buffer[]} */
    const chunks = []
    req.on('data', chunk => chunks.push(chunk))
    req.on('end', () => {
      const entry = record(req, url, route, Buffer.concat(chunks).toString('utf8'))
      requests.push(entry)
      answering.set(res, entry)
      const kind = kindOf(route)
      if (kind) {
        inFlight[kind]++
        maxInFlight[kind] = Math.max(maxInFlight[kind], inFlight[kind])
        res.on('close', () => inFlight[kind]--)
      }
      const limited = route !== 'token' ? rateLimited() : undefined
      const respond = () => {
        if (limited) return send(res, limited.status, limited.json, limited.headers)
        // A fault that only delays is answered as usual, late.
        if (fault && Object.keys(fault).some(key => key !== 'delayMs')) {
          return playFault(fault, res, req)
        }
        const answer = handle(entry)
        send(res, answer.status, answer.json, answer.headers)
      }
      const wait = (fault?.delayMs ?? 0) + (options.latencyMs ?? 0)
      if (wait > 0) later(respond, wait)
      else respond()
    })
  })

  /** A 429 with Retry-After when this second's requests are used up. */
  function rateLimited() {
    const limit = options.ratePerSecond
    if (!limit) return undefined
    const at = Date.now()
    if (at - window.start >= 1000) {
      window.start = at
      window.count = 0
    }
    window.count++
    if (window.count <= limit) return undefined
    const retryAfter = String(Math.max(1, Math.ceil((window.start + 1000 - at) / 1000)))
    const error = clientError(429, 'rate_limit_exceeded', 'Request rate limit exceeded')
    return { ...error, headers: { 'retry-after': retryAfter } }
  }

  /** @param {() => void} fn @param {number} ms */
  function later(fn, ms) {
    const timer = setTimeout(() => {
      timers.delete(timer)
      fn()
    }, ms)
    timers.add(timer)
  }

  /** @param {http.ServerResponse} res @param {number} status @param {unknown} json @param {Record<string, string>} [headers] */
  function send(res, status, json, headers = {}) {
    noteAnswer(res, status, headers)
    const body = json === undefined ? '' : JSON.stringify(json)
    res.writeHead(status, {
      'content-type': 'application/json',
      'box-request-id': randomBytes(6).toString('hex'),
      date: new Date(now()).toUTCString(),
      'content-length': Buffer.byteLength(body),
      ...headers
    })
    res.end(body)
  }

  /** @param {http.ServerResponse} res @param {number} status @param {Record<string, string>} headers */
  function noteAnswer(res, status, headers) {
    const entry = answering.get(res)
    if (!entry) return
    entry.status = status
    entry.answeredAt = Date.now()
    if (headers['retry-after']) entry.retryAfter = headers['retry-after']
  }

  /** @param {Fault} fault @param {http.ServerResponse} res @param {http.IncomingMessage} req */
  function playFault(fault, res, req) {
    if (fault.reset === 'after-body') return void req.socket.destroy()
    if (fault.hang) return
    if (fault.redirect) {
      return send(res, fault.status ?? 302, undefined, { location: fault.redirect })
    }
    const status = fault.status ?? 200
    noteAnswer(res, status, fault.headers ?? {})
    const body = fault.rawBody ?? (fault.json === undefined ? '' : JSON.stringify(fault.json))
    const headers = {
      'content-type': 'application/json',
      'box-request-id': randomBytes(6).toString('hex'),
      date: new Date(now()).toUTCString(),
      'content-length': String(Buffer.byteLength(body)),
      ...fault.headers
    }
    if (fault.cutAfterBytes !== undefined) {
      res.writeHead(status, headers)
      res.write(body.slice(0, fault.cutAfterBytes))
      later(() => req.socket.destroy(), 20)
      return
    }
    if (fault.trickle) {
      res.writeHead(status, headers)
      const size = Math.ceil(body.length / fault.trickle.chunks)
      let offset = 0
      const drip = () => {
        if (res.destroyed) return
        res.write(body.slice(offset, offset + size))
        offset += size
        if (offset >= body.length) res.end()
        else later(drip, fault.trickle?.intervalMs ?? 100)
      }
      return drip()
    }
    res.writeHead(status, headers)
    res.end(body)
  }

  /** @param {RecordedRequest} entry @returns {{ status: number, json?: unknown, headers?: Record<string, string> }} */
  function handle(entry) {
    if (entry.route === 'token') return tokenEndpoint(entry)
    if (entry.route === 'other') return clientError(404, 'not_found', 'Not Found')
    const auth = String(entry.headers.authorization ?? '')
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : ''
    if (!accepted.has(token)) return clientError(401, 'unauthorized', 'Unauthorized')
    if (['user', 'user-search', 'group', 'memberships'].includes(entry.route)) {
      if (options.refuseLookups) {
        return clientError(403, 'access_denied_insufficient_permissions', 'Access denied')
      }
      return lookup(entry)
    }
    if (entry.route === 'me') {
      return {
        status: 200,
        json: {
          type: 'user',
          id: '11446498',
          name: 'Ada Admin',
          login: 'ada@example.com',
          role: 'admin',
          ...options.me
        }
      }
    }
    const body = entry.json
    const wanted = entry.route === 'users' ? ['user_ids', 'user_logins'] : ['group_ids']
    const ok = body && typeof body === 'object' && wanted.every(key => Array.isArray(body[key]))
    if (!ok) return clientError(400, 'bad_request', `Missing ${wanted.join(' or ')}`)
    return { status: 202, json: { message: SUCCESS_MESSAGE } }
  }

  /** Answers GET users/{id}, users?filter_term, groups/{id} and groups/{id}/memberships. @param {RecordedRequest} entry */
  function lookup(entry) {
    const url = new URL(entry.path, 'http://127.0.0.1')
    const query = url.searchParams
    const id = decodeURIComponent(url.pathname.split('/')[3] ?? '')
    const fields = query.get('fields')
    if (fields !== null && fields.split(',').some(f => !/^[a-z_]+$/.test(f))) {
      return clientError(400, 'bad_request', 'Invalid fields')
    }
    if (entry.route === 'user') {
      const user = findUser(u => u.id === id, id)
      return user
        ? { status: 200, json: userJson(user) }
        : clientError(404, 'not_found', 'Not Found')
    }
    if (entry.route === 'user-search') {
      const limit = Number(query.get('limit') ?? '100')
      const offset = Number(query.get('offset') ?? '0')
      const userType = query.get('user_type') ?? 'managed'
      if (!(limit >= 1 && limit <= 1000) || !(offset >= 0 && offset <= 10_000)) {
        return clientError(400, 'bad_request', 'Invalid limit or offset')
      }
      if (!['all', 'managed', 'external'].includes(userType)) {
        return clientError(400, 'bad_request', 'Invalid user_type')
      }
      const term = (query.get('filter_term') ?? '').toLowerCase()
      const matches = options.directory
        ? (options.directory.users ?? []).filter(
            u => u.login.toLowerCase().startsWith(term) || u.name.toLowerCase().startsWith(term)
          )
        : [anyone(query.get('filter_term') ?? '')]
      const page = matches.slice(offset, offset + Math.min(limit, options.pageSize ?? limit))
      return {
        status: 200,
        json: { total_count: matches.length, limit, offset, entries: page.map(userJson) }
      }
    }
    const group = options.directory
      ? (options.directory.groups ?? []).find(g => g.id === id)
      : /^[0-9]+$/.test(id)
        ? { id, name: `Group ${id}`, members: 3 }
        : undefined
    if (!group) return clientError(404, 'not_found', 'Not Found')
    if (entry.route === 'group') {
      return { status: 200, json: { type: 'group', id: group.id, name: group.name } }
    }
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

  /** A user of the directory, or without one anyone with that ID. @param {(u: DirectoryUser) => boolean} match @param {string} id */
  function findUser(match, id) {
    if (options.directory) return (options.directory.users ?? []).find(match)
    return /^[0-9]+$/.test(id)
      ? { id, name: `User ${id}`, login: `user${id}@example.com` }
      : undefined
  }

  /** @param {RecordedRequest} entry */
  function tokenEndpoint(entry) {
    const form = entry.form ?? {}
    const client = clients[form.client_id ?? '']
    if (!client || client.secret !== form.client_secret) {
      return oauthError(400, 'invalid_client', 'The client credentials are invalid')
    }
    if (form.grant_type === 'client_credentials') {
      if (!['enterprise', 'user'].includes(form.box_subject_type ?? '') || !form.box_subject_id) {
        return oauthError(400, 'invalid_request', 'Invalid box_subject_type or box_subject_id')
      }
      return issueToken()
    }
    if (form.grant_type === 'urn:ietf:params:oauth:grant-type:jwt-bearer') {
      const problem = checkAssertion(entry, client, form.client_id ?? '')
      return problem ?? issueToken()
    }
    return oauthError(400, 'unsupported_grant_type', 'Grant type is not supported')
  }

  /** @param {RecordedRequest} entry @param {Client} client @param {string} clientId */
  function checkAssertion(entry, client, clientId) {
    const parts = String(entry.form?.assertion ?? '').split('.')
    if (parts.length !== 3) return oauthError(400, 'invalid_grant', 'Invalid JWT')
    const [h, c, s] = /** @type {[string, string, string]} */ (parts)
    try {
      entry.jwtHeader = JSON.parse(Buffer.from(h, 'base64url').toString('utf8'))
      entry.claims = JSON.parse(Buffer.from(c, 'base64url').toString('utf8'))
    } catch {
      return oauthError(400, 'invalid_grant', 'Invalid JWT')
    }
    const key = client.publicKeys?.[entry.jwtHeader.kid]
    if (!key) return oauthError(400, 'invalid_grant', 'Unknown public key id')
    const valid = createVerify('RSA-SHA256')
      .update(`${h}.${c}`)
      .verify(createPublicKey(key), Buffer.from(s, 'base64url'))
    if (!valid || entry.jwtHeader.alg !== 'RS256') {
      return oauthError(400, 'invalid_grant', 'Signature verification error')
    }
    const claims = entry.claims
    const nowS = Math.floor(now() / 1000)
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

  function issueToken() {
    const token = `issued-${randomBytes(12).toString('hex')}`
    accepted.add(token)
    issuedTokens.push(token)
    return {
      status: 200,
      json: {
        access_token: token,
        expires_in: options.tokenLifetimeS ?? 3600,
        token_type: 'bearer',
        restricted_to: []
      }
    }
  }

  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve(undefined))
  })
  const address = /** @type {import('node:net').AddressInfo} */ (server.address())

  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    requests,
    issuedTokens,
    /** Requests to one route. @param {Route} route */
    requestsTo: route => requests.filter(r => r.route === route),
    /** The most terminate calls, and the most lookups, that were in flight at once. */
    maxInFlight,
    /** Queues faults for the next requests to a route, one fault per request. @param {Route} route @param {Fault[]} faults */
    script(route, ...faults) {
      scripts.set(route, [...(scripts.get(route) ?? []), ...faults])
    },
    /** Serves a connection that arrived elsewhere, such as a tunnel a test proxy opened. @param {import('node:stream').Duplex} socket */
    accept(socket) {
      server.emit('connection', socket)
    },
    /** Makes every issued or static token invalid, as when a token expires. */
    revokeTokens() {
      accepted.clear()
    },
    /** Stops listening and cuts every open connection, hung ones included. */
    async stop() {
      for (const timer of timers) clearTimeout(timer)
      for (const socket of sockets) socket.destroy()
      await new Promise(resolve => server.close(() => resolve(undefined)))
    }
  }
}

/** @param {string} method @param {string} path @returns {Route} */
function routeOf(method, path) {
  if (method === 'POST' && path === '/2.0/users/terminate_sessions') return 'users'
  if (method === 'POST' && path === '/2.0/groups/terminate_sessions') return 'groups'
  if (method === 'GET' && path === '/2.0/users/me') return 'me'
  if (method === 'POST' && path === '/oauth2/token') return 'token'
  if (method === 'GET' && path === '/2.0/users') return 'user-search'
  if (method === 'GET' && /^\/2\.0\/users\/[^/]+$/.test(path)) return 'user'
  if (method === 'GET' && /^\/2\.0\/groups\/[^/]+$/.test(path)) return 'group'
  if (method === 'GET' && /^\/2\.0\/groups\/[^/]+\/memberships$/.test(path)) return 'memberships'
  return 'other'
}

/** @param {Route} route @returns {'terminate' | 'lookups' | undefined} */
function kindOf(route) {
  if (route === 'users' || route === 'groups') return 'terminate'
  if (['user', 'user-search', 'group', 'memberships'].includes(route)) return 'lookups'
  return undefined
}

/** @param {DirectoryUser} user */
function userJson(user) {
  return { type: 'user', status: 'active', role: 'user', ...user }
}

/** Without a directory, whoever has this login: an ID made from it. @param {string} login @returns {DirectoryUser} */
function anyone(login) {
  let hash = 7
  for (const ch of login.toLowerCase())
    hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) % 1_000_000_000
  return { id: String(9_000_000_000 + hash), name: login.split('@')[0] ?? login, login }
}

/** @param {http.IncomingMessage} req @param {URL} url @param {Route} route @param {string} body @returns {RecordedRequest} */
function record(req, url, route, body) {
  /** @type {RecordedRequest} */
  const entry = {
    method: req.method ?? '',
    path: url.pathname + url.search,
    route,
    headers: req.headers,
    body,
    at: Date.now()
  }
  if (String(req.headers['content-type']).startsWith('application/json')) {
    try {
      entry.json = JSON.parse(body)
    } catch {
      entry.json = undefined
    }
  }
  if (String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded')) {
    entry.form = Object.fromEntries(new URLSearchParams(body))
  }
  return entry
}

/** @param {number} status @param {string} code @param {string} message */
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

/** @param {number} status @param {string} error @param {string} description */
function oauthError(status, error, description) {
  return { status, json: { error, error_description: description } }
}
