import { countGroups, listGroups } from '../../box/endpoints/list-groups.js'
import { countUsers, listUsers } from '../../box/endpoints/list-users.js'
import { MAX_OFFSET, PAGE_SIZE } from '../../box/paging.js'
import type { Listing } from '../kind.js'

/** GET /2.0/users, marker-paged: every managed and app user; external users are never listed. */
export const USERS_LISTING: Listing = {
  name: 'users',
  noun: 'user',
  count: countUsers,
  list: listUsers,
  limit: Number.POSITIVE_INFINITY
}

/** GET /2.0/groups, offset-paged: Box lists at most 11,000 groups this way. */
export const GROUPS_LISTING: Listing = {
  name: 'groups',
  noun: 'group',
  count: countGroups,
  list: listGroups,
  limit: MAX_OFFSET + PAGE_SIZE
}
