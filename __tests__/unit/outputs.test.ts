import { describe, expect, it } from '@jest/globals'
import {
  buildOutputs,
  RESULT_BATCH_LIMIT,
  RESULT_LIST_LIMIT,
  RESULT_VERIFIED_LIMIT
} from '../../src/action/outputs.js'
import { planBatches, type Batch } from '../../src/run/batches.js'
import type { RunReport } from '../../src/run/report.js'
import type { BatchResult } from '../../src/run/terminate.js'
import type { Verified } from '../../src/run/verify.js'
import { accepted, emptyReport, sampleBatches, sampleTargets, target } from '../helpers/targets.js'

const targets = sampleTargets
const batches = sampleBatches
const batchOf = (endpoint: string): Batch => batches.find(b => b.endpoint === endpoint)!
const ok = accepted
const report = (results: BatchResult[], extra: Partial<RunReport> = {}): RunReport =>
  emptyReport(targets, { batches, results, ...extra })

describe('buildOutputs', () => {
  it('writes one message once when both endpoints say the same', () => {
    const out = buildOutputs(
      report([ok(batchOf('users'), 'M'), ok(batchOf('groups'), 'M')]),
      undefined
    )
    expect([out.message, out['users-message'], out['groups-message']]).toEqual(['M', 'M', 'M'])
    expect([out['failed-count'], out['failed-targets-file'], out['unknown-targets']]).toEqual([
      '0',
      '',
      ''
    ])
  })

  it('puts the users message first, then the groups message, each exactly as Box wrote it', () => {
    const out = buildOutputs(
      report([ok(batchOf('groups'), 'G\n::warning::x'), ok(batchOf('users'), 'U\tu')]),
      undefined
    )
    expect(out.message).toBe('U\tu\nG\n::warning::x')
  })

  it('leaves the message of a failed endpoint empty, counts its targets and records the error', () => {
    const failed: BatchResult = {
      ...ok(batchOf('users'), ''),
      ok: false,
      status: 404,
      error: 'Box API 404'
    }
    const out = buildOutputs(report([failed, ok(batchOf('groups'), 'G')]), '/tmp/x/failed.json')
    expect([out.message, out['users-message'], out['groups-message']]).toEqual(['G', '', 'G'])
    expect([out['failed-count'], out['failed-targets-file']]).toEqual(['3', '/tmp/x/failed.json'])
    expect(JSON.parse(out.result)).toMatchObject({
      dryRun: false,
      ok: false,
      failedCount: 3,
      users: {
        ok: false,
        status: 404,
        error: 'Box API 404',
        sent: true,
        targets: { user_ids: ['1', '2'], user_logins: ['a@example.com'] },
        batchCounts: { total: 1, sent: 1, succeeded: 0, failed: 1 },
        failedTargets: 3
      },
      groups: {
        ok: true,
        status: 202,
        message: 'G',
        batches: [{ batch: 1, size: 1, requestId: 'groups-rid', attempts: 1, durationMs: 12 }]
      }
    })
  })

  it('describes a dry run and marks nothing as sent', () => {
    const out = buildOutputs(
      report([], {
        dryRun: true,
        identity: { id: '5', name: 'Ada', login: 'ada@x.io', role: 'admin' }
      }),
      undefined
    )
    expect(out.message).toBe(
      'Dry run: no sessions were terminated; would end sessions of 2 user IDs, 1 user login, 1 group ID'
    )
    const result = JSON.parse(out.result)
    expect(result).toMatchObject({
      dryRun: true,
      ok: true,
      actingAs: { name: 'Ada' },
      users: { sent: false },
      groups: { sent: false }
    })
    expect(result.users).not.toHaveProperty('ok')
    expect(out['failed-count']).toBe('0')
  })

  it('describes who each target is, and lists the unknown ones in the targets-file shape', () => {
    const verified: Verified[] = [
      {
        target: targets[0]!,
        state: 'found',
        user: { id: '1', name: 'Ada', login: 'ada@x.io', status: 'active', role: 'user' }
      },
      { target: targets[1]!, state: 'not-found' },
      { target: targets[2]!, state: 'unverified', reason: 'Box API 403' },
      { target: targets[3]!, state: 'found', group: { id: '9', name: 'Eng', members: 12 } }
    ]
    const out = buildOutputs(
      report([], {
        dryRun: true,
        verification: { mode: 'auto', verified, coveredByIds: [] }
      }),
      undefined
    )
    expect(JSON.parse(out['unknown-targets'])).toEqual({
      user_ids: ['2'],
      user_logins: [],
      group_ids: []
    })
    const result = JSON.parse(out.result)
    expect(result.verification).toEqual({
      mode: 'auto',
      ran: true,
      found: 2,
      notFound: 1,
      unverified: 1,
      sentOnceById: 0
    })
    expect(result.verified).toEqual([
      {
        kind: 'user-ids',
        value: '1',
        from: 'user-ids',
        found: true,
        user: { id: '1', name: 'Ada', login: 'ada@x.io', status: 'active', role: 'user' }
      },
      { kind: 'user-ids', value: '2', from: 'user-ids', found: false },
      {
        kind: 'user-logins',
        value: 'a@example.com',
        from: 'user-logins',
        found: null,
        reason: 'Box API 403'
      },
      {
        kind: 'group-ids',
        value: '9',
        from: 'group-ids',
        found: true,
        group: { id: '9', name: 'Eng', members: 12, membersApproximate: true }
      }
    ])
    expect(result.unknownCount).toBe(1)
    expect(out.message).toContain('; 1 not found')
  })

  it('stays bounded however many targets and batches there are', () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      target(i % 2 ? 'user-logins' : 'group-ids', i % 2 ? `user${i}@example.com` : String(i))
    )
    const planned = planBatches(many, 1000)
    const results = planned.map(batch => ok(batch, 'Request is successful'))
    const verified: Verified[] = many.map(t => ({ target: t, state: 'not-found' }))
    const out = buildOutputs(
      emptyReport(many, {
        batches: planned,
        results,
        verification: { mode: 'true', verified, coveredByIds: [] }
      }),
      undefined
    )
    const result = JSON.parse(out.result)
    expect(result.users.targets.user_logins).toHaveLength(RESULT_LIST_LIMIT)
    expect(result.users.counts.user_logins).toBe(50_000)
    expect(result.users.targetsTruncated).toBe(true)
    expect(result.users.batches).toHaveLength(RESULT_BATCH_LIMIT)
    expect(result.users.batchCounts).toEqual({ total: 50, sent: 50, succeeded: 50, failed: 0 })
    expect(result.verified).toHaveLength(RESULT_VERIFIED_LIMIT)
    expect(result.verifiedTruncated).toBe(true)
    // Small enough to pass to a later step in an environment variable (128 KiB).
    expect(Buffer.byteLength(out.result)).toBeLessThan(128 * 1024)
  })
})
