import * as core from '@actions/core'
import fs from 'node:fs'
import os from 'node:os'
import { runnerInputs } from './action/inputs.js'
import {
  info,
  logIdentity,
  logDecidedSettings,
  logInputNotes,
  logLookedUp,
  logLookupPlan,
  logOutcome,
  logPlanned,
  logRetry,
  progressLog
} from './action/log.js'
import { cancelledLine } from './action/outcome-text.js'
import { openRunFiles, publish, setOutputs } from './action/publish.js'
import { graceFor, watchSignals } from './action/signals.js'
import { secretInputs } from './auth/settings.js'
import type { BoxClient } from './box/client.js'
import { connectToBox } from './box/connect.js'
import { InputError } from './errors.js'
import { createRedactor, secretParts, type Redactor, type SecretOptions } from './redact.js'
import { createStop, type StopControl } from './net/stop.js'
import { execute } from './run/execute.js'
import {
  closeLedger,
  createLedger,
  settleCancelled,
  settleCancelledBeforeSending,
  settleNotStarted,
  type Ledger
} from './run/ledger.js'
import { safeText } from './safe-text.js'
import { parseSettings } from './settings/parse-settings.js'
import type { Settings } from './settings/settings.js'

export interface RunOptions {
  /** How the process ends at a second signal; tests replace it. */
  exit?: (code: number) => void
  /** How long requests in flight may take after the first signal. */
  graceMs?: number
  /** The signals received before the run could watch them (early-signals.ts). */
  signalsReceived?: () => readonly string[]
}

/** The action: inputs → settings → token → lookups → Box requests → ledger → outputs, files, summary. */
export async function run(options: RunOptions = {}): Promise<void> {
  try {
    await runSteps(options)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    core.setFailed(`Unexpected error: ${safeText(message)}`)
  }
}

async function runSteps(options: RunOptions): Promise<void> {
  // Before anything is printed: the runner hides registered values in every later log line, and
  // the redactor removes them from everything Box or the token endpoint sends back.
  const inputs = runnerInputs()
  const redactor = createRedactor()
  // Every value registered with the runner's masking: no output may hold one.
  const registered: string[] = []
  for (const secret of secretInputs(name => inputs.text(name))) {
    hide(secret.value, redactor, registered, { anyCase: secret.anyCase })
  }

  const early = options.signalsReceived ?? (() => [])
  const [first] = early()
  if (first !== undefined) {
    return core.setFailed(
      `Cancelled before anything was sent: the runner's ${first} came before the targets were read`
    )
  }

  let settings: Settings
  core.debug('Reading the inputs and any targets-file')
  try {
    settings = await parseSettings(inputs, {
      workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
      runnerTemp: process.env.RUNNER_TEMP ?? '',
      osTemp: os.tmpdir(),
      realPath: file => fs.realpathSync(file),
      isFile: file => fs.statSync(file).isFile(),
      readText: file => fs.readFileSync(file, 'utf8')
    })
  } catch (error) {
    if (error instanceof InputError) return core.setFailed(error.message)
    throw error
  }
  const stop = createStop()
  const client = connectToBox({
    ...settings,
    redactor,
    stop,
    onSecret: secret => {
      core.setSecret(secret)
      registered.push(secret)
    },
    onRetry: logRetry
  })
  // With client credentials or a JWT app the token is asked for first, and the run's record is set
  // up while the token endpoint answers. Nothing goes to a terminate endpoint before the run
  // watches the runner's signals.
  const authenticating = client.authenticate()
  try {
    // A turn of the event loop, and the token request has left.
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: a turn more or less changes when the token request leaves, not what is sent
    if (settings.auth.method !== 'token') await new Promise(resolve => setImmediate(resolve))
    await runWithClient(client, settings, redactor, registered, options, stop)
  } catch (error) {
    stop.cutNow()
    throw error
  } finally {
    await authenticating
  }
}

async function runWithClient(
  client: BoxClient,
  settings: Settings,
  redactor: Redactor,
  registered: string[],
  options: RunOptions,
  stop: StopControl
): Promise<void> {
  logInputNotes(settings)
  logDecidedSettings(settings)
  const early = options.signalsReceived ?? (() => [])
  // process.hrtime rather than the global performance, which loads perf_hooks on first use.
  const building = process.hrtime.bigint()
  const ledger = createLedger(settings.targets, settings.dryRun)
  const graceMs = options.graceMs ?? graceFor(Number(process.hrtime.bigint() - building) / 1e6)
  const files = openRunFiles(ledger)
  const signals = watchSignals(
    signal => {
      info(
        `Received ${signal}: no new request starts, and requests in flight get ${graceMs / 1000} s more`
      )
      // The rows of the targets never sent are written while those in flight finish.
      settleNotStarted(ledger)
      files.report?.flushSoon()
    },
    signal => {
      // Only the summary is left to write, which takes a moment: it is finished first.
      if (files.written) return info(`Received ${signal}: the job summary is written first`)
      stopAtOnce(ledger, settings, registered, options.exit ?? (code => process.exit(code)))
    },
    graceMs,
    stop
  )
  try {
    // A signal that came while the targets were read is taken now, before anything is sent.
    await new Promise(resolve => setImmediate(resolve))
    if (signals.stop.stopping.aborted || early().length > 0) {
      // Nothing is sent: a token request still in flight is dropped.
      stop.cutNow()
      settleCancelledBeforeSending(ledger)
      closeLedger(ledger)
      logOutcome(ledger, settings)
      return await publish(ledger, settings, files, registered)
    }
    const progress = progressLog()
    await execute(
      settings,
      client,
      ledger,
      {
        identified: logIdentity,
        lookupsPlanned: plan => {
          core.debug(`Lookups planned: ${plan.record.plan}`)
          logLookupPlan(plan.record, settings.verify)
        },
        lookedUp: done => {
          logLookedUp(done, settings.verify.strict, signals.stop.stopping.aborted)
          files.report?.flush()
        },
        batchesPlanned: planned => {
          core.debug(`Batches planned: ${planned.batches.length}`)
          logPlanned(planned)
        },
        batchDone: batch => {
          progress(batch)
          files.report?.flushSoon()
        }
      },
      signals.stop.stopping
    )
    if (signals.stop.stopping.aborted) {
      core.debug('Nothing is in flight any more: settling the targets left')
      settleCancelled(ledger)
    }
    closeLedger(ledger)
    logOutcome(ledger, settings)
    if (redactor.removed > 0) {
      core.warning(
        'A credential that Box, the token endpoint or a proxy sent back was removed from their answer: *** stands in its place in the log, outputs, summary and files',
        { title: 'Credential removed from an answer' }
      )
    }
    await publish(ledger, settings, files, registered)
  } finally {
    signals.dispose()
  }
}

/** Registers a secret, and each of its lines, with the runner's masking and with the redactor. */
function hide(
  secret: string,
  redactor: Redactor,
  registered: string[],
  options: SecretOptions
): void {
  for (const part of secretParts(secret)) {
    core.setSecret(part)
    registered.push(part)
    redactor.add(part, options)
  }
}

/** A second signal: record every target Box has not accepted, write the outputs, and end now. */
function stopAtOnce(
  ledger: Ledger,
  settings: Settings,
  registered: readonly string[],
  exit: (code: number) => void
): void {
  settleCancelled(ledger)
  closeLedger(ledger)
  setOutputs(ledger, settings, { report: '', remainder: '' }, registered)
  const where =
    'counted in failed-count, as a second signal stopped the run before its files were finished'
  core.setFailed(cancelledLine(ledger, '', where))
  exit(1)
}
