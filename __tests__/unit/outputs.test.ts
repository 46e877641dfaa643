import { describe, expect, it } from '@jest/globals'
import { buildOutputs, RESULT_LIST_LIMIT } from '../../src/action/outputs.js'
import type { RunReport } from '../../src/run/report.js'
import { planTerminations, type EndpointResult } from '../../src/run/terminate.js'
import type { Target } from '../../src/targets/target.js'

const t = (kind: Target['kind'], value: string): Target => ({
  kind,
  value,
  origin: { source: kind }
})
const targets = [
  t('user-ids', '1'),
  t('user-ids', '2'),
  t('user-logins', 'a@example.com'),
  t('group-ids', '9')
]
const requests = planTerminations(targets)
const ok = (endpoint: 'users' | 'groups', message: string): EndpointResult => ({
  ...requests.find(r => r.endpoint === endpoint)!,
  ok: true,
  sent: true,
  status: 202,
  message,
  requestId: `${endpoint}-rid`,
  attempts: 1,
  durationMs: 12.4
})
const report = (results: EndpointResult[], extra: Partial<RunReport> = {}): RunReport => ({
  dryRun: false,
  targets,
  requests,
  results,
  ...extra
})

describe('buildOutputs', () => {
  it('writes one message once when both endpoints say the same', () => {
    const out = buildOutputs(report([ok('users', 'M'), ok('groups', 'M')]))
    expect([out.message, out['users-message'], out['groups-message']]).toEqual(['M', 'M', 'M'])
  })

  it('puts the users message first, then the groups message', () => {
    expect(buildOutputs(report([ok('groups', 'G'), ok('users', 'U')])).message).toBe('U\nG')
  })

  it('leaves the message of a failed or uncalled endpoint empty and records the error', () => {
    const failed: EndpointResult = {
      ...ok('users', ''),
      ok: false,
      status: 404,
      error: 'Box API 404'
    }
    const out = buildOutputs(report([failed, ok('groups', 'G')]))
    expect([out.message, out['users-message'], out['groups-message']]).toEqual(['G', '', 'G'])
    expect(JSON.parse(out.result)).toMatchObject({
      dryRun: false,
      ok: false,
      users: {
        status: 404,
        error: 'Box API 404',
        sent: true,
        targets: { user_ids: ['1', '2'], user_logins: ['a@example.com'] }
      },
      groups: { status: 202, message: 'G', requestId: 'groups-rid', attempts: 1, durationMs: 12 }
    })
  })

  it('describes a dry run and marks nothing as sent', () => {
    const out = buildOutputs(
      report([], {
        dryRun: true,
        identity: { id: '5', name: 'Ada', login: 'ada@x.io', role: 'admin' }
      })
    )
    expect(out.message).toBe(
      'Dry run: no sessions were terminated; would end sessions of 2 user IDs, 1 user login, 1 group ID'
    )
    expect(JSON.parse(out.result)).toMatchObject({
      dryRun: true,
      ok: true,
      actingAs: { name: 'Ada' },
      users: { sent: false },
      groups: { sent: false }
    })
  })

  it('cuts long target lists in the result but keeps exact counts', () => {
    const many = Array.from({ length: RESULT_LIST_LIMIT + 5 }, (_, i) => t('user-ids', String(i)))
    const result = JSON.parse(
      buildOutputs({ dryRun: true, targets: many, requests: planTerminations(many), results: [] })
        .result
    )
    expect(result.users.targets.user_ids).toHaveLength(RESULT_LIST_LIMIT)
    expect(result.users.counts.user_ids).toBe(RESULT_LIST_LIMIT + 5)
    expect(result.users.targetsTruncated).toBe(true)
  })
})
