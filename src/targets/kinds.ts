import { kindTable, type CheckedRows, type KindRow } from './kind.js'
import { GROUP_IDS } from './kinds/group-ids.js'
import { USER_IDS } from './kinds/user-ids.js'
import { USER_LOGINS } from './kinds/user-logins.js'

/**
 * The kinds of target, one row each, in the order they are read, sent and reported. Everything
 * that names, checks, looks up, sends or shows a kind takes it from its row: a new kind is a new
 * row here (a module in kinds/) and an input in action.yml.
 */
const ROWS = [USER_IDS, USER_LOGINS, GROUP_IDS] as const
// Each row's body key is its endpoint's, and what covers it is a kind of the table.
const CHECKED: CheckedRows<typeof ROWS> = ROWS

export type KindName = (typeof ROWS)[number]['input']

export interface TargetKind extends KindRow {
  input: KindName
}

export const { TARGET_KINDS, KIND_NAMES, ENDPOINTS, kindOf } = kindTable<TargetKind>(CHECKED)
