import { describe, expect, it } from '@jest/globals'
import { buildOutputs, RESULT_LIST_LIMIT, type RunReport } from '../../src/report.js'
import { renderSummary } from '../../src/summary.js'
import { auditContext } from '../../src/audit.js'
import { planTerminations, type EndpointResult } from '../../src/terminate.js'

const requests = planTerminations({
  userIds: ['1', '2'],
  userLogins: ['a@example.com'],
  groupIds: ['9']
})
const ok = (name: 'users' | 'groups', message: string): EndpointResult => ({
  ...requests.find(r => r.name === name)!,
  ok: true,
  status: 202,
  message,
  requestId: `${name}-rid`,
  attempts: 1,
  durationMs: 12.4
})
const audit = auditContext(
  {
    actor: 'octocat',
    eventName: 'workflow_dispatch',
    workflow: 'Incident',
    serverUrl: 'https://github.com',
    runId: 7,
    runAttempt: 2
  },
  'acme/sec'
)

describe('buildOutputs', () => {
  it('writes one message once when both endpoints say the same', () => {
    const out = buildOutputs({
      dryRun: false,
      requests,
      results: [ok('users', 'M'), ok('groups', 'M')]
    })
    expect([out.message, out['users-message'], out['groups-message']]).toEqual(['M', 'M', 'M'])
  })

  it('puts the users message first, then the groups message', () => {
    const out = buildOutputs({
      dryRun: false,
      requests,
      results: [ok('groups', 'G'), ok('users', 'U')]
    })
    expect(out.message).toBe('U\nG')
  })

  it('leaves the message of a failed or uncalled endpoint empty and records the error', () => {
    const failed: EndpointResult = {
      ...ok('users', ''),
      ok: false,
      status: 404,
      error: 'Box API 404'
    }
    const out = buildOutputs({ dryRun: false, requests, results: [failed, ok('groups', 'G')] })
    expect([out.message, out['users-message'], out['groups-message']]).toEqual(['G', '', 'G'])
    const result = JSON.parse(out.result)
    expect(result).toMatchObject({
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
    const report: RunReport = {
      dryRun: true,
      requests,
      results: [],
      identity: { id: '5', name: 'Ada', login: 'ada@x.io', role: 'admin' }
    }
    const out = buildOutputs(report)
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
    const many = planTerminations({
      userIds: Array.from({ length: RESULT_LIST_LIMIT + 5 }, (_, i) => String(i)),
      userLogins: [],
      groupIds: []
    })
    const result = JSON.parse(buildOutputs({ dryRun: true, requests: many, results: [] }).result)
    expect(result.users.targets.user_ids).toHaveLength(RESULT_LIST_LIMIT)
    expect(result.users.counts.user_ids).toBe(RESULT_LIST_LIMIT + 5)
    expect(result.users.targetsTruncated).toBe(true)
  })
})

describe('renderSummary', () => {
  it('shows status, message, request id, targets and the audit context', () => {
    const md = renderSummary(
      { dryRun: false, requests, results: [ok('users', 'U'), ok('groups', 'G')] },
      audit
    )
    expect(md).toContain('## Box sessions terminated')
    expect(md).toContain(
      '| `users/terminate_sessions` | 2 user IDs, 1 user login | ✅ 202 | U | users-rid | 1 |'
    )
    expect(md).toContain('- User IDs (2): `1`, `2`')
    expect(md).toContain('- Actor: octocat')
    expect(md).toContain(
      '[https://github.com/acme/sec/actions/runs/7/attempts/2](https://github.com/acme/sec/actions/runs/7/attempts/2)'
    )
  })

  it('marks a dry run and a failure', () => {
    expect(renderSummary({ dryRun: true, requests, results: [] }, audit)).toContain(
      '**Dry run**: no termination request was sent.'
    )
    const failed: EndpointResult = {
      ...ok('users', ''),
      ok: false,
      status: undefined,
      error: 'no response'
    }
    const md = renderSummary({ dryRun: false, requests, results: [failed] }, audit)
    expect(md).toContain('## Box session termination failed')
    expect(md).toContain('❌ no response | no response')
  })

  it('escapes HTML and table syntax from Box', () => {
    const md = renderSummary(
      { dryRun: false, requests, results: [ok('users', '<script>x</script> | y')] },
      audit
    )
    expect(md).toContain('&lt;script&gt;x&lt;/script&gt; \\| y')
    expect(md).not.toContain('<script>')
  })
})
