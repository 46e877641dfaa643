import { getGroup } from '../../box/endpoints/get-group.js'
import { countGroupMembers } from '../../box/endpoints/group-memberships.js'
import { GROUPS_TERMINATE } from '../../box/endpoints/terminate-sessions.js'
import type { KindRow } from '../kind.js'
import { idProblem } from '../validate.js'
import { GROUPS_LISTING } from './listings.js'

/** Groups by Box ID: terminating one ends the sessions of every member. */
export const GROUP_IDS = {
  input: 'group-ids',
  csvColumn: 'group_id',
  jsonKey: 'group_ids',
  label: ['group ID', 'group IDs'],
  title: 'Group IDs',
  validate: idProblem,
  key: id => id,
  endpoint: GROUPS_TERMINATE,
  bodyKey: 'group_ids',
  lookUp: getGroup,
  countMembers: countGroupMembers,
  listing: { of: GROUPS_LISTING, key: group => group.id },
  shownAs: 'group'
} as const satisfies KindRow
