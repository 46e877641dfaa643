import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
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

  /**
   * Starts the bundle on 20 one-target batches; sends the first signal once `afterBatches` have
   * reached Box, and a second, if any, once the action has said it took the first. The time to
   * exit is measured from the action's own line saying it took the first signal.
   */
  async function cancel(signals: NodeJS.Signals[], afterBatches = 6) {
    const { child, done, printed } = startAction({
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
    const [first, second] = signals
    child.kill(first)
    const received = printed(new RegExp(`Received ${first}`))
    if (second) void received.then(() => child.kill(second))
    const run = await done
    const endedAt = Date.now()
    const receivedAt = await received
    expectNoSecrets(run, [TOKEN])
    expectOnlyOwnCommands(run)
    expect(stage.box.violations).toEqual([])
    return { run, exitAfterMs: endedAt - receivedAt }
  }

  /** The IDs whose request Box answered 2xx. */
  const acceptedByBox = () =>
    stage.box
      .requestsTo('users')
      .filter(q => q.status === 202)
      .flatMap(q => q.json.user_ids as string[])

  /** Every target was either sent and answered 2xx, or is in the remainder: never both, never neither. */
  function expectAccounted(run: ActionRun) {
    const left: string[] = JSON.parse(
      run.files['failed-targets-file'] ?? '{"user_ids":[]}'
    ).user_ids
    const done = acceptedByBox()
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
        `Cancelled: Box accepted ${done.length} of 20 targets; the ${left.length} others are in ${run.outputs['failed-targets-file']}`
      )
      const result = JSON.parse(run.outputs.result ?? '')
      expect(result).toMatchObject({
        ok: false,
        cancelled: true,
        counts: { accepted: done.length, notSent: left.length }
      })
      expect(run.summary).toContain('<h2>Box session termination cancelled</h2>')
      expect(
        run.files['report-file']?.split('\n').filter(l => l.includes(',not_sent,'))
      ).toHaveLength(left.length)
      // Outputs first, then the files, then the summary: the order the runner's kill is kindest to.
      expect(run.outputFile.indexOf('report-file')).toBeGreaterThan(-1)
    }
  )

  it('cuts requests still in flight 5 s after the signal, and records them as not accepted', async () => {
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
    expect(exitAfterMs).toBeGreaterThanOrEqual(4900)
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
    // Two batches answered, the four in flight after them never: the second signal comes while
    // they hang, well inside the 5 s grace.
    await stage.restart({ latencyMs: 0 })
    stage.box.script('users', {}, {}, ...Array.from({ length: 4 }, () => ({ hang: true })))
    const { run } = await cancel(['SIGINT', 'SIGTERM'], 6)
    expect(run.code).toBe(1)
    const outputs = parseOutputFile(run.outputFile)
    // The record against what Box itself answered: the two it accepted, and nobody else.
    const accepted = acceptedByBox()
    expect(accepted).toHaveLength(2)
    expect(stage.box.requestsTo('users')).toHaveLength(6)
    const result = JSON.parse(outputs.result ?? '')
    expect(result).toMatchObject({ cancelled: true, ok: false, counts: { accepted: 2 } })
    expect(outputs['failed-count']).toBe('18')
    expect(errorOf(run)).toBe(
      'Cancelled: Box accepted 2 of 20 targets; the 18 others are counted in failed-count, as a second signal stopped the run before its files were finished'
    )
  })
})

describe('a signal while the targets-file is read', () => {
  const node = runtimes()[1]?.[1] ?? process.execPath
  const stage = e2eStage(node, {}, TOKEN)

  it('is acted on once the read returns: nothing is sent, and the record holds every target', async () => {
    const count = 200_000
    const ids = Array.from({ length: count }, (_, i) => String(60_000_000 + i))
    fs.writeFileSync(path.join(stage.workspace, 'many.csv'), `user_id\n${ids.join('\n')}\n`)
    const r = await stage.run(
      { 'targets-file': 'many.csv' },
      {
        onStart: started =>
          void started
            .printed(/::debug::Reading the inputs/)
            .then(() => started.child.kill('SIGINT'))
      }
    )
    expect(r.code).toBe(1)
    expect(stage.box.requests).toEqual([])
    expect(r.outputs['failed-count']).toBe(String(count))
    const left = JSON.parse(r.files['failed-targets-file'] ?? '{}') as { user_ids: string[] }
    expect(left.user_ids).toHaveLength(count)
    expect(errorOf(r)).toContain(
      `Cancelled before anything was sent: the 200,000 targets are in ${r.outputs['failed-targets-file']}`
    )
    expect(JSON.parse(r.outputs.result ?? '{}')).toMatchObject({ cancelled: true, ok: false })
    expect(r.summary).toContain('Cancelled before anything was sent')
  }, 60_000)
})

describe('a million targets cancelled with the runner’s sequence of signals', () => {
  const node = runtimes()[1]?.[1] ?? process.execPath
  // Box takes every request and never answers in time.
  const stage = e2eStage(node, { latencyMs: 600_000 }, TOKEN)

  it('keeps the whole record: outputs, report, remainder, summary and the failure', async () => {
    const count = 1_000_000
    const ids = Array.from({ length: count }, (_, i) => String(40_000_000 + i))
    fs.writeFileSync(path.join(stage.workspace, 'million.json'), JSON.stringify({ user_ids: ids }))
    const timers: NodeJS.Timeout[] = []
    const r = await stage.run(
      { 'targets-file': 'million.json', 'verify-targets': 'false' },
      {
        timeoutMs: 120_000,
        onStart: started =>
          void stage.box.when('users', 4).then(() => {
            // As the runner does it: SIGINT, SIGTERM 7.5 s later, the kill 2.5 s after that.
            started.child.kill('SIGINT')
            timers.push(setTimeout(() => started.child.kill('SIGTERM'), 7_500))
            timers.push(setTimeout(() => started.child.kill('SIGKILL'), 10_000))
          })
      }
    )
    for (const timer of timers) clearTimeout(timer)
    expect(r.signal).toBeNull()
    expect(r.code).toBe(1)
    // Four batches were in flight: sent, never answered, so failed; the rest never left.
    expect(stage.box.requestsTo('users')).toHaveLength(4)
    expect(r.outputs['failed-count']).toBe(String(count))
    const left = JSON.parse(r.files['failed-targets-file'] ?? '{}') as { user_ids: string[] }
    expect(left.user_ids).toEqual(ids)
    const rows = (r.files['report-file'] ?? '').trimEnd().split('\n')
    expect(rows).toHaveLength(count + 1)
    expect(rows.slice(1).map(row => row.slice(0, row.indexOf(',')))).toEqual(ids)
    const outcomes = rows.slice(1).map(row => row.split(',')[3])
    expect(outcomes.filter(o => o === 'failed')).toHaveLength(4_000)
    expect(outcomes.filter(o => o === 'not_sent')).toHaveLength(count - 4_000)
    expect(errorOf(r)).toBe(
      `Cancelled: Box accepted 0 of 1,000,000 targets; the 1,000,000 others are in ${r.outputs['failed-targets-file']}`
    )
    expect(JSON.parse(r.outputs.result ?? '{}')).toMatchObject({
      cancelled: true,
      counts: { targets: count, failed: 4_000, notSent: count - 4_000 }
    })
    expect(r.summary).toContain('<h2>Box session termination cancelled</h2>')
  }, 150_000)
})
