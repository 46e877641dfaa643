import * as core from '@actions/core'
import fs from 'node:fs'
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
import { parseSettings, type Settings } from './settings.js'
import { planTerminations, sendTerminations } from './terminate.js'
import { USER_AGENT } from './version.js'
import { whoAmI } from './whoami.js'

export async function run(): Promise<void> {
  try {
    await runSteps()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    core.setFailed(`Unexpected error: ${safeText(message)}`)
  }
}

async function runSteps(): Promise<void> {
  const read: ReadInput = name => core.getInput(name)
  // Before anything is printed: the runner hides registered values in every later log line.
  secretInputs(read).flatMap(maskParts).forEach(core.setSecret)

  let settings: Settings
  try {
    settings = parseSettings(read, {
      workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
      realPath: file => fs.realpathSync(file),
      readText: file => fs.readFileSync(file, 'utf8')
    })
  } catch (error) {
    if (error instanceof InputError) return core.setFailed(error.message)
    throw error
  }

  const budgetMs = runBudgetMs(settings.maxRetries, settings.requestTimeoutMs)
  const watchdog = setTimeout(() => {
    core.setFailed(`The run did not finish within its ${budgetMs / 1000} s budget`)
    process.exit(1)
  }, budgetMs + 5_000)
  watchdog.unref()

  const report = await execute(settings, budgetMs)
  logReport(report)
  for (const result of report.results) if (result.warning) core.warning(result.warning)

  for (const [name, value] of Object.entries(buildOutputs(report))) core.setOutput(name, value)
  if (settings.jobSummary) await writeSummary(report)

  const errors = [report.error, ...report.results.map(r => r.error)].filter(Boolean)
  if (failed(report)) core.setFailed(errors.join('\n'))
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
    onToken: token => maskParts(token).forEach(core.setSecret),
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

async function writeSummary(report: RunReport): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('No job summary written: GITHUB_STEP_SUMMARY is not set')
    return
  }
  const { renderSummary } = await import('./summary.js')
  const { auditContext } = await import('./audit.js')
  const { context } = await import('@actions/github')
  const markdown = renderSummary(report, auditContext(context, process.env.GITHUB_REPOSITORY))
  await core.summary.addRaw(markdown).write()
}
