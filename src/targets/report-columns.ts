import { TARGET_KINDS } from './kinds.js'

/** The columns of the report-file, in order: one per kind of target, then how each ended. */
export const REPORT_COLUMNS = [
  ...TARGET_KINDS.map(kind => kind.csvColumn),
  'outcome',
  'lookup',
  'box_id',
  'name',
  'batch',
  'status',
  'request_id',
  'answered_at',
  'detail'
] as const

/**
 * Every header the report-file has had, by which a targets-file is known to be a report: the same
 * columns since the report was first written (its outcomes were named `terminated` for `accepted`
 * before).
 */
export const REPORT_HEADERS: readonly (readonly string[])[] = [REPORT_COLUMNS]

/**
 * Outcomes a re-run from a report leaves out: Box accepted them (`terminated` in earlier reports),
 * Box does not know them, or another target carried them.
 */
export const FINISHED_OUTCOMES: ReadonlySet<string> = new Set([
  'accepted',
  'terminated',
  'covered',
  'not_found'
])
