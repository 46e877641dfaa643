// @ts-check
// A fake Box API on 127.0.0.1 for the tests, the demo and the benchmark. It records every
// request and plays scripted faults: statuses, Retry-After, dropped connections, hangs,
// trickling or truncated bodies, redirects.
import { createPublicKey, createVerify, randomBytes } from 'node:crypto'
import http from 'node:http'

export const SUCCESS_MESSAGE =
  'Request is successful, please check the admin events for the status of the job'
export const JWT_AUDIENCE = 'https://api.box.com/oauth2/token'

/**
 * @typedef {'users' | 'groups' | 'me' | 'token' | 'other'} Route
 * @typedef {{
 *   status?: number, json?: unknown, rawBody?: string, headers?: Record<string, string>,
 *   delayMs?: number, reset?: 'before-body' | 'after-body', hang?: boolean,
 *   trickle?: { chunks: number, intervalMs: number }, cutAfterBytes?: number,
 *   redirect?: string
 * }} Fault
 * @typedef {{
 *   method: string, path: string, route: Route, headers: http.IncomingHttpHeaders,
 *   body: string, json?: any, form?: Record<string, string>, claims?: any, jwtHeader?: any, at: number
 * }} RecordedRequest
 * @typedef {{ secret: string, publicKeys?: Record<string, string> }} Client
 * @typedef {{
 *   port?: number, tokens?: string[], clients?: Record<string, Client>, clockOffsetMs?: number,
 *   me?: Record<string, unknown>, tokenLifetimeS?: number
 * }} FakeBoxOptions
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
      const respond = () => {
        if (fault) return playFault(fault, res, req)
        const answer = handle(entry)
        send(res, answer.status, answer.json, answer.headers)
      }
      if (fault?.delayMs) later(respond, fault.delayMs)
      else respond()
    })
  })

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

  /** @param {Fault} fault @param {http.ServerResponse} res @param {http.IncomingMessage} req */
  function playFault(fault, res, req) {
    if (fault.reset === 'after-body') return void req.socket.destroy()
    if (fault.hang) return
    if (fault.redirect) {
      return send(res, fault.status ?? 302, undefined, { location: fault.redirect })
    }
    const status = fault.status ?? 200
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
  return 'other'
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
