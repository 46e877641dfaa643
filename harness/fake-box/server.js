// @ts-check
// A fake Box API on 127.0.0.1 for the tests, the demo and the benchmark. It records every request,
// checks each one against Box's API description (whatever is scripted for it), routes it to one
// handler per endpoint, and plays the faults a test scripts for an endpoint. It can answer slowly,
// limit the requests it takes per second, as Box does, and hold its answers until a test lets them
// go.
import http from 'node:http'
import { contractViolations } from './contract.js'
import { createDirectory } from './directory.js'
import * as endpoints from './endpoints.js'
import { baseHeaders, playFault, replacesAnswer } from './faults.js'
import { endpointOf } from './routes.js'

/**
 * @typedef {import('./routes.js').Route} Route
 * @typedef {import('./endpoints.js').RecordedRequest} RecordedRequest
 * @typedef {{
 *   port?: number, tokens?: string[], clients?: Record<string, import('./endpoints.js').Client>,
 *   clockOffsetMs?: number, me?: Record<string, unknown>, tokenLifetimeS?: number,
 *   directory?: import('./directory.js').DirectorySpec, pageSize?: number, refuseLookups?: boolean,
 *   latencyMs?: number, ratePerSecond?: number, endlessMarkers?: boolean,
 *   terminate?: import('./endpoints.js').TerminateSwitches
 * }} FakeBoxOptions
 *
 * directory: the enterprise; without it every ID and login exists and nobody is listed.
 * pageSize: the most entries one page holds, below the limit asked for.
 * refuseLookups: answer every lookup and listing 403, as for an app that may not read users.
 * endlessMarkers: every marker page of GET /users has a new next marker, the list read over and
 * over, as a Box that pages without end would.
 * terminate: what Box leaves undocumented of terminate_sessions, switched (endpoints.js).
 * latencyMs: how long every answer waits, from its request's arrival. ratePerSecond: requests
 * taken per second (token requests aside); beyond it, 429 with Retry-After until the second is
 * over.
 */

/** @param {FakeBoxOptions} [options] */
export async function startFakeBox(options = {}) {
  /** @type {RecordedRequest[]} */
  const requests = []
  /** @type {string[]} */
  const violations = []
  /** @type {Map<Route, import('./faults.js').ScriptedFault[]>} */
  const scripts = new Map()
  const now = () => Date.now() + (options.clockOffsetMs ?? 0)
  /** @type {import('./endpoints.js').State} */
  const state = {
    directory: createDirectory(options.directory),
    accepted: new Set(options.tokens ?? []),
    issuedTokens: [],
    clients: options.clients ?? {},
    now,
    me: options.me,
    tokenLifetimeS: options.tokenLifetimeS,
    pageSize: options.pageSize,
    refuseLookups: options.refuseLookups,
    endlessMarkers: options.endlessMarkers,
    terminate: options.terminate
  }
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set()
  /** @type {Set<NodeJS.Timeout>} */
  const timers = new Set()
  /** Requests in flight now and at most, per kind: terminate calls and lookups. */
  const inFlight = { terminate: 0, lookups: 0 }
  const maxInFlight = { terminate: 0, lookups: 0 }
  const window = { start: 0, count: 0 }
  /** Waiters for a request count on a route. @type {{ route: Route, count: number, resolve: () => void }[]} */
  const waiters = []
  /** While set, answers to these routes (every route when none is named) wait: see holdAnswers. @type {{ until: Promise<void>, routes: Route[] } | undefined} */
  let held

  /** @param {() => void} fn @param {number} ms */
  const later = (fn, ms) => {
    const timer = setTimeout(() => {
      timers.delete(timer)
      fn()
    }, ms)
    timers.add(timer)
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const route = endpointOf(req.method ?? '', url.pathname)
    const scripted = scripts.get(route?.route ?? 'other')?.shift()
    /** @type {Buffer[]} */
    const chunks = []
    req.on('data', chunk => chunks.push(chunk))
    const early = typeof scripted === 'function' ? undefined : scripted
    if (early?.reset === 'before-body') {
      requests.push(record(req, url, route?.route ?? 'other', ''))
      req.socket.destroy()
      return
    }
    req.on('end', () => {
      const entry = record(
        req,
        url,
        route?.route ?? 'other',
        Buffer.concat(chunks).toString('utf8')
      )
      requests.push(entry)
      // Every request is checked, whether a fault or the rate limiter answers it.
      const problems = contractViolations(entry, route)
      violations.push(...problems)
      for (const waiter of [...waiters]) {
        if (requests.filter(r => r.route === waiter.route).length >= waiter.count) {
          waiters.splice(waiters.indexOf(waiter), 1)
          waiter.resolve()
        }
      }
      const fault = typeof scripted === 'function' ? scripted(entry) : scripted
      const noteAnswer = (
        /** @type {number} */ status,
        /** @type {Record<string, string>} */ headers
      ) => {
        entry.status = status
        entry.answeredAt = Date.now()
        if (headers['retry-after']) entry.retryAfter = headers['retry-after']
      }
      const kind = route?.kind
      if (kind) {
        inFlight[kind]++
        maxInFlight[kind] = Math.max(maxInFlight[kind], inFlight[kind])
        res.on('close', () => inFlight[kind]--)
      }
      const limited = entry.route !== 'token' ? rateLimited() : undefined
      const respondNow = () => {
        if (res.destroyed) return
        if (limited) return send(res, limited, noteAnswer)
        if (fault && replacesAnswer(fault))
          return playFault(fault, res, req, { now, later, noteAnswer })
        send(res, answer(entry, problems, route?.handle, kind), noteAnswer)
      }
      // A hold in force when the request arrived, for its route; once released it answers at once.
      const hold =
        held && (held.routes.length === 0 || held.routes.includes(route?.route ?? 'other'))
          ? held.until
          : undefined
      const respond = () => (hold ? void hold.then(respondNow) : respondNow())
      // The wait counts from the request's arrival, so that the checks above take none of it;
      // after a scripted hold, from its release.
      const wait = (fault?.delayMs ?? 0) + (options.latencyMs ?? 0)
      const afterWait = (since = entry.at) => {
        const left = wait - (Date.now() - since)
        if (left > 0) later(respond, left)
        else respond()
      }
      if (fault?.until) {
        const released = () => afterWait(Date.now())
        void fault.until.then(released, released)
      } else afterWait()
    })
  })

  /**
   * The handler's answer, once the request is known to be well formed and authorised.
   * @param {RecordedRequest} entry @param {string[]} problems what breaks Box's API description
   * @param {import('./endpoints.js').Handler | undefined} handle @param {string | undefined} kind
   */
  function answer(entry, problems, handle, kind) {
    if (problems.length > 0) return endpoints.clientError(400, 'bad_request', problems.join('; '))
    if (!handle) return endpoints.clientError(404, 'not_found', 'Not Found')
    if (entry.route !== 'token') {
      const auth = String(entry.headers.authorization ?? '')
      if (!state.accepted.has(auth.startsWith('Bearer ') ? auth.slice(7) : '')) {
        return endpoints.clientError(401, 'unauthorized', 'Unauthorized')
      }
    }
    if (kind === 'lookups' && state.refuseLookups) {
      return endpoints.clientError(403, 'access_denied_insufficient_permissions', 'Access denied')
    }
    return handle(entry, state)
  }

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
    const error = endpoints.clientError(429, 'rate_limit_exceeded', 'Request rate limit exceeded')
    return { ...error, headers: { 'retry-after': retryAfter } }
  }

  /** @param {http.ServerResponse} res @param {import('./endpoints.js').Answer} answer @param {(status: number, headers: Record<string, string>) => void} noteAnswer */
  function send(res, answer, noteAnswer) {
    const headers = { ...baseHeaders(now), ...answer.headers }
    noteAnswer(answer.status, headers)
    const body = answer.rawBody ?? (answer.json === undefined ? '' : JSON.stringify(answer.json))
    res.writeHead(answer.status, { ...headers, 'content-length': Buffer.byteLength(body) })
    res.end(body)
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
    /** Requests that broke Box's API description (each answered 400). */
    violations,
    issuedTokens: state.issuedTokens,
    /** Requests to one route. @param {Route} route */
    requestsTo: route => requests.filter(r => r.route === route),
    /** The most terminate calls, and the most lookups, that were in flight at once. */
    maxInFlight,
    /** The terminate calls, and the lookups, in flight now: arrived and not yet answered. */
    inFlight,
    /** Queues faults for the next requests to a route, one per request. @param {Route} route @param {import('./faults.js').ScriptedFault[]} faults */
    script(route, ...faults) {
      scripts.set(route, [...(scripts.get(route) ?? []), ...faults])
    },
    /** Resolves once `count` requests to a route have arrived. @param {Route} route @param {number} count @returns {Promise<void>} */
    when(route, count) {
      if (requests.filter(r => r.route === route).length >= count) return Promise.resolve()
      return new Promise(resolve => waiters.push({ route, count, resolve }))
    },
    /** Serves a connection that arrived elsewhere, such as a tunnel a test proxy opened. @param {import('node:stream').Duplex} socket */
    accept(socket) {
      server.emit('connection', socket)
    },
    /**
     * Holds the answers to requests that arrive from now on, to these routes or to every route,
     * until the returned function is called: a test counts what arrives while nothing is answered.
     * @param {Route[]} routes
     * @returns {() => void}
     */
    holdAnswers(...routes) {
      /** @type {() => void} */
      let release = () => {}
      const until = new Promise(resolve => (release = () => resolve(undefined)))
      held = { until, routes }
      return () => {
        held = undefined
        release()
      }
    },
    /** Makes every issued or static token invalid, as when a token expires. */
    revokeTokens() {
      state.accepted.clear()
    },
    /** Stops listening and cuts every open connection, hung ones included. */
    async stop() {
      for (const timer of timers) clearTimeout(timer)
      for (const socket of sockets) socket.destroy()
      await new Promise(resolve => server.close(() => resolve(undefined)))
    }
  }
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
  const type = String(req.headers['content-type'])
  if (type.startsWith('application/json')) {
    try {
      entry.json = JSON.parse(body)
    } catch {
      entry.json = undefined
    }
  }
  if (type.startsWith('application/x-www-form-urlencoded')) {
    entry.form = Object.fromEntries(new URLSearchParams(body))
  }
  return entry
}
