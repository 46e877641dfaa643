import { readAnswer, text, type Answer } from '../answer.js'
import type { BoxClient } from '../client.js'

export interface Identity {
  id: string
  name: string
  login: string
  role: string
}

/** Who the token acts as: GET /2.0/users/me. */
export async function getCurrentUser(client: BoxClient): Promise<Answer<Identity>> {
  const answer = await client.call({
    method: 'GET',
    path: 'users/me',
    query: { fields: ['id', 'name', 'login', 'role'] }
  })
  return readAnswer(
    answer,
    json => ({
      id: text(json.id),
      name: text(json.name),
      login: text(json.login),
      role: text(json.role)
    }),
    'users/me'
  )
}
