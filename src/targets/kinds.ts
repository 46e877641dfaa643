import { asciiLowerCase } from '../ascii.js'
import { idProblem, loginProblem, type Validator } from './validate.js'

/**
 * The kinds of target, in the order they are read, sent and reported. Everything that names a
 * kind (inputs, targets-file columns and keys, request bodies, logs, summary, outputs) takes the
 * name from here; a new kind is a new row.
 */
export const TARGET_KINDS = [
  {
    input: 'user-ids',
    csvColumn: 'user_id',
    jsonKey: 'user_ids',
    endpoint: 'users',
    bodyKey: 'user_ids',
    label: ['user ID', 'user IDs'],
    title: 'User IDs',
    validate: idProblem,
    key: (id: string) => id
  },
  {
    input: 'user-logins',
    csvColumn: 'user_login',
    jsonKey: 'user_logins',
    endpoint: 'users',
    bodyKey: 'user_logins',
    label: ['user login', 'user logins'],
    title: 'User logins',
    validate: loginProblem,
    // Only ASCII case: toLowerCase() would fold the Kelvin sign (U+212A) into "k" and make a
    // look-alike swallow the real login.
    key: asciiLowerCase
  },
  {
    input: 'group-ids',
    csvColumn: 'group_id',
    jsonKey: 'group_ids',
    endpoint: 'groups',
    bodyKey: 'group_ids',
    label: ['group ID', 'group IDs'],
    title: 'Group IDs',
    validate: idProblem,
    key: (id: string) => id
  }
] as const satisfies readonly TargetKindSpec[]

export interface TargetKindSpec {
  /** The input that lists targets of this kind. */
  input: string
  /** The column of a targets-file CSV header. */
  csvColumn: string
  /** The key of a targets-file JSON object, and of the remainder and unknown-targets files. */
  jsonKey: string
  /** The Box terminate_sessions endpoint that takes this kind. */
  endpoint: string
  /** The key of this kind in that endpoint's request body. */
  bodyKey: string
  /** How a count reads: one, many. */
  label: readonly [string, string]
  /** A heading for a list of this kind. */
  title: string
  validate: Validator
  /** Two entries with the same key are the same target. */
  key: (value: string) => string
}

export type TargetKind = (typeof TARGET_KINDS)[number]
export type KindName = TargetKind['input']
export type EndpointName = TargetKind['endpoint']

export const KIND_NAMES: readonly KindName[] = TARGET_KINDS.map(k => k.input)

/** "1 user ID", "37,000 group IDs". */
export function countLabel(kind: TargetKind, count: number): string {
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
