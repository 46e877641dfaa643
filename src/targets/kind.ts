import type { Answer } from '../box/answer.js'
import type { BoxClient } from '../box/client.js'
import type { TerminateEndpoint } from '../box/endpoints/terminate-sessions.js'
import type { BoxObject } from '../box/objects.js'
import type { PagesRead } from '../box/paging.js'
import { plural } from '../words.js'
import type { Validator } from './validate.js'

/** A listing of the enterprise that can find many targets at once (verify-targets at scale). */
export interface Listing {
  /** What it lists, for the log: "users", "groups". */
  name: string
  /** One of what it lists: "user", "group". */
  noun: string
  /** How many entries the enterprise has, in one request. */
  count: (client: BoxClient) => Promise<Answer<number>>
  /** Every entry it can list, page by page, bounded by the count Box gave, when it gave one. */
  list: (
    client: BoxClient,
    onPage: (objects: BoxObject[]) => void,
    count?: number
  ) => Promise<Answer<PagesRead>>
  /** The most entries it can list (Box caps offset paging). */
  limit: number
}

/** Everything the action knows of one kind of target: a row of the table in kinds.ts. */
export interface KindRow {
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
  /**
   * The terminate_sessions endpoint that takes this kind, and its list in the request body: one of
   * the endpoint's `bodyKeys` (the compiler checks it, see CheckedRows).
   */
  endpoint: TerminateEndpoint
  bodyKey: string
  /**
   * What its request carries: the value as written (the default), or the ID of the Box object a
   * lookup found. A kind sent as the found ID needs lookups: `verify-targets: false` refuses it,
   * and a target no lookup found ends failed, as it could not be sent.
   */
  sends?: 'value' | 'found-id'
  /** Looks one target up in Box. */
  lookUp: (client: BoxClient, value: string) => Promise<Answer<BoxObject>>
  /** For a found group: its approximate member count, shown in the summary. */
  countMembers?: (client: BoxClient, id: string) => Promise<Answer<number>>
  /**
   * The enterprise listing that holds targets of this kind, and the key an entry matches by.
   * Without one, each target of the kind is looked up alone.
   */
  listing?: { of: Listing; key: (object: BoxObject) => string }
  /** How a found target is shown: as a user (name, login, status, role) or a group. */
  shownAs: 'user' | 'group'
  /** A kind whose found target, naming the same Box object, carries this one (checked by the compiler). */
  coveredBy?: string
  /** The characters of a value that could make it a look-alike of another, for a warning. */
  lookAlikes?: (value: string) => string | undefined
}

/**
 * The table's rows as the compiler checks them: each row's `bodyKey` is one of its endpoint's
 * `bodyKeys`, and its `coveredBy`, when it has one, names a kind of the table.
 */
export type CheckedRows<Rows extends readonly KindRow[]> = {
  readonly [I in keyof Rows]: Rows[I] & {
    bodyKey: Rows[I]['endpoint']['bodyKeys'][number]
    coveredBy?: Rows[number]['input']
  }
}

/**
 * What the rest of the action reads of a table of kinds: the rows in order, their names, the
 * terminate_sessions endpoints in the order the kinds first name them, and the row of a name.
 */
export function kindTable<Row extends KindRow>(rows: readonly Row[]) {
  const byName = new Map<string, Row>(rows.map(row => [row.input, row]))
  return {
    TARGET_KINDS: rows,
    KIND_NAMES: rows.map(row => row.input as Row['input']),
    ENDPOINTS: [...new Set(rows.map(row => row.endpoint))] as readonly TerminateEndpoint[],
    kindOf: (name: Row['input']): Row => byName.get(name) as Row
  }
}

/** "1 user ID", "37,000 group IDs". */
export function countLabel(kind: Pick<KindRow, 'label'>, count: number): string {
  return plural(count, kind.label[0], kind.label[1])
}
