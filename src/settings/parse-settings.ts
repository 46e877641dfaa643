import { parseAuth } from '../auth/settings.js'
import { InputError } from '../errors.js'
import { INPUT_DEFAULTS, INPUT_NAMES, type InputName, type InputSource } from '../inputs.js'
import { collect } from '../parsed.js'
import { quoteEntry } from '../safe-text.js'
import { dedupe } from '../targets/dedupe.js'
import { KIND_NAMES, TARGET_KINDS } from '../targets/kinds.js'
import { groupDigits } from '../words.js'
import { parseListInput } from '../targets/parse-list.js'
import type { Target } from '../targets/target.js'
import type { FileAccess } from '../targets/targets-file.js'
import { parseBaseUrl } from './base-url.js'
import type { Settings, VerifyPolicy } from './settings.js'

const MAX_RETRIES_LIMIT = 10
const REQUEST_TIMEOUT_LIMIT_S = 300
const BATCH_SIZE_LIMIT = 100_000
/** With verify-targets: auto, the most lookup requests a run makes: about a minute at Box's pace. */
const AUTO_LOOKUP_REQUESTS = 1000

const VERIFY_POLICIES: Record<string, VerifyPolicy> = {
  auto: { input: 'auto', maxRequests: AUTO_LOOKUP_REQUESTS, strict: false },
  true: { input: 'true', maxRequests: Number.POSITIVE_INFINITY, strict: true },
  false: { input: 'false', maxRequests: 0, strict: false }
}

/**
 * Turns the raw inputs into one typed settings object, or throws one InputError listing every
 * problem. The readers of a list written as JSON and of a targets-file are loaded only for them.
 */
export async function parseSettings(inputs: InputSource, files: FileAccess): Promise<Settings> {
  const problems: string[] = []
  // Each input is read once, its action.yml default applied when it is empty; the kinds' inputs
  // come from the table of kinds.
  const names = new Set<InputName>([...KIND_NAMES, ...INPUT_NAMES])
  const given = Object.fromEntries([...names].map(name => [name, inputs.text(name)])) as Record<
    InputName,
    string
  >
  const text = (name: InputName): string => given[name] || INPUT_DEFAULTS[name] || ''

  const read = await Promise.all(KIND_NAMES.map(kind => parseListInput(kind, text(kind))))
  const lists = read.map(list => collect(list, problems) ?? [])
  const notes: string[] = []
  const file = text('targets-file')
  const fromFile = file
    ? collect((await import('../targets/targets-file.js')).readTargetsFile(file, files), problems)
    : undefined
  if (fromFile && fromFile.ignoredColumns.length > 0) {
    notes.push(
      `targets-file: ignored the columns ${fromFile.ignoredColumns.map(c => quoteEntry(c)).join(', ')}, which name no kind of target`
    )
  }
  const report = fromFile?.report
  if (report) notes.push(reportNote(report.leftOut, report.dryRun, fromFile.targets.length))
  let found: Target[] = []
  for (const list of [...lists, fromFile?.targets ?? []]) found = found.concat(list)
  if (found.length === 0 && problems.length === 0) {
    problems.push(
      report
        ? "no targets: targets-file is this action's report and every target in it ended for good (accepted, not found, or carried by another target); nothing is left to send"
        : `no targets: set at least one of ${KIND_NAMES.join(', ')} or targets-file`
    )
  }

  const auth = collect(
    parseAuth(name => given[name]),
    problems
  )
  const baseUrl = collect(parseBaseUrl(text('base-url')), problems)
  const boolean = (name: InputName): boolean => readBoolean(inputs, name, given[name], problems)
  const dryRun = boolean('dry-run')
  const jobSummary = boolean('job-summary')
  const failOnUnknown = boolean('fail-on-unknown')
  const number = (name: InputName, range: [number, number], unit = ''): number =>
    readWholeNumber(name, text(name), range, problems, unit)
  const maxRetries = number('max-retries', [0, MAX_RETRIES_LIMIT])
  const timeoutS = number('request-timeout', [1, REQUEST_TIMEOUT_LIMIT_S], ' of seconds')
  const batchSize = number('batch-size', [1, BATCH_SIZE_LIMIT])
  const verify = VERIFY_POLICIES[text('verify-targets').toLowerCase()]
  if (!verify) problems.push(`verify-targets: must be auto, true or false`)
  if (verify?.maxRequests === 0) {
    // A kind sent as the ID Box finds cannot be sent without its lookup.
    for (const kind of TARGET_KINDS) {
      if (kind.sends !== 'found-id' || !found.some(target => target.kind === kind.input)) continue
      problems.push(
        `${kind.input}: its targets are sent as the ID Box finds for each, so they must be looked up; verify-targets: false cannot send them (use auto or true)`
      )
    }
  }

  if (problems.length > 0 || !auth || !baseUrl || !verify) throw new InputError(problems)
  return {
    targets: dedupe(found),
    auth,
    baseUrl,
    dryRun,
    maxRetries,
    requestTimeoutMs: timeoutS * 1000,
    jobSummary,
    verify,
    failOnUnknown,
    batchSize,
    notes
  }
}

const BOOLEAN_SPELLINGS = 'true, True, TRUE, false, False or FALSE'

/** A true/false input through @actions/core, its default when empty; a problem names the input. */
function readBoolean(
  inputs: InputSource,
  name: InputName,
  given: string,
  problems: string[]
): boolean {
  if (given === '') return INPUT_DEFAULTS[name] === 'true'
  try {
    return inputs.boolean(name)
  } catch {
    problems.push(`${name}: must be true or false (${BOOLEAN_SPELLINGS})`)
    return false
  }
}

function readWholeNumber(
  name: InputName,
  text: string,
  [min, max]: [number, number],
  problems: string[],
  unit: string
): number {
  const value = Number(text)
  if (!/^[0-9]+$/.test(text) || value < min || value > max) {
    problems.push(`${name}: must be a whole number${unit} from ${min} to ${groupDigits(max)}`)
  }
  return value
}

/** What a re-run from a report left out, and why, for the log. */
function reportNote(leftOut: Record<string, number>, dryRun: boolean, read: number): string {
  if (dryRun) {
    return `targets-file is this action's report of a dry run: every one of its ${read} targets is read, as none was sent`
  }
  const counts = Object.entries(leftOut).map(([outcome, n]) => `${n} ${outcome}`)
  const total = Object.values(leftOut).reduce((sum, n) => sum + n, 0)
  return total === 0
    ? `targets-file is this action's report: all ${read} of its targets are read, as none ended for good`
    : `targets-file is this action's report: ${total} of its targets are left out (${counts.join(', ')}), as Box accepted them, does not know them, or another target carried them; the ${read} that failed or were not sent are read`
}
