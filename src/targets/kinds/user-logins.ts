import { asciiLowerCase } from '../../ascii.js'
import { findUserByLogin } from '../../box/endpoints/find-user-by-login.js'
import { USERS_TERMINATE } from '../../box/endpoints/terminate-sessions.js'
import type { KindRow } from '../kind.js'
import { loginProblem, nonAsciiCharacters } from '../validate.js'
import { USERS_LISTING } from './listings.js'

/** Users by login (their email address). */
export const USER_LOGINS = {
  input: 'user-logins',
  csvColumn: 'user_login',
  jsonKey: 'user_logins',
  label: ['user login', 'user logins'],
  title: 'User logins',
  validate: loginProblem,
  // Only ASCII case: toLowerCase() would fold the Kelvin sign (U+212A) into "k" and make a
  // look-alike swallow the real login.
  key: asciiLowerCase,
  endpoint: USERS_TERMINATE,
  bodyKey: 'user_logins',
  lookUp: findUserByLogin,
  listing: { of: USERS_LISTING, key: user => asciiLowerCase(user.login ?? '') },
  shownAs: 'user',
  // A login whose user is also listed by a user ID that was found is sent once, by that ID.
  coveredBy: 'user-ids',
  // A login outside ASCII may be a look-alike of the one meant (a Cyrillic "а" for an "a").
  lookAlikes: nonAsciiCharacters
} as const satisfies KindRow
