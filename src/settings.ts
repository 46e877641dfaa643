import path from 'node:path'
import { parseAuth, type AuthSettings } from './auth/auth-settings.js'
import { parseBaseUrl } from './base-url.js'
import { InputError } from './input-error.js'
import { INPUT_DEFAULTS, type ReadInput } from './inputs.js'
import { dedupe, splitList, validateGroup, type EntryGroup, type TargetKind } from './lists.js'
import { quoteEntry } from './safe-text.js'
import { parseTargetsFile, type ParsedTargetsFile } from './targets-file.js'

export interface Targets {
  userIds: string[]
  userLogins: string[]
  groupIds: string[]
}

export interface Settings {
  targets: Targets
  auth: AuthSettings
  baseUrl: string
  dryRun: boolean
  maxRetries: number
  requestTimeoutMs: number
  jobSummary: boolean
}

export interface FileAccess {
  /** The folder a relative targets-file is read from (the runner's GITHUB_WORKSPACE). */
  workspace: string
  /** The path with symbolic links resolved; throws when it does not exist. */
  realPath(file: string): string
  readText(file: string): string
}

const TARGET_KINDS = ['user-ids', 'user-logins', 'group-ids'] as const

export const MAX_RETRIES_LIMIT = 10
export const REQUEST_TIMEOUT_LIMIT_S = 300

/** Turns the raw inputs into one typed settings object, or throws one InputError listing every problem. */
export function parseSettings(read: ReadInput, files: FileAccess): Settings {
  const value = (name: Parameters<ReadInput>[0]): string => read(name) || INPUT_DEFAULTS[name] || ''
  const problems: string[] = []

  const groups: EntryGroup[] = []
  for (const kind of TARGET_KINDS) {
    const list = splitList(read(kind), kind)
    problems.push(...list.problems)
    groups.push({ kind, values: list.entries, where: () => kind })
  }
  const file = read('targets-file')
  if (file) {
    const loaded = loadTargetsFile(file, files)
    problems.push(...loaded.problems)
    groups.push(...loaded.groups)
  }
  for (const group of groups) problems.push(...validateGroup(group))

  // concat copies whole arrays at once; flatMap went entry by entry.
  const all = (kind: TargetKind): string[] =>
    dedupe(kind, ([] as string[]).concat(...groups.filter(g => g.kind === kind).map(g => g.values)))
  const targets: Targets = {
    userIds: all('user-ids'),
    userLogins: all('user-logins'),
    groupIds: all('group-ids')
  }
  if (groups.every(g => g.values.length === 0) && problems.length === 0) {
    problems.push(
      'no targets: set at least one of user-ids, user-logins, group-ids or targets-file'
    )
  }

  const auth = parseAuth(read)
  problems.push(...auth.problems)

  const baseUrl = parseBaseUrl(value('base-url'))
  if (baseUrl.problem) problems.push(baseUrl.problem)

  const dryRun = parseBoolean('dry-run', value('dry-run'), problems)
  const jobSummary = parseBoolean('job-summary', value('job-summary'), problems)

  const retriesText = value('max-retries')
  const maxRetries = Number(retriesText)
  if (!/^[0-9]+$/.test(retriesText) || maxRetries > MAX_RETRIES_LIMIT) {
    problems.push(`max-retries: must be a whole number from 0 to ${MAX_RETRIES_LIMIT}`)
  }

  const timeoutText = value('request-timeout')
  const timeoutS = Number(timeoutText)
  if (!/^[0-9]+$/.test(timeoutText) || timeoutS < 1 || timeoutS > REQUEST_TIMEOUT_LIMIT_S) {
    problems.push(
      `request-timeout: must be a whole number of seconds from 1 to ${REQUEST_TIMEOUT_LIMIT_S}`
    )
  }

  if (problems.length > 0 || !auth.auth || !baseUrl.url) throw new InputError(problems)
  return {
    targets,
    auth: auth.auth,
    baseUrl: baseUrl.url,
    dryRun,
    maxRetries,
    requestTimeoutMs: timeoutS * 1000,
    jobSummary
  }
}

const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

function parseBoolean(name: string, text: string, problems: string[]): boolean {
  if (TRUE.includes(text)) return true
  if (!FALSE.includes(text)) problems.push(`${name}: must be true or false`)
  return false
}

function loadTargetsFile(file: string, files: FileAccess): ParsedTargetsFile {
  const shown = quoteEntry(file)
  try {
    const workspace = files.realPath(files.workspace)
    const real = files.realPath(path.resolve(workspace, file))
    const relative = path.relative(workspace, real)
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      return { groups: [], problems: [`targets-file: ${shown} is not inside the workspace`] }
    }
    return parseTargetsFile(files.readText(real), 'targets-file')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'error'})`
    return { groups: [], problems: [`targets-file: ${shown}: ${reason} in the workspace`] }
  }
}
