import { asciiLowerCase } from '../../ascii.js'
import type { BoxClient } from '../client.js'
import { readUser, USER_FIELDS, type BoxUser, type Lookup } from '../lookup.js'

/** Box's largest page for GET /2.0/users. */
const PAGE_SIZE = 1000
/** Box refuses an offset past this. */
const MAX_OFFSET = 10_000

/**
 * GET /2.0/users?filter_term=…: the user whose login is exactly `login`, ignoring ASCII case.
 * Box matches the term as a prefix of names and logins, so `ada@example.com` also finds
 * `ada@example.com.au`; only an exact login counts. Further pages are read while Box has more.
 */
export async function findUserByLogin(client: BoxClient, login: string): Promise<Lookup<BoxUser>> {
  const wanted = asciiLowerCase(login)
  for (let offset = 0; offset <= MAX_OFFSET;) {
    const result = await client.call({
      method: 'GET',
      path: 'users',
      query: {
        filter_term: login,
        user_type: 'all',
        fields: USER_FIELDS,
        limit: PAGE_SIZE,
        offset
      },
      label: `users?filter_term=${login}`
    })
    if (!result.ok) return { failed: result.error, status: result.status }
    const entries = result.json?.entries
    if (!Array.isArray(entries)) {
      return { failed: result.warning ?? `Box's answer on users has no entries` }
    }
    const users = entries
      .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
      .map(readUser)
    const match = users.find(user => asciiLowerCase(user.login) === wanted)
    if (match) return { found: match }
    const total = result.json?.total_count
    offset += entries.length
    if (entries.length === 0 || typeof total !== 'number' || offset >= total) break
  }
  return { notFound: true }
}
