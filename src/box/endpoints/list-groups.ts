import type { Answer } from '../answer.js'
import type { BoxClient } from '../client.js'
import { GROUP_FIELDS, readGroup, type BoxGroup } from '../objects.js'
import {
  countedBound,
  countEntries,
  MAX_LISTING_PAGES,
  readOffsetPages,
  type PagesRead
} from '../paging.js'

/** GET /2.0/groups?limit=1: how many groups the enterprise has. */
export function countGroups(client: BoxClient): Promise<Answer<number>> {
  return countEntries(client, { method: 'GET', path: 'groups', query: { fields: ['id'] } })
}

/**
 * GET /2.0/groups, offset-paged, 1,000 a page: the enterprise's groups, handed to `onPage` page by
 * page. Box refuses offsets past 10,000, so only the first 11,000 groups can be listed.
 */
export function listGroups(
  client: BoxClient,
  onPage: (groups: BoxGroup[]) => void,
  count?: number
): Promise<Answer<PagesRead>> {
  return readOffsetPages(
    client,
    { method: 'GET', path: 'groups', query: { fields: GROUP_FIELDS }, label: 'groups (listing)' },
    readGroup,
    onPage,
    count === undefined ? { pages: MAX_LISTING_PAGES } : countedBound(count)
  )
}
