import type { AuthSettings } from '../auth/settings.js'
import type { Target } from '../targets/target.js'

/** What verify-targets means for the run, decided once from the input. */
export interface VerifyPolicy {
  /** The input as written, for the record. */
  input: 'auto' | 'true' | 'false'
  /** The most lookup requests the run may make: 0 never looks up, Infinity always does. */
  maxRequests: number
  /** Whether a target Box could not look up stops the run before anything is terminated. */
  strict: boolean
}

export interface Settings {
  /** Every target once, in the order of the kinds, each where it first appears. */
  targets: Target[]
  auth: AuthSettings
  baseUrl: string
  dryRun: boolean
  maxRetries: number
  requestTimeoutMs: number
  jobSummary: boolean
  verify: VerifyPolicy
  /** Whether targets Box does not know fail the step (else they are a warning). */
  failOnUnknown: boolean
  /** The most entries one terminate request carries, user IDs and logins together. */
  batchSize: number
  /** What the log should say about how the inputs were read. */
  notes: string[]
}
