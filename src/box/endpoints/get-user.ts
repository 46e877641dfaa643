import { readAnswer, type Answer } from '../answer.js'
import type { BoxClient } from '../client.js'
import { LOOKUP_USER_FIELDS, readUser, type BoxUser } from '../objects.js'

/** GET /2.0/users/{user_id}: the user with this ID. */
export async function getUser(client: BoxClient, id: string): Promise<Answer<BoxUser>> {
  const answer = await client.call({
    method: 'GET',
    path: `users/${encodeURIComponent(id)}`,
    query: { fields: LOOKUP_USER_FIELDS },
    label: `users/${id}`
  })
  return readAnswer(answer, readUser, 'users/{user_id}')
}
