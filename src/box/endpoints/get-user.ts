import type { BoxClient } from '../client.js'
import { lookupOf, readUser, USER_FIELDS, type BoxUser, type Lookup } from '../lookup.js'

/** GET /2.0/users/{user_id}: the user with this ID, or not found. */
export async function getUser(client: BoxClient, id: string): Promise<Lookup<BoxUser>> {
  const result = await client.call({
    method: 'GET',
    path: `users/${encodeURIComponent(id)}`,
    query: { fields: USER_FIELDS },
    label: `users/${id}`
  })
  return lookupOf(result, readUser)
}
