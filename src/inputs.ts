/** Every input the action reads; a test keeps this list, action.yml and the README in agreement. */
export const INPUT_NAMES = [
  'user-ids',
  'user-logins',
  'group-ids',
  'targets-file',
  'box-token',
  'box-client-id',
  'box-client-secret',
  'box-enterprise-id',
  'box-user-id',
  'box-jwt-config',
  'base-url',
  'dry-run',
  'max-retries',
  'request-timeout',
  'job-summary',
  'verify-targets',
  'fail-on-unknown',
  'batch-size'
] as const

export type InputName = (typeof INPUT_NAMES)[number]

/** The inputs that hold credentials: masked before anything is printed, never shown. */
export const SECRET_INPUTS = ['box-token', 'box-client-secret', 'box-jwt-config'] as const

/** action.yml's defaults, applied when a value is empty, as when the action runs outside a runner. */
export const INPUT_DEFAULTS: Partial<Record<InputName, string>> = {
  'base-url': 'https://api.box.com',
  'dry-run': 'false',
  'max-retries': '5',
  'request-timeout': '30',
  'job-summary': 'true',
  'verify-targets': 'auto',
  'fail-on-unknown': 'true',
  'batch-size': '1000'
}

/** Every output the action sets. */
export const OUTPUT_NAMES = [
  'message',
  'users-message',
  'groups-message',
  'result',
  'unknown-targets',
  'failed-targets-file',
  'failed-count',
  'report-file'
] as const

export type OutputName = (typeof OUTPUT_NAMES)[number]

/** Where inputs come from: the runner through @actions/core, or a test. */
export interface InputSource {
  /** The input's value, trimmed; empty when not set. */
  text(name: InputName): string
  /** The input as YAML 1.2 true or false; throws a TypeError for anything else. */
  boolean(name: InputName): boolean
}
