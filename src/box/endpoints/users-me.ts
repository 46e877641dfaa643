import type { BoxClient } from '../client.js'
import { text } from '../lookup.js'

export interface Identity {
  id: string
  name: string
  login: string
  role: string
}

/** Who the token acts as: GET /2.0/users/me. */
export async function getCurrentUser(
  client: BoxClient
): Promise<{ identity: Identity } | { error: string }> {
  const result = await client.call({
    method: 'GET',
    path: 'users/me',
    query: { fields: ['id', 'name', 'login', 'role'] }
  })
  if (!result.ok) return { error: result.error }
  const json = result.json
  return {
    identity: {
      id: text(json?.id),
      name: text(json?.name),
      login: text(json?.login),
      role: text(json?.role)
    }
  }
}
