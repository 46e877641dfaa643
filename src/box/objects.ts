import { text, type Json } from './answer.js'

/** A user as the lookups read it. */
export interface BoxUser {
  id: string
  name: string
  login: string
  status: string
  role: string
}

/** A group as the lookups read it. */
export interface BoxGroup {
  id: string
  name: string
}

/** The user fields every user lookup and listing asks for (the `fields` query parameter). */
export const USER_FIELDS = ['id', 'name', 'login', 'status', 'role'] as const
/** The group fields every group lookup and listing asks for. */
export const GROUP_FIELDS = ['id', 'name'] as const

/** A user from Box's JSON; undefined when it carries no ID. */
export function readUser(json: Json): BoxUser | undefined {
  const id = text(json.id)
  if (id === '') return undefined
  return {
    id,
    name: text(json.name),
    login: text(json.login),
    status: text(json.status),
    role: text(json.role)
  }
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
}
