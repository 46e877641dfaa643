import type { BoxResult } from './client.js'

/** What a lookup found: the object, that it does not exist, or why Box did not say. */
export type Lookup<T> = { found: T } | { notFound: true } | { failed: string; status?: number }

export interface BoxUser {
  id: string
  name: string
  login: string
  status: string
  role: string
}

export interface BoxGroup {
  id: string
  name: string
  /** Box's total_count of memberships: approximate, and absent when Box did not say. */
  members?: number
}

/** The user fields every lookup asks for (the `fields` query parameter). */
export const USER_FIELDS = ['id', 'name', 'login', 'status', 'role'] as const

/** A string field of Box's JSON; IDs may come as numbers. */
export function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
}

export function readUser(json: Record<string, unknown>): BoxUser {
  return {
    id: text(json.id),
    name: text(json.name),
    login: text(json.login),
    status: text(json.status),
    role: text(json.role)
  }
}

/** The outcome of a GET for one object: found when Box sent it, not found on a 404. */
export function lookupOf<T>(
  result: BoxResult,
  read: (json: Record<string, unknown>) => T
): Lookup<T> {
  if (!result.ok) {
    return result.status === 404
      ? { notFound: true }
      : { failed: result.error, status: result.status }
  }
  if (!result.json) return { failed: result.warning ?? 'Box sent no readable answer' }
  return { found: read(result.json) }
}
