import type { BoxClient } from '../box/client.js'
import { findUserByLogin } from '../box/endpoints/find-user-by-login.js'
import { getGroup } from '../box/endpoints/get-group.js'
import { getUser } from '../box/endpoints/get-user.js'
import { countGroupMembers } from '../box/endpoints/group-memberships.js'
import type { BoxGroup, BoxUser, Lookup } from '../box/lookup.js'
import { mapWithLimit } from '../net/pool.js'
import type { KindName } from '../targets/kinds.js'
import type { Target } from '../targets/target.js'

/** Lookups in flight at once. */
export const LOOKUPS_IN_FLIGHT = 8
/** With verify-targets: auto, runs with more targets than this are not looked up. */
export const AUTO_VERIFY_LIMIT = 100

/** What a lookup said of one target. */
export type Verified = { target: Target } & (
  | ({ state: 'found' } & Found)
  | { state: 'not-found' }
  /** Box did not say: the lookup was refused (401, 403) or failed. */
  | { state: 'unverified'; reason: string }
)

/** Who or what a target is. */
interface Found {
  user?: BoxUser
  group?: BoxGroup
}

/** How each kind of target is looked up; a new kind needs a row here. */
const LOOKUPS: Record<KindName, (client: BoxClient, value: string) => Promise<Lookup<Found>>> = {
  'user-ids': async (client, id) => user(await getUser(client, id)),
  'user-logins': async (client, login) => user(await findUserByLogin(client, login)),
  'group-ids': async (client, id) => {
    const group = await getGroup(client, id)
    if (!('found' in group)) return group
    const members = await countGroupMembers(client, id)
    return { found: { group: { ...group.found, members } } }
  }
}

function user(lookup: Lookup<BoxUser>): Lookup<Found> {
  return 'found' in lookup ? { found: { user: lookup.found } } : lookup
}

/** Looks every target up, a few at once, with the client's retries and rate-limit gate. */
export function verifyTargets(targets: readonly Target[], client: BoxClient): Promise<Verified[]> {
  return mapWithLimit(targets, LOOKUPS_IN_FLIGHT, async target => {
    const lookup = await LOOKUPS[target.kind](client, target.value)
    if ('found' in lookup) return { target, state: 'found', ...lookup.found }
    if ('notFound' in lookup) return { target, state: 'not-found' }
    return { target, state: 'unverified', reason: lookup.failed }
  })
}
