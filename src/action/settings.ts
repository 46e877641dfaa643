import { parseAuth, type AuthSettings } from '../auth/settings.js'
import { InputError } from '../errors.js'
import { collect } from '../parsed.js'
import { dedupe } from '../targets/dedupe.js'
import { groupDigits, KIND_NAMES } from '../targets/kinds.js'
import { quoteEntry } from '../safe-text.js'
import { parseListInput } from '../targets/parse-list.js'
import type { Target } from '../targets/target.js'
import { readTargetsFile, type FileAccess } from '../targets/targets-file.js'
import { parseBaseUrl } from './base-url.js'
import { INPUT_DEFAULTS, type InputName, type InputSource } from './inputs.js'

/** verify-targets: look every target up first (true), never (false), or for small runs (auto). */
export type VerifyMode = 'auto' | 'true' | 'false'

export interface Settings {
  /** Every target once, in the order of the kinds, each where it first appears. */
  targets: Target[]
  auth: AuthSettings
  baseUrl: string
  dryRun: boolean
  maxRetries: number
  requestTimeoutMs: number
  jobSummary: boolean
  verifyTargets: VerifyMode
  /** The most entries one terminate request carries, user IDs and logins together. */
  batchSize: number
  /** What the log should say about how the inputs were read. */
  notes: string[]
}

export const MAX_RETRIES_LIMIT = 10
export const REQUEST_TIMEOUT_LIMIT_S = 300
export const BATCH_SIZE_LIMIT = 100_000
const VERIFY_MODES: readonly VerifyMode[] = ['auto', 'true', 'false']

/** Turns the raw inputs into one typed settings object, or throws one InputError listing every problem. */
export function parseSettings(inputs: InputSource, files: FileAccess): Settings {
  const problems: string[] = []
  const text = (name: InputName): string => inputs.text(name) || INPUT_DEFAULTS[name] || ''

  const lists = KIND_NAMES.map(kind => collect(parseListInput(kind, text(kind)), problems) ?? [])
  const notes: string[] = []
  const file = text('targets-file')
  const fromFile = file ? collect(readTargetsFile(file, files), problems) : undefined
  const found: Target[] = lists.flat().concat(fromFile?.targets ?? [])
  if (fromFile) {
    if (fromFile.ignoredColumns.length > 0) {
      notes.push(
        `targets-file: ignored the columns ${fromFile.ignoredColumns.map(c => quoteEntry(c)).join(', ')}, which name no kind of target`
      )
    }
  }
  if (found.length === 0 && problems.length === 0) {
    problems.push(`no targets: set at least one of ${KIND_NAMES.join(', ')} or targets-file`)
  }

  const auth = collect(
    parseAuth(name => inputs.text(name)),
    problems
  )
  const baseUrl = collect(parseBaseUrl(text('base-url')), problems)
  const dryRun = readBoolean(inputs, 'dry-run', problems)
  const jobSummary = readBoolean(inputs, 'job-summary', problems)
  const maxRetries = readWholeNumber(text, 'max-retries', [0, MAX_RETRIES_LIMIT], problems)
  const timeoutS = readWholeNumber(
    text,
    'request-timeout',
    [1, REQUEST_TIMEOUT_LIMIT_S],
    problems,
    ' of seconds'
  )

  const batchSize = readWholeNumber(text, 'batch-size', [1, BATCH_SIZE_LIMIT], problems)
  const verify = text('verify-targets')
  const verifyTargets = VERIFY_MODES.find(mode => mode === verify.toLowerCase())
  if (!verifyTargets) problems.push(`verify-targets: must be auto, true or false`)

  if (problems.length > 0 || !auth || !baseUrl || !verifyTargets) throw new InputError(problems)
  return {
    targets: dedupe(found),
    auth,
    baseUrl,
    dryRun,
    maxRetries,
    requestTimeoutMs: timeoutS * 1000,
    jobSummary,
    verifyTargets,
    batchSize,
    notes
  }
}

const BOOLEAN_SPELLINGS = 'true, True, TRUE, false, False or FALSE'

/** A true/false input through @actions/core, its default when empty; a problem names the input. */
function readBoolean(inputs: InputSource, name: InputName, problems: string[]): boolean {
  if (inputs.text(name) === '') return INPUT_DEFAULTS[name] === 'true'
  try {
    return inputs.boolean(name)
  } catch {
    problems.push(`${name}: must be true or false (${BOOLEAN_SPELLINGS})`)
    return false
  }
}

function readWholeNumber(
  text: (name: InputName) => string,
  name: InputName,
  [min, max]: [number, number],
  problems: string[],
  unit = ''
): number {
  const value = Number(text(name))
  if (!/^[0-9]+$/.test(text(name)) || value < min || value > max) {
    problems.push(`${name}: must be a whole number${unit} from ${min} to ${groupDigits(max)}`)
  }
  return value
}
