import { readAnswer, type Answer } from '../answer.js'
import type { BoxClient } from '../client.js'
import { readEnterprise, readUser, type BoxUser } from '../objects.js'

/** Who the token acts as, read as any user is (its status is not asked for). */
export type Identity = Omit<BoxUser, 'status'>

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
      const user = readUser(json)
      return (
        user && {
          id: user.id,
          name: user.name,
          login: user.login,
          role: user.role,
          ...(user.enterprise === undefined ? {} : { enterprise: user.enterprise })
        }
      )
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
