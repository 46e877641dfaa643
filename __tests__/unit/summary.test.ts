import { describe, expect, it } from '@jest/globals'
import { auditContext } from '../../src/action/audit.js'
import { buildSummary } from '../../src/action/summary.js'
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
  durationMs: 12
})
const audit = auditContext({
  actor: 'octocat',
  eventName: 'workflow_dispatch',
  workflow: 'Incident',
  serverUrl: 'https://github.com',
  runId: 7,
  runAttempt: 2,
  repository: 'acme/sec'
})
const render = (results: EndpointResult[], extra: Partial<RunReport> = {}) =>
  buildSummary({ dryRun: false, targets, requests, results, ...extra }, audit).stringify()

describe('the job summary', () => {
  it('shows status, message, request id, targets and the audit context', () => {
    const html = render([ok('users', 'U'), ok('groups', 'G')])
    expect(html).toContain('<h2>Box sessions terminated</h2>')
    expect(html).toContain(
      '<tr><td><code>users/terminate_sessions</code></td><td>2 user IDs, 1 user login</td><td>✅ 202</td><td>U</td><td>users-rid</td><td>1</td></tr>'
    )
    expect(html).toContain('<li>User IDs (2): <code>1</code>, <code>2</code></li>')
    expect(html).toContain('<li>Actor: octocat</li>')
    expect(html).toContain(
      '<a href="https://github.com/acme/sec/actions/runs/7/attempts/2">https://github.com/acme/sec/actions/runs/7/attempts/2</a>'
    )
  })

  it('marks a dry run and a failure', () => {
    expect(render([], { dryRun: true })).toContain(
      '<p><b>Dry run</b>: no termination request was sent.</p>'
    )
    const failed: EndpointResult = {
      ...ok('users', ''),
      ok: false,
      status: undefined,
      error: 'no response'
    }
    const html = render([failed])
    expect(html).toContain('<h2>Box session termination failed</h2>')
    expect(html).toContain('<td>❌ no response</td><td>no response</td>')
  })

  it('escapes markup from Box', () => {
    const html = render([ok('users', '<script>x</script> | y')])
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt; | y')
    expect(html).not.toContain('<script>')
  })

  it('has no run link outside a runner', () => {
    expect(
      auditContext({
        actor: '',
        eventName: '',
        workflow: '',
        serverUrl: 'https://github.com',
        runId: NaN,
        runAttempt: NaN
      })
    ).toEqual({ actor: '', eventName: '', workflow: '', runUrl: undefined })
  })
})
