// @ts-check
// What Box's published API description (box/box-openapi, openapi.json) says of each request this
// action makes, restated for the fake Box: the operations, their query parameters with types and
// limits, and the request bodies. Every request the fake receives is checked against it; a request
// that breaks it is recorded as a violation and answered 400, as Box would.

/**
 * @typedef {{ type: 'string' } | { type: 'integer', min?: number, max?: number } | { type: 'boolean' }
 *   | { type: 'enum', values: string[] } | { type: 'list' }} ParamSpec
 * @typedef {{ method: string, path: RegExp, name: string, query: Record<string, ParamSpec>,
 *   body?: 'terminate-users' | 'terminate-groups' | 'token' }} Operation
 */

const FIELDS = /** @type {ParamSpec} */ ({ type: 'list' })
const LIMIT = /** @type {ParamSpec} */ ({ type: 'integer', min: 1, max: 1000 })
// "Queries with offset parameter value exceeding 10000 will be rejected with a 400 response."
const OFFSET = /** @type {ParamSpec} */ ({ type: 'integer', min: 0, max: 10_000 })

/** @type {Operation[]} */
export const OPERATIONS = [
  { method: 'POST', path: /^\/oauth2\/token$/, name: 'token', query: {}, body: 'token' },
  {
    method: 'POST',
    path: /^\/2\.0\/users\/terminate_sessions$/,
    name: 'post_users_terminate_sessions',
    query: {},
    body: 'terminate-users'
  },
  {
    method: 'POST',
    path: /^\/2\.0\/groups\/terminate_sessions$/,
    name: 'post_groups_terminate_sessions',
    query: {},
    body: 'terminate-groups'
  },
  { method: 'GET', path: /^\/2\.0\/users\/me$/, name: 'get_users_me', query: { fields: FIELDS } },
  {
    method: 'GET',
    path: /^\/2\.0\/users$/,
    name: 'get_users',
    query: {
      filter_term: { type: 'string' },
      user_type: { type: 'enum', values: ['all', 'managed', 'external'] },
      external_app_user_id: { type: 'string' },
      fields: FIELDS,
      offset: OFFSET,
      limit: LIMIT,
      usemarker: { type: 'boolean' },
      marker: { type: 'string' }
    }
  },
  {
    method: 'GET',
    path: /^\/2\.0\/users\/[^/]+$/,
    name: 'get_users_id',
    query: { fields: FIELDS }
  },
  {
    method: 'GET',
    path: /^\/2\.0\/groups$/,
    name: 'get_groups',
    query: { filter_term: { type: 'string' }, fields: FIELDS, limit: LIMIT, offset: OFFSET }
  },
  {
    method: 'GET',
    path: /^\/2\.0\/groups\/[^/]+$/,
    name: 'get_groups_id',
    query: { fields: FIELDS }
  },
  {
    method: 'GET',
    path: /^\/2\.0\/groups\/[^/]+\/memberships$/,
    name: 'get_groups_id_memberships',
    query: { limit: LIMIT, offset: OFFSET }
  }
]

/**
 * What is wrong with a request by Box's API description; empty when nothing is.
 * @param {{ method: string, path: string, headers: Record<string, unknown>, json?: unknown, form?: Record<string, string>, body: string }} request
 * @returns {string[]}
 */
export function contractViolations(request) {
  const url = new URL(request.path, 'http://127.0.0.1')
  const operation = OPERATIONS.find(
    op => op.method === request.method && op.path.test(url.pathname)
  )
  if (!operation)
    return [`${request.method} ${url.pathname} is not an operation this action may call`]
  /** @type {string[]} */
  const problems = []
  const seen = new Set()
  for (const [name, value] of url.searchParams) {
    if (seen.has(name)) problems.push(`${operation.name}: query parameter ${name} repeated`)
    seen.add(name)
    const spec = operation.query[name]
    if (!spec) {
      problems.push(`${operation.name}: unknown query parameter ${name}`)
      continue
    }
    const problem = paramProblem(spec, value)
    if (problem) problems.push(`${operation.name}: ${name} ${problem}`)
  }
  if (operation.name === 'get_users') {
    const q = url.searchParams
    if (q.has('marker') && q.get('usemarker') !== 'true')
      problems.push('get_users: marker requires usemarker=true')
    // "Only one pagination method can be used at a time."
    if (q.get('usemarker') === 'true' && q.has('offset'))
      problems.push('get_users: usemarker with offset')
  }
  if (request.method === 'GET' || operation.body?.startsWith('terminate')) {
    const auth =
      typeof request.headers.authorization === 'string' ? request.headers.authorization : ''
    if (!/^Bearer \S+$/.test(auth)) problems.push(`${operation.name}: no bearer token`)
  }
  if (operation.body === 'terminate-users')
    problems.push(...bodyProblems(operation.name, request, ['user_ids', 'user_logins']))
  if (operation.body === 'terminate-groups')
    problems.push(...bodyProblems(operation.name, request, ['group_ids']))
  if (operation.body === 'token' && !request.form) problems.push('token: the body is not a form')
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
 * an array of strings.
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
  for (const key of keys) {
    const list = /** @type {Record<string, unknown>} */ (body)[key]
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
