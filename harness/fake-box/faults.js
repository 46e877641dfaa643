// @ts-check
// Faults the fake Box can play instead of an answer, for any endpoint: statuses and bodies of any
// kind, Retry-After, dropped connections, hangs, bodies that trickle or are cut, redirects.
import { randomBytes } from 'node:crypto'

/**
 * @typedef {{
 *   status?: number, json?: unknown, rawBody?: string, headers?: Record<string, string>,
 *   delayMs?: number, reset?: 'before-body' | 'after-body', hang?: boolean,
 *   trickle?: { chunks: number, intervalMs: number }, cutAfterBytes?: number,
 *   redirect?: string, until?: Promise<void>
 * }} Fault
 * A fault is played in place of the answer; one that only sets delayMs or until (or nothing)
 * delays the usual answer: until holds it until the promise settles, as a test decides. A function gets the recorded request and returns the fault, to echo it back.
 * @typedef {Fault | ((request: import('./endpoints.js').RecordedRequest) => Fault)} ScriptedFault
 */

/** Whether the fault replaces the answer, rather than only delaying it. @param {Fault | undefined} fault */
export function replacesAnswer(fault) {
  return fault !== undefined && Object.keys(fault).some(key => key !== 'delayMs' && key !== 'until')
}

/** The headers every answer carries. @param {() => number} now */
export function baseHeaders(now) {
  return {
    'content-type': 'application/json',
    'box-request-id': randomBytes(6).toString('hex'),
    date: new Date(now()).toUTCString()
  }
}

/**
 * Plays a fault on a response.
 * @param {Fault} fault
 * @param {import('node:http').ServerResponse} res
 * @param {import('node:http').IncomingMessage} req
 * @param {{ now: () => number, later: (fn: () => void, ms: number) => void, noteAnswer: (status: number, headers: Record<string, string>) => void }} tools
 */
export function playFault(fault, res, req, tools) {
  if (fault.reset === 'after-body') return void req.socket.destroy()
  if (fault.hang) return
  const status = fault.status ?? (fault.redirect ? 302 : 200)
  const headers = {
    ...baseHeaders(tools.now),
    ...(fault.redirect ? { location: fault.redirect } : {}),
    ...fault.headers
  }
  tools.noteAnswer(status, headers)
  const body = fault.rawBody ?? (fault.json === undefined ? '' : JSON.stringify(fault.json))
  res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(body)) })
  if (fault.cutAfterBytes !== undefined) {
    res.write(body.slice(0, fault.cutAfterBytes))
    tools.later(() => req.socket.destroy(), 20)
    return
  }
  if (fault.trickle) {
    const { chunks, intervalMs } = fault.trickle
    const size = Math.ceil(body.length / chunks)
    let offset = 0
    const drip = () => {
      if (res.destroyed) return
      res.write(body.slice(offset, offset + size))
      offset += size
      if (offset >= body.length) res.end()
      else tools.later(drip, intervalMs)
    }
    return drip()
  }
  res.end(body)
}
