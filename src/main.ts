import * as core from '@actions/core'
import fs from 'node:fs'
import { auditContext, runContext } from './action/audit.js'
import { runnerInputs } from './action/inputs.js'
import { info, logInputNotes, logReport, logRetry } from './action/log.js'
import { maskParts } from './action/mask.js'
import { buildOutputs } from './action/outputs.js'
import { safeText } from './safe-text.js'
import { parseSettings, type Settings } from './action/settings.js'
import { buildSummary } from './action/summary.js'
import { secretInputs } from './auth/settings.js'
import { createTokenRequester } from './auth/token-request.js'
import { createTokenSource } from './auth/token-source.js'
import { createBoxClient, type BoxClient } from './box/client.js'
import { getCurrentUser } from './box/endpoints/users-me.js'
import { InputError } from './errors.js'
import { createTransport } from './net/http.js'
import { runBudgetMs, systemClock } from './net/retry.js'
import { failed, type RunReport } from './run/report.js'
import { planTerminations, sendTerminations } from './run/terminate.js'
import { USER_AGENT } from './version.js'

/** The action: inputs → settings → token → Box requests → outputs, summary and log. */
export async function run(): Promise<void> {
  try {
    await runSteps()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    core.setFailed(`Unexpected error: ${safeText(message)}`)
  }
}

async function runSteps(): Promise<void> {
  // Before anything is printed: the runner hides registered values in every later log line.
  for (const secret of secretInputs(name => core.getInput(name))) {
    maskParts(secret).forEach(part => core.setSecret(part))
  }

  let settings: Settings
  try {
    settings = parseSettings(runnerInputs, {
      workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
      runnerTemp: process.env.RUNNER_TEMP,
      realPath: file => fs.realpathSync(file),
      isFile: file => fs.statSync(file).isFile(),
      readText: file => fs.readFileSync(file, 'utf8')
    })
  } catch (error) {
    if (error instanceof InputError) return core.setFailed(error.message)
    throw error
  }

  logInputNotes(settings)

  const budgetMs = runBudgetMs(settings.maxRetries, settings.requestTimeoutMs)
  const watchdog = setTimeout(() => {
    core.setFailed(`The run did not finish within its ${budgetMs / 1000} s budget`)
    process.exit(1)
  }, budgetMs + 5_000)
  watchdog.unref()

  const report = await execute(settings, createClient(settings, budgetMs))
  logReport(report)
  for (const result of report.results) if (result.warning) core.warning(safeText(result.warning))

  for (const [name, value] of Object.entries(buildOutputs(report))) core.setOutput(name, value)
  if (settings.jobSummary) await writeSummary(report)

  const errors = [report.error, ...report.results.map(r => r.error)].filter(Boolean)
  if (failed(report)) core.setFailed(errors.map(e => safeText(e ?? '')).join('\n'))
  clearTimeout(watchdog)
}

function createClient(settings: Settings, budgetMs: number): BoxClient {
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
    onToken: token => maskParts(token).forEach(part => core.setSecret(part)),
    onRetry: notice => logRetry('oauth2/token', notice)
  })
  return createBoxClient({
    transport,
    baseUrl: settings.baseUrl,
    tokens: createTokenSource(settings.auth, tokenRequester),
    retry,
    userAgent: USER_AGENT,
    onRetry: logRetry
  })
}

async function execute(settings: Settings, client: BoxClient): Promise<RunReport> {
  const requests = planTerminations(settings.targets)
  const base = { targets: settings.targets, requests }
  if (settings.dryRun) {
    const me = await getCurrentUser(client)
    return 'identity' in me
      ? { ...base, dryRun: true, results: [], identity: me.identity }
      : { ...base, dryRun: true, results: [], error: me.error }
  }
  return { ...base, dryRun: false, results: await sendTerminations(requests, client) }
}

async function writeSummary(report: RunReport): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    info('No job summary written: GITHUB_STEP_SUMMARY is not set')
    return
  }
  await buildSummary(report, auditContext(runContext())).write()
}
