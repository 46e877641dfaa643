import { readAnswer, text, type Answer } from '../answer.js'
import type { BoxClient } from '../client.js'
import { readEnterprise } from '../objects.js'

export interface Identity {
  id: string
  name: string
  login: string
  role: string
  /** The enterprise it acts in ('' for none), when Box said. */
  enterprise?: string
}

/** Who the token acts as: GET /2.0/users/me. */
export async function getCurrentUser(client: BoxClient): Promise<Answer<Identity>> {
  const answer = await client.call({
    method: 'GET',
    path: 'users/me',
    query: { fields: ['id', 'name', 'login', 'role', 'enterprise'] }
  })
  return readAnswer(
    answer,
    json => {
      const enterprise = readEnterprise(json)
      return {
        id: text(json.id),
        name: text(json.name),
        login: text(json.login),
        role: text(json.role),
        ...(enterprise === undefined ? {} : { enterprise })
      }
    },
    'users/me'
  )
}

/** The enterprise the token acts in: GET /2.0/users/me?fields=enterprise ('' for none). */
export async function getActingEnterprise(client: BoxClient): Promise<Answer<string>> {
  const answer = await client.call({
    method: 'GET',
    path: 'users/me',
    query: { fields: ['enterprise'] },
    label: 'users/me (its enterprise)'
  })
  return readAnswer(answer, readEnterprise, 'users/me')
}
