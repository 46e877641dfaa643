import { describe, expect, it } from '@jest/globals'
import { parseOutputFile, startAction, type ActionRun } from '../../harness/run-action.js'
import {
  e2eStage,
  errorOf,
  expectNoSecrets,
  expectOnlyOwnCommands,
  runtimes
} from '../helpers/e2e.js'

const TOKEN = 'signals-token-1c2d3e4f'
const IDS = Array.from({ length: 20 }, (_, i) => String(5000 + i))

// A job that is cancelled, or reaches its timeout-minutes: the runner sends the step SIGINT, then
// SIGTERM 7.5 s later, then kills it 2.5 s after that. The bundle gets real signals here.
describe.each(runtimes())('a run cut short by the runner, on %s', (_label, node) => {
  const stage = e2eStage(node, { latencyMs: 400 }, TOKEN)

  /** Starts the bundle on 20 one-target batches; sends each signal once `afterBatches` have reached Box. */
  async function cancel(signals: NodeJS.Signals[], afterBatches = 6, gapMs = 300) {
    const { child, done } = startAction({
      node,
      workspace: stage.workspace,
      runnerTemp: stage.runnerTemp,
      inputs: {
        'box-token': TOKEN,
        'base-url': stage.box.url,
        'user-ids': IDS.join(','),
        'batch-size': '1',
        'verify-targets': 'false'
      }
    })
    await stage.box.when('users', afterBatches)
    const signalledAt = Date.now()
    for (const [i, signal] of signals.entries()) {
      setTimeout(() => child.kill(signal), i * gapMs)
    }
    const run = await done
    expectNoSecrets(run, [TOKEN])
    expectOnlyOwnCommands(run)
    expect(stage.box.violations).toEqual([])
    return { run, exitAfterMs: Date.now() - signalledAt }
  }

  /** The IDs whose request Box answered 2xx. */
  const terminated = () =>
    stage.box
      .requestsTo('users')
      .filter(q => q.status === 202)
      .flatMap(q => q.json.user_ids as string[])

  /** Every target was either sent and answered 2xx, or is in the remainder: never both, never neither. */
  function expectAccounted(run: ActionRun) {
    const left: string[] = JSON.parse(
      run.files['failed-targets-file'] ?? '{"user_ids":[]}'
    ).user_ids
    const done = terminated()
    expect([...done, ...left].sort()).toEqual([...IDS].sort())
    expect(done.filter(id => left.includes(id))).toEqual([])
    expect(run.outputs['failed-count']).toBe(String(left.length))
    return { done, left }
  }

  it.each(['SIGINT', 'SIGTERM'] as const)(
    'at %s starts no new request, lets those in flight finish, and leaves the whole record within 7 s',
    async signal => {
      const { run, exitAfterMs } = await cancel([signal])
      expect(run.code).toBe(1)
      expect(exitAfterMs).toBeLessThan(7000)
      const { done, left } = expectAccounted(run)
      expect(done.length).toBeGreaterThanOrEqual(6)
      expect(left.length).toBeGreaterThan(0)
      // Nothing reached Box after the requests in flight at the signal.
      expect(stage.box.requestsTo('users').length).toBe(done.length)
      expect(run.stdout).toContain(
        `Received ${signal}: no new request starts, and requests in flight get 5 s more`
      )
      expect(errorOf(run)).toBe(
        `Cancelled: ${done.length} of 20 targets terminated; the ${left.length} others are in ${run.outputs['failed-targets-file']}`
      )
      const result = JSON.parse(run.outputs.result ?? '')
      expect(result).toMatchObject({
        ok: false,
        cancelled: true,
        counts: { terminated: done.length, notSent: left.length }
      })
      expect(run.summary).toContain('<h2>Box session termination cancelled</h2>')
      expect(
        run.files['report-file']?.split('\n').filter(l => l.includes(',not_sent,'))
      ).toHaveLength(left.length)
      // Outputs first, then the files, then the summary: the order the runner's kill is kindest to.
      expect(run.outputFile.indexOf('report-file')).toBeGreaterThan(-1)
    }
  )

  it('cuts requests still in flight 5 s after the signal, and records them as not terminated', async () => {
    await stage.restart({ latencyMs: 0 })
    stage.box.script(
      'users',
      {},
      {},
      { hang: true },
      { hang: true },
      { hang: true },
      { hang: true }
    )
    const { run, exitAfterMs } = await cancel(['SIGINT'], 6)
    expect(exitAfterMs).toBeGreaterThanOrEqual(4500)
    expect(exitAfterMs).toBeLessThan(7000)
    const { left } = expectAccounted(run)
    expect(left).toHaveLength(18)
    const rows = (run.files['report-file'] ?? '').split('\n')
    // The four requests that never got an answer were sent: Box may have acted on them.
    expect(rows.filter(l => l.includes(',failed,'))).toHaveLength(4)
    expect(rows.filter(l => l.includes(',failed,'))[0]).toContain(
      'the run was cancelled before Box answered'
    )
  })

  it('at a second signal, writes the outputs and stops at once', async () => {
    const { run, exitAfterMs } = await cancel(['SIGINT', 'SIGTERM'], 6, 200)
    expect(run.code).toBe(1)
    expect(exitAfterMs).toBeLessThan(2000)
    const outputs = parseOutputFile(run.outputFile)
    expect(Number(outputs['failed-count'])).toBe(20 - terminatedBefore(run))
    expect(JSON.parse(outputs.result ?? '')).toMatchObject({ cancelled: true, ok: false })
    expect(errorOf(run)).toMatch(
      /^Cancelled: \d+ of 20 targets terminated; the \d+ others are counted in failed-count, as a second signal stopped the run before its files were finished$/
    )
  })

  /** The targets the run itself counts as terminated. */
  function terminatedBefore(run: ActionRun): number {
    return JSON.parse(run.outputs.result ?? '').counts.terminated as number
  }
})
