import { describe, expect, it } from '@jest/globals'
import { auditContext } from '../../src/action/audit.js'
import { buildSummary } from '../../src/action/summary.js'
import type { RunReport } from '../../src/run/report.js'
import type { BatchResult } from '../../src/run/terminate.js'
import { accepted, emptyReport, sampleBatches, sampleTargets } from '../helpers/targets.js'

const targets = sampleTargets
const batches = sampleBatches
const ok = accepted
const [users, groups] = batches
const audit = auditContext({
  actor: 'octocat',
  eventName: 'workflow_dispatch',
  workflow: 'Incident',
  serverUrl: 'https://github.com',
  runId: 7,
  runAttempt: 2,
  repository: 'acme/sec'
})
const render = (results: BatchResult[], extra: Partial<RunReport> = {}, remainder?: string) =>
  buildSummary(emptyReport(targets, { batches, results, ...extra }), audit, remainder).stringify()

describe('the job summary', () => {
  it('shows each endpoint, each batch, the targets and the audit context', () => {
    const html = render([ok(users, 'U'), ok(groups, 'G')])
    expect(html).toContain('<h2>Box sessions terminated</h2>')
    expect(html).toContain(
      '<tr><td><code>users/terminate_sessions</code></td><td>2 user IDs, 1 user login</td><td>1</td><td>✅ 1</td><td>0</td><td>U</td></tr>'
    )
    expect(html).toContain(
      '<tr><td><code>groups/terminate_sessions</code> 1/1</td><td>1 group ID</td><td>✅ 202</td><td>groups-rid</td><td>1</td><td>12 ms</td></tr>'
    )
    expect(html).toContain('<li>User IDs (2): <code>1</code>, <code>2</code></li>')
    expect(html).toContain('<li>Actor: octocat</li>')
    expect(html).toContain(
      '<a href="https://github.com/acme/sec/actions/runs/7/attempts/2">https://github.com/acme/sec/actions/runs/7/attempts/2</a>'
    )
  })

  it('marks a dry run, and a failure with the targets left and where they are', () => {
    expect(render([], { dryRun: true })).toContain(
      '<p><b>Dry run</b>: no termination request was sent.</p>'
    )
    const failed: BatchResult = {
      ...ok(users, ''),
      ok: false,
      status: undefined,
      error: 'no response'
    }
    const html = render([failed, ok(groups, 'G')], {}, '/runner/tmp/failed-targets.json')
    expect(html).toContain('<h2>Box session termination failed</h2>')
    expect(html).toContain('<td>❌ no response: no response</td>')
    expect(html).toContain('<h3>Not terminated</h3>')
    expect(html).toContain('<li>User logins (1): <code>a@example.com</code></li>')
    expect(html).toContain('<code>/runner/tmp/failed-targets.json</code>')
  })

  it('shows who is logged out, and marks targets not found or not verified', () => {
    const html = render([], {
      dryRun: true,
      verification: {
        mode: 'auto',
        coveredByIds: [],
        verified: [
          {
            target: targets[0]!,
            state: 'found',
            user: { id: '1', name: 'Ada <L>', login: 'ada@x.io', status: 'active', role: 'user' }
          },
          { target: targets[1]!, state: 'not-found' },
          { target: targets[2]!, state: 'unverified', reason: 'Box API 403' },
          { target: targets[3]!, state: 'found', group: { id: '9', name: 'Eng', members: 1200 } }
        ]
      }
    })
    expect(html).toContain('<h3>Who would be logged out</h3>')
    expect(html).toContain(
      '<tr><td><code>1</code></td><td>Ada &lt;L&gt;</td><td>ada@x.io</td><td>1</td><td>active</td></tr>'
    )
    expect(html).toContain('<tr><td><code>2</code></td><td>❌ not found</td>')
    expect(html).toContain('<td>⚠️ not verified: Box API 403</td>')
    expect(html).toContain('<th>Members (approximate)</th>')
    expect(html).toContain('<td>Eng</td><td>9</td><td>1,200</td>')
    expect(html).toContain('<h3>Not found: a real run would fail for these</h3>')
  })

  it('escapes markup from Box and shows its line breaks as line breaks', () => {
    const html = render([ok(users, '<script>x</script>\nline two'), ok(groups, 'G')])
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;<br>line two')
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
