import { asciiLowerCase } from '../../ascii.js'
import { facts, type Answer } from '../answer.js'
import type { BoxClient } from '../client.js'
import { LOOKUP_USER_FIELDS, readUser, type BoxUser } from '../objects.js'
import { MAX_SEARCH_PAGES, readMarkerPages } from '../paging.js'

/**
 * GET /2.0/users?filter_term=…&user_type=all: the user whose login is exactly `login`, ignoring
 * ASCII case. Box matches the term as a prefix of names and logins, so `ada@example.com` also finds
 * `ada@example.com.au`; only an exact login counts. Pages are read by marker, which has no offset
 * limit, until a match or the end, 20 pages at most: only a search that ran to its end says the
 * login is not found; one stopped at that bound leaves it unverified.
 */
export async function findUserByLogin(client: BoxClient, login: string): Promise<Answer<BoxUser>> {
  const wanted = asciiLowerCase(login)
  let match: BoxUser | undefined
  const read = await readMarkerPages(
    client,
    {
      method: 'GET',
      path: 'users',
      query: { filter_term: login, user_type: 'all', fields: LOOKUP_USER_FIELDS },
      label: `users?filter_term=${login}`
    },
    readUser,
    users => {
      match = users.find(user => asciiLowerCase(user.login) === wanted)
      return match !== undefined
    },
    { pages: MAX_SEARCH_PAGES },
    user => user.id
  )
  if (!read.ok) return read
  if (match) return { ...facts(read), ok: true, value: match }
  if (read.redactedFields?.includes('login')) {
    const error = `a credential the action holds matched the login field of Box's answer and was removed from it, so Box's search cannot say whether ${login} exists`
    return { ...facts(read), ok: false, error }
  }
  return { ...facts(read), ok: false, notFound: true, error: `no Box user has the login ${login}` }
}
