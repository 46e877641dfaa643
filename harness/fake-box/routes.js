// @ts-check
// The fake Box's one table of endpoints: for each, what Box's published API description
// (box/box-openapi, openapi.json) says of the request (the operation's name, its query parameters
// with types and limits, its body) and the handler that answers it. A new endpoint on the fake
// side is one row here and one handler in endpoints.js.
import { FIELDS, LIMIT, OFFSET } from './contract.js'
import * as endpoints from './endpoints.js'

/**
 * @typedef {'users' | 'groups' | 'token' | 'me' | 'user' | 'user-list' | 'group' | 'group-list' | 'memberships' | 'create-user' | 'delete-user' | 'other'} Route
 * @typedef {{
 *   route: Route, method: string, path: RegExp, operation: string,
 *   query: Record<string, import('./contract.js').ParamSpec>,
 *   body?: { form: true } | { keys: string[] } | { fields: Record<string, 'string' | 'boolean'>, required: string[] },
 *   handle: import('./endpoints.js').Handler, kind?: 'terminate' | 'lookups'
 * }} Endpoint
 * body: a form (the token request), a JSON object whose keys are each required and each an
 * array of strings, or a JSON object of typed fields. kind: what the fake counts requests in
 * flight as. The last two rows are for `npm run probe-box`, which creates and deletes the one
 * disposable user it targets; the action never calls them.
 */

/** @type {Endpoint[]} */
export const ENDPOINTS = [
  {
    route: 'token',
    method: 'POST',
    path: /^\/oauth2\/token$/,
    operation: 'token',
    query: {},
    body: { form: true },
    handle: endpoints.token
  },
  {
    route: 'users',
    method: 'POST',
    path: /^\/2\.0\/users\/terminate_sessions$/,
    operation: 'post_users_terminate_sessions',
    query: {},
    body: { keys: ['user_ids', 'user_logins'] },
    handle: endpoints.terminateSessions,
    kind: 'terminate'
  },
  {
    route: 'groups',
    method: 'POST',
    path: /^\/2\.0\/groups\/terminate_sessions$/,
    operation: 'post_groups_terminate_sessions',
    query: {},
    body: { keys: ['group_ids'] },
    handle: endpoints.terminateSessions,
    kind: 'terminate'
  },
  {
    route: 'me',
    method: 'GET',
    path: /^\/2\.0\/users\/me$/,
    operation: 'get_users_me',
    query: { fields: FIELDS },
    handle: endpoints.usersMe
  },
  {
    route: 'user-list',
    method: 'GET',
    path: /^\/2\.0\/users$/,
    operation: 'get_users',
    query: {
      filter_term: { type: 'string' },
      user_type: { type: 'enum', values: ['all', 'managed', 'external'] },
      external_app_user_id: { type: 'string' },
      fields: FIELDS,
      offset: OFFSET,
      limit: LIMIT,
      usemarker: { type: 'boolean' },
      marker: { type: 'string' }
    },
    handle: endpoints.getUsers,
    kind: 'lookups'
  },
  {
    route: 'user',
    method: 'GET',
    path: /^\/2\.0\/users\/[^/]+$/,
    operation: 'get_users_id',
    query: { fields: FIELDS },
    handle: endpoints.getUser,
    kind: 'lookups'
  },
  {
    route: 'group-list',
    method: 'GET',
    path: /^\/2\.0\/groups$/,
    operation: 'get_groups',
    query: { filter_term: { type: 'string' }, fields: FIELDS, limit: LIMIT, offset: OFFSET },
    handle: endpoints.getGroups,
    kind: 'lookups'
  },
  {
    route: 'group',
    method: 'GET',
    path: /^\/2\.0\/groups\/[^/]+$/,
    operation: 'get_groups_id',
    query: { fields: FIELDS },
    handle: endpoints.getGroup,
    kind: 'lookups'
  },
  {
    route: 'memberships',
    method: 'GET',
    path: /^\/2\.0\/groups\/[^/]+\/memberships$/,
    operation: 'get_groups_id_memberships',
    query: { limit: LIMIT, offset: OFFSET },
    handle: endpoints.groupMemberships,
    kind: 'lookups'
  },
  {
    route: 'create-user',
    method: 'POST',
    path: /^\/2\.0\/users$/,
    operation: 'post_users',
    query: { fields: FIELDS },
    body: {
      fields: { name: 'string', login: 'string', is_platform_access_only: 'boolean' },
      required: ['name']
    },
    handle: endpoints.createUser
  },
  {
    route: 'delete-user',
    method: 'DELETE',
    path: /^\/2\.0\/users\/[^/]+$/,
    operation: 'delete_users_id',
    query: { notify: { type: 'boolean' }, force: { type: 'boolean' } },
    handle: endpoints.deleteUser
  }
]

/** The endpoint a request is for, if the fake serves it. @param {string} method @param {string} pathname */
export function endpointOf(method, pathname) {
  return ENDPOINTS.find(e => e.method === method && e.path.test(pathname))
}
