import { asciiLowerCase } from '../ascii.js'
import type { Answer } from '../box/answer.js'
import type { BoxClient } from '../box/client.js'
import { findUserByLogin } from '../box/endpoints/find-user-by-login.js'
import { getGroup } from '../box/endpoints/get-group.js'
import { getUser } from '../box/endpoints/get-user.js'
import { countGroupMembers } from '../box/endpoints/group-memberships.js'
import { countGroups, listGroups } from '../box/endpoints/list-groups.js'
import { countUsers, listUsers } from '../box/endpoints/list-users.js'
import {
  GROUPS_TERMINATE,
  USERS_TERMINATE,
  type TerminateEndpoint
} from '../box/endpoints/terminate-sessions.js'
import type { BoxObject } from '../box/objects.js'
import { MAX_OFFSET, PAGE_SIZE, type PagesRead } from '../box/paging.js'
import { idProblem, loginProblem, type Validator } from './validate.js'

/** A listing of the enterprise that can find many targets at once (verify-targets at scale). */
export interface Listing {
  /** What it lists, for the log: "users", "groups". */
  name: string
  /** One of what it lists: "user", "group". */
  noun: string
  /** How many entries the enterprise has, in one request. */
  count: (client: BoxClient) => Promise<Answer<number>>
  /** Every entry it can list, page by page. */
  list: (client: BoxClient, onPage: (objects: BoxObject[]) => void) => Promise<Answer<PagesRead>>
  /** The most entries it can list (Box caps offset paging). */
  limit: number
}

const USERS_LISTING: Listing = {
  name: 'users',
  noun: 'user',
  count: countUsers,
  list: listUsers,
  limit: Number.POSITIVE_INFINITY
}

const GROUPS_LISTING: Listing = {
  name: 'groups',
  noun: 'group',
  count: countGroups,
  list: listGroups,
  limit: MAX_OFFSET + PAGE_SIZE
}

/** One row per kind of target; TARGET_KINDS below is the table everything reads. */
const KIND_ROWS = [
  {
    input: 'user-ids',
    csvColumn: 'user_id',
    jsonKey: 'user_ids',
    label: ['user ID', 'user IDs'],
    title: 'User IDs',
    validate: idProblem,
    key: (id: string) => id,
    endpoint: USERS_TERMINATE,
    bodyKey: 'user_ids',
    lookUp: getUser,
    listing: USERS_LISTING,
    listingKey: (object: BoxObject) => object.id,
    shownAs: 'user',
    coveredBy: undefined
  },
  {
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
    listing: USERS_LISTING,
    listingKey: (object: BoxObject) => asciiLowerCase(object.login ?? ''),
    shownAs: 'user',
    // A login whose user is also listed by a user ID that was found is sent once, by that ID.
    coveredBy: 'user-ids'
  },
  {
    input: 'group-ids',
    csvColumn: 'group_id',
    jsonKey: 'group_ids',
    label: ['group ID', 'group IDs'],
    title: 'Group IDs',
    validate: idProblem,
    key: (id: string) => id,
    endpoint: GROUPS_TERMINATE,
    bodyKey: 'group_ids',
    lookUp: getGroup,
    countMembers: countGroupMembers,
    listing: GROUPS_LISTING,
    listingKey: (object: BoxObject) => object.id,
    shownAs: 'group',
    coveredBy: undefined
  }
] as const satisfies readonly TargetKindSpec[]

export interface TargetKindSpec {
  /** The input that lists targets of this kind. */
  input: string
  /** The column of a targets-file CSV header, and of the report. */
  csvColumn: string
  /** The key of a targets-file JSON object, and of the remainder and unknown-targets. */
  jsonKey: string
  /** How a count reads: one, many. */
  label: readonly [string, string]
  /** A heading for a list of this kind. */
  title: string
  validate: Validator
  /** Two entries with the same key are the same target. */
  key: (value: string) => string
  /** The terminate_sessions endpoint that takes this kind, and its key in the request body. */
  endpoint: TerminateEndpoint
  bodyKey: string
  /** Looks one target up in Box. */
  lookUp: (client: BoxClient, value: string) => Promise<Answer<BoxObject>>
  /** For a found group: its approximate member count, shown in the summary. */
  countMembers?: (client: BoxClient, id: string) => Promise<Answer<number>>
  /** The enterprise listing that holds targets of this kind, and the key an entry matches by. */
  listing: Listing
  listingKey: (object: BoxObject) => string
  /** How a found target is shown: as a user (name, login, status, role) or a group. */
  shownAs: 'user' | 'group'
  /** A kind whose found target, naming the same Box object, carries this one. */
  coveredBy: string | undefined
}

export type KindName = (typeof KIND_ROWS)[number]['input']

export interface TargetKind extends TargetKindSpec {
  input: KindName
}

/**
 * The kinds of target, in the order they are read, sent and reported. Everything that names,
 * checks, looks up, sends or shows a kind takes it from its row: a new kind is a new row (and an
 * input in action.yml).
 */
export const TARGET_KINDS: readonly TargetKind[] = KIND_ROWS

export const KIND_NAMES: readonly KindName[] = TARGET_KINDS.map(k => k.input)

const BY_NAME = Object.fromEntries(TARGET_KINDS.map(kind => [kind.input, kind])) as Record<
  KindName,
  TargetKind
>

/** The row of a kind. */
export function kindOf(name: KindName): TargetKind {
  return BY_NAME[name]
}

/** The terminate_sessions endpoints, in the order the kinds first name them. */
export const ENDPOINTS: readonly TerminateEndpoint[] = [
  ...new Set<TerminateEndpoint>(TARGET_KINDS.map(k => k.endpoint))
]

/** "1 user ID", "37,000 group IDs". */
export function countLabel(kind: TargetKindSpec, count: number): string {
  return plural(count, kind.label[0], kind.label[1])
}

/** "1 target", "2,500 targets": a count and its noun, plural but for one. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${groupDigits(count)} ${count === 1 ? one : many}`
}

/** 37000 as "37,000", without loading ICU's locale data (docs/benchmarks.md). */
export function groupDigits(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',')
}
