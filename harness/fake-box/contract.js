// @ts-check
// What Box's published API description (box/box-openapi, openapi.json) says of a request, checked
// for the endpoint of the fake's one table (routes.js) it is for: its query parameters with types
// and limits, its body. Every request the fake receives is checked; a request that breaks the
// description is recorded as a violation and answered 400, as Box would.

/**
 * @typedef {{ type: 'string' } | { type: 'integer', min?: number, max?: number } | { type: 'boolean' }
 *   | { type: 'enum', values: string[] } | { type: 'list' }} ParamSpec
 */

export const FIELDS = /** @type {ParamSpec} */ ({ type: 'list' })
export const LIMIT = /** @type {ParamSpec} */ ({ type: 'integer', min: 1, max: 1000 })
// "Queries with offset parameter value exceeding 10000 will be rejected with a 400 response."
export const OFFSET = /** @type {ParamSpec} */ ({ type: 'integer', min: 0, max: 10_000 })

/**
 * What is wrong with a request by Box's API description, for the endpoint of routes.js it is for
 * (none when the action may call no such operation); empty when nothing is.
 * @param {{ method: string, path: string, headers: Record<string, unknown>, json?: unknown, form?: Record<string, string>, body: string }} request
 * @param {Pick<import('./routes.js').Endpoint, 'operation' | 'query' | 'body' | 'method'> | undefined} endpoint
 * @returns {string[]}
 */
export function contractViolations(request, endpoint) {
  const url = new URL(request.path, 'http://127.0.0.1')
  if (!endpoint)
    return [`${request.method} ${url.pathname} is not an operation this action may call`]
  const name = endpoint.operation
  /** @type {string[]} */
  const problems = []
  const seen = new Set()
  for (const [param, value] of url.searchParams) {
    if (seen.has(param)) problems.push(`${name}: query parameter ${param} repeated`)
    seen.add(param)
    const spec = endpoint.query[param]
    if (!spec) {
      problems.push(`${name}: unknown query parameter ${param}`)
      continue
    }
    const problem = paramProblem(spec, value)
    if (problem) problems.push(`${name}: ${param} ${problem}`)
  }
  if (name === 'get_users') {
    const q = url.searchParams
    if (q.has('marker') && q.get('usemarker') !== 'true')
      problems.push('get_users: marker requires usemarker=true')
    // "Only one pagination method can be used at a time."
    if (q.get('usemarker') === 'true' && q.has('offset'))
      problems.push('get_users: usemarker with offset')
  }
  const body = endpoint.body
  if (name !== 'token') {
    const auth =
      typeof request.headers.authorization === 'string' ? request.headers.authorization : ''
    if (!/^Bearer \S+$/.test(auth)) problems.push(`${name}: no bearer token`)
  }
  if (body && 'keys' in body) problems.push(...bodyProblems(name, request, body.keys))
  if (body && 'fields' in body) problems.push(...fieldProblems(name, request, body))
  if (body && 'form' in body && !request.form) problems.push(`${name}: the body is not a form`)
  return problems
}

/** @param {ParamSpec} spec @param {string} value */
function paramProblem(spec, value) {
  if (spec.type === 'integer') {
    if (!/^-?[0-9]+$/.test(value)) return `is not an integer: ${value}`
    const n = Number(value)
    if (spec.min !== undefined && n < spec.min) return `is below ${spec.min}`
    if (spec.max !== undefined && n > spec.max) return `is above ${spec.max}`
  }
  if (spec.type === 'boolean' && !['true', 'false'].includes(value))
    return `is not a boolean: ${value}`
  if (spec.type === 'enum' && !spec.values.includes(value))
    return `is not one of ${spec.values.join(', ')}`
  if (spec.type === 'list' && value.split(',').some(item => !/^[a-z_]+$/.test(item)))
    return `is not a comma-separated list of field names`
  return undefined
}

/**
 * The body of a terminate_sessions call: a JSON object holding exactly `keys`, each required, each
 * an array of strings. One exception, documented: a list left out beside a list that names
 * targets, which the action sends once to learn whether Box takes it (Box refuses `[]`, say); the
 * fake answers it as its `missingKey` switch says.
 * @param {string} name @param {{ headers: Record<string, unknown>, json?: unknown }} request @param {string[]} keys
 */
function bodyProblems(name, request, keys) {
  const type = request.headers['content-type']
  if (typeof type !== 'string' || !type.startsWith('application/json'))
    return [`${name}: the body is not JSON`]
  const body = request.json
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return [`${name}: the body is not a JSON object`]
  /** @type {string[]} */
  const problems = []
  const named = keys.some(key => {
    const list = /** @type {Record<string, unknown>} */ (body)[key]
    return Array.isArray(list) && list.some(item => typeof item === 'string')
  })
  for (const key of keys) {
    const list = /** @type {Record<string, unknown>} */ (body)[key]
    if (list === undefined && named) continue
    if (!Array.isArray(list)) problems.push(`${name}: ${key} is required and must be an array`)
    else if (list.some(item => typeof item !== 'string'))
      problems.push(`${name}: ${key} must hold strings`)
  }
  for (const key of Object.keys(body))
    if (!keys.includes(key)) problems.push(`${name}: unknown body key ${key}`)
  // Box documents a 400 for a body that names no target: "Users can not be NULL or EMPTY".
  const lists = keys.map(key => /** @type {Record<string, unknown>} */ (body)[key])
  if (lists.every(list => Array.isArray(list) && list.length === 0))
    problems.push(`${name}: every list is empty`)
  return problems
}

/**
 * A JSON object body of typed fields (POST /2.0/users): the required ones present, no other.
 * @param {string} name @param {{ json?: unknown }} request
 * @param {{ fields: Record<string, 'string' | 'boolean'>, required: string[] }} spec
 */
function fieldProblems(name, request, spec) {
  const body = request.json
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return [`${name}: the body is not a JSON object`]
  /** @type {string[]} */
  const problems = []
  for (const key of spec.required) if (!(key in body)) problems.push(`${name}: ${key} is required`)
  for (const [key, value] of Object.entries(body)) {
    const type = spec.fields[key]
    if (!type) problems.push(`${name}: unknown body key ${key}`)
    else if (typeof value !== type) problems.push(`${name}: ${key} must be a ${type}`)
  }
  return problems
}
