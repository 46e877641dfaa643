import { getUser } from '../../box/endpoints/get-user.js'
import { USERS_TERMINATE } from '../../box/endpoints/terminate-sessions.js'
import type { KindRow } from '../kind.js'
import { idProblem } from '../validate.js'
import { USERS_LISTING } from './listings.js'

/** Users by Box ID. */
export const USER_IDS = {
  input: 'user-ids',
  csvColumn: 'user_id',
  jsonKey: 'user_ids',
  label: ['user ID', 'user IDs'],
  title: 'User IDs',
  validate: idProblem,
  key: id => id,
  endpoint: USERS_TERMINATE,
  bodyKey: 'user_ids',
  lookUp: getUser,
  listing: { of: USERS_LISTING, key: user => user.id },
  shownAs: 'user'
} as const satisfies KindRow
