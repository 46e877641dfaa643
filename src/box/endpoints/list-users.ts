import type { Answer } from '../answer.js'
import type { BoxClient } from '../client.js'
import { readUser, USER_FIELDS, type BoxUser } from '../objects.js'
import {
  countedBound,
  countEntries,
  MAX_LISTING_PAGES,
  readMarkerPages,
  type PagesRead
} from '../paging.js'

/**
 * GET /2.0/users?limit=1: how many managed and app users the enterprise has (Box's total_count of
 * an offset-paged answer).
 */
export function countUsers(client: BoxClient): Promise<Answer<number>> {
  return countEntries(client, { method: 'GET', path: 'users', query: { fields: ['id'] } })
}

/**
 * GET /2.0/users, marker-paged, 1,000 a page: every managed and app user of the enterprise, handed
 * to `onPage` page by page and not kept. External users never appear in this list. The read stops
 * past the `count` Box gave and a margin, or past a fixed most pages without one.
 */
export function listUsers(
  client: BoxClient,
  onPage: (users: BoxUser[]) => void,
  count?: number
): Promise<Answer<PagesRead>> {
  return readMarkerPages(
    client,
    { method: 'GET', path: 'users', query: { fields: USER_FIELDS }, label: 'users (listing)' },
    readUser,
    users => void onPage(users),
    count === undefined ? { pages: MAX_LISTING_PAGES } : countedBound(count),
    user => user.id
  )
}
