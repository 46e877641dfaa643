import * as runner from './runner.js'
import fs from 'node:fs'
// Only the Context class of @actions/github: the package entry loads Octokit, which this action
// never uses (tsconfig.json maps this name to the class's own file).
import { Context } from '@actions/github/context'
import { auditContext } from './audit.js'
import { secretInputs } from './auth/auth-settings.js'
import { createTokenRequester } from './auth/token-request.js'
import { createTokenSource } from './auth/token-source.js'
import type { BoxClientDeps } from './box-client.js'
import { createTransport } from './http.js'
import { InputError } from './input-error.js'
import type { ReadInput } from './inputs.js'
import { logReport, logRetry } from './log.js'
import { maskParts } from './mask.js'
import { buildOutputs, failed, type RunReport } from './report.js'
import { runBudgetMs, systemClock } from './retry.js'
import { safeText } from './safe-text.js'
import { renderSummary } from './summary.js'
import { parseSettings, type Settings } from './settings.js'
import { planTerminations, sendTerminations } from './terminate.js'
import { USER_AGENT } from './version.js'
import { whoAmI } from './whoami.js'

export async function run(): Promise<void> {
  try {
    await runSteps()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    runner.setFailed(`Unexpected error: ${safeText(message)}`)
  }
}

async function runSteps(): Promise<void> {
  const read: ReadInput = name => runner.getInput(name)
  // Before anything is printed: the runner hides registered values in every later log line.
  secretInputs(read).flatMap(maskParts).forEach(runner.setSecret)

  let settings: Settings
  try {
    settings = parseSettings(read, {
      workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
      realPath: file => fs.realpathSync(file),
      readText: file => fs.readFileSync(file, 'utf8')
    })
  } catch (error) {
    if (error instanceof InputError) return runner.setFailed(error.message)
    throw error
  }

  const budgetMs = runBudgetMs(settings.maxRetries, settings.requestTimeoutMs)
  const watchdog = setTimeout(() => {
    runner.setFailed(`The run did not finish within its ${budgetMs / 1000} s budget`)
    process.exit(1)
  }, budgetMs + 5_000)
  watchdog.unref()

  const report = await execute(settings, budgetMs)
  logReport(report)
  for (const result of report.results) if (result.warning) runner.warning(result.warning)

  for (const [name, value] of Object.entries(buildOutputs(report))) runner.setOutput(name, value)
  if (settings.jobSummary) writeSummary(report)

  const errors = [report.error, ...report.results.map(r => r.error)].filter(Boolean)
  if (failed(report)) runner.setFailed(errors.join('\n'))
  clearTimeout(watchdog)
}

async function execute(settings: Settings, budgetMs: number): Promise<RunReport> {
  const retry = {
    maxRetries: settings.maxRetries,
    requestTimeoutMs: settings.requestTimeoutMs,
    clock: systemClock,
    deadline: systemClock.now() + budgetMs
  }
  const transport = createTransport(USER_AGENT)
  const tokenRequester = createTokenRequester({
    transport,
    baseUrl: settings.baseUrl,
    retry,
    userAgent: USER_AGENT,
    onToken: token => maskParts(token).forEach(runner.setSecret),
    onRetry: notice => logRetry('oauth2/token', notice)
  })
  const deps: BoxClientDeps = {
    transport,
    baseUrl: settings.baseUrl,
    tokens: createTokenSource(settings.auth, tokenRequester),
    retry,
    userAgent: USER_AGENT
  }
  const requests = planTerminations(settings.targets)

  if (settings.dryRun) {
    const { identity, error } = await whoAmI(deps, notice => logRetry('users/me', notice))
    return { dryRun: true, requests, results: [], identity, error }
  }
  const results = await sendTerminations(requests, deps, (name, notice) =>
    logRetry(`${name}/terminate_sessions`, notice)
  )
  return { dryRun: false, requests, results }
}

function writeSummary(report: RunReport): void {
  const markdown = renderSummary(report, auditContext(new Context(), process.env.GITHUB_REPOSITORY))
  if (!runner.appendSummary(markdown)) {
    runner.info('No job summary written: GITHUB_STEP_SUMMARY is not set')
  }
}
