import * as core from '@actions/core'
import fs from 'node:fs'
import { auditContext, runContext } from './action/audit.js'
import { runnerInputs } from './action/inputs.js'
import {
  failureLines,
  info,
  logIdentity,
  logInputNotes,
  logPlanned,
  logReport,
  logRetry,
  logVerification,
  logVerifying,
  progressLog
} from './action/log.js'
import { maskParts } from './action/mask.js'
import { buildOutputs } from './action/outputs.js'
import { writeRemainder } from './action/remainder.js'
import { parseSettings, type Settings } from './action/settings.js'
import { buildSummary } from './action/summary.js'
import { secretInputs } from './auth/settings.js'
import { createTokenRequester } from './auth/token-request.js'
import { createTokenSource } from './auth/token-source.js'
import { createBoxClient, type BoxClient } from './box/client.js'
import { InputError } from './errors.js'
import { systemClock } from './net/clock.js'
import { createGate } from './net/gate.js'
import { createTransport } from './net/http.js'
import { runBudgetMs } from './net/retry.js'
import { execute, plannedRounds } from './run/execute.js'
import { failed, failedTargets, type RunReport } from './run/report.js'
import { safeText } from './safe-text.js'
import { USER_AGENT } from './version.js'

/** The action: inputs → settings → token → lookups → Box requests → outputs, summary and log. */
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

  const budgetMs = runBudgetMs(
    settings.maxRetries,
    settings.requestTimeoutMs,
    plannedRounds(settings)
  )
  const watchdog = setTimeout(() => {
    core.setFailed(`The run did not finish within its ${budgetMs / 1000} s budget`)
    process.exit(1)
  }, budgetMs + 5_000)
  watchdog.unref()

  const report = await execute(settings, createClient(settings, budgetMs), {
    identified: logIdentity,
    verifying: logVerifying,
    verified: logVerification,
    planned: logPlanned,
    batchDone: progressLog()
  })
  logReport(report)

  const failedOnes = failedTargets(report)
  const remainderFile =
    failedOnes.length > 0 ? writeRemainder(failedOnes, process.env.RUNNER_TEMP) : undefined
  for (const [name, value] of Object.entries(buildOutputs(report, remainderFile))) {
    core.setOutput(name, value)
  }
  if (settings.jobSummary) await writeSummary(report, remainderFile)
  if (failed(report)) core.setFailed(failureLines(report, remainderFile).join('\n'))
  clearTimeout(watchdog)
}

function createClient(settings: Settings, budgetMs: number): BoxClient {
  const retry = {
    maxRetries: settings.maxRetries,
    requestTimeoutMs: settings.requestTimeoutMs,
    clock: systemClock,
    deadline: systemClock.now() + budgetMs,
    gate: createGate(systemClock)
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

async function writeSummary(report: RunReport, remainderFile: string | undefined): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    info('No job summary written: GITHUB_STEP_SUMMARY is not set')
    return
  }
  await buildSummary(report, auditContext(runContext()), remainderFile).write()
}
