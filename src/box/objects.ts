import { text, type Json } from './answer.js'

/** A user as the lookups read it. */
export interface BoxUser {
  id: string
  name: string
  login: string
  status: string
  role: string
  /** The ID of the user's enterprise, '' for none, when the answer carried it (a lookup asks). */
  enterprise?: string
}

/** A group as the lookups read it. */
export interface BoxGroup {
  id: string
  name: string
}

/** The user fields every user lookup and listing asks for (the `fields` query parameter). */
export const USER_FIELDS = ['id', 'name', 'login', 'status', 'role'] as const
/**
 * A lookup one by one also asks for the user's enterprise: it may find a user of another
 * enterprise (an external collaborator), whom no listing of the enterprise holds.
 */
export const LOOKUP_USER_FIELDS = [...USER_FIELDS, 'enterprise'] as const
/** The group fields every group lookup and listing asks for. */
export const GROUP_FIELDS = ['id', 'name'] as const

/** A user from Box's JSON; undefined when it carries no ID. */
export function readUser(json: Json): BoxUser | undefined {
  const id = text(json.id)
  if (id === '') return undefined
  const user: BoxUser = {
    id,
    name: text(json.name),
    login: text(json.login),
    status: text(json.status),
    role: text(json.role)
  }
  const enterprise = readEnterprise(json)
  if (enterprise !== undefined) user.enterprise = enterprise
  return user
}

/** The ID of the enterprise a user's JSON names: '' for `null` (none), undefined when not said. */
export function readEnterprise(json: Json): string | undefined {
  const enterprise = json.enterprise
  if (enterprise === null) return ''
  if (typeof enterprise !== 'object' || Array.isArray(enterprise)) return undefined
  const id = text((enterprise as Json).id)
  return id === '' ? undefined : id
}

/** A group from Box's JSON; undefined when it carries no ID. */
export function readGroup(json: Json): BoxGroup | undefined {
  const id = text(json.id)
  return id === '' ? undefined : { id, name: text(json.name) }
}

/** The objects of a page's `entries` that `read` accepts; undefined when there is no list. */
export function readEntries<T>(json: Json, read: (entry: Json) => T | undefined): T[] | undefined {
  if (!Array.isArray(json.entries)) return undefined
  const found: T[] = []
  for (const entry of json.entries as unknown[]) {
    const value =
      typeof entry === 'object' && entry !== null && !Array.isArray(entry)
        ? read(entry as Json)
        : undefined
    if (value !== undefined) found.push(value)
  }
  return found
}

/** Box's `total_count` of an offset-paged answer, when it is a count. */
export function readTotalCount(json: Json): number | undefined {
  const total = json.total_count
  return typeof total === 'number' && Number.isSafeInteger(total) && total >= 0 ? total : undefined
}

/** Whatever a lookup or a listing found: a user, or a group (no login, status or role). */
export interface BoxObject {
  id: string
  name: string
  login?: string
  status?: string
  role?: string
  /** A user's enterprise, when a lookup asked for it ('' for none). */
  enterprise?: string
}
