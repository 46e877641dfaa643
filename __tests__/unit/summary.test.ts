import { describe, expect, it } from '@jest/globals'
import type { AuditContext } from '../../src/action/audit.js'
import type { FilePaths } from '../../src/action/outputs.js'
import { buildSummary } from '../../src/action/summary.js'
import {
  recordIdentity,
  recordPiece,
  recordBatch,
  recordSplitNote,
  type Ledger
} from '../../src/run/ledger.js'
import { accepted, ledgerOf, refused } from '../helpers/ledgers.js'
import { ids, settingsFor, target } from '../helpers/targets.js'

// The job summary, section by section: each held to the HTML a reader of the run page gets (the
// line breaks between its elements left out).

const audit: AuditContext = {
  actor: 'octocat',
  eventName: 'workflow_dispatch',
  workflow: 'Incident',
  runUrl: 'https://github.com/a/b/actions/runs/1'
}
const noFiles: FilePaths = { report: '', remainder: '' }

interface PageOptions {
  problems?: string[]
  files?: FilePaths
  audit?: AuditContext
  failOnUnknown?: boolean
}

/** The summary as written, its elements one a line. */
function writtenPage(ledger: Ledger, more: PageOptions = {}): string {
  return buildSummary(ledger, {
    settings: settingsFor(
      ledger.entries.map(e => e.target),
      { failOnUnknown: more.failOnUnknown ?? true }
    ),
    audit: more.audit ?? audit,
    files: more.files ?? noFiles,
    problems: more.problems ?? []
  }).stringify()
}

/** The summary as a reader of the run page gets it: the line breaks between its elements left out. */
const html = (ledger: Ledger, more: PageOptions = {}): string =>
  writtenPage(ledger, more).replaceAll('\n', '')

const heading = (page: string): string => /<h2>(.*?)<\/h2>/.exec(page)?.[1] ?? ''
/** The page's paragraphs, in order. */
const paragraphs = (page: string): string[] => page.match(/<p>.*?<\/p>/g) ?? []

describe('the job summary', () => {
  it('is titled by what happened, claiming no more than Box said', () => {
    expect(heading(html(ledgerOf(ids(2))))).toBe('Box accepted the jobs to end the sessions')
    expect(html(ledgerOf(ids(2)))).toContain(
      '<p>Box accepted jobs that end the sessions in the background; its admin events show how each job ended.</p>'
    )
    const dry = ledgerOf(ids(2), { dryRun: true })
    expect(heading(html(dry))).toBe('Dry run: Box session termination')
    expect(html(dry)).toContain('<p><b>Dry run</b>: no termination request was sent.</p>')
    expect(html(dry)).not.toContain('Box accepted jobs')
    const cancelled = ledgerOf(ids(2))
    cancelled.cancelled = true
    expect(heading(html(cancelled))).toBe('Box session termination cancelled')
    expect(heading(html(ledgerOf(ids(2), { answers: [refused()] })))).toBe(
      'Box session termination failed'
    )
    expect(heading(html(ledgerOf(ids(2)), { problems: ['the report could not be written'] }))).toBe(
      'Box session termination failed'
    )
    const unknown = ledgerOf(ids(1), { lookups: { '1': 'not_found' } })
    expect(heading(html(unknown, { failOnUnknown: false }))).toBe(
      'Nothing sent: no target was found in Box'
    )
    expect(html(unknown, { failOnUnknown: false })).not.toContain('Box accepted jobs')
  })

  it('says who the run acted as, what stopped it and each problem, escaped', () => {
    const ledger = ledgerOf(ids(1), { dryRun: true })
    recordIdentity(ledger, { id: '7', name: '', login: 'bot<x>@example.com', role: '' })
    ledger.error = 'Box said <b>no</b>'
    const page = html(ledger, { problems: ['a & b'] })
    expect(page).toContain(
      '<p>Acting as <b>7</b> (bot&lt;x&gt;@example.com, user 7, role unknown).</p>'
    )
    expect(page).toContain('<p><b>Error:</b> Box said &lt;b&gt;no&lt;/b&gt;</p>')
    expect(page).toContain('<p><b>Error:</b> a &amp; b</p>')
    recordIdentity(ledger, { id: '7', name: 'Ops Bot', login: 'bot@example.com', role: 'admin' })
    expect(html(ledger)).toContain(
      '<p>Acting as <b>Ops Bot</b> (bot@example.com, user 7, role admin).</p>'
    )
  })

  it('counts the outcomes, says how the targets were looked up, and warns of external users', () => {
    const ledger = ledgerOf(ids(3), {
      lookups: { '1': { id: '1', name: 'Ada' }, '2': 'not_found' }
    })
    ledger.entries[0]!.found = { id: '1', name: 'Ada', enterprise: '9' }
    ledger.actingEnterprise = '42'
    const page = html(ledger)
    expect(page).toContain('<p>3 targets: 2 accepted by Box, 1 not found.</p>')
    expect(page).toContain('<p>Looking up 3 targets one by one, 8 at a time (3 requests).</p>')
    expect(page).toContain(
      '<p>⚠️ 1 target is a user of another enterprise than the one the run acts in (external collaborators): Box may not end their sessions, and it is sent as given: user-ids &quot;1&quot;.</p>'
    )
    // The targets table marks the external user and the unverified target.
    expect(page).toContain(
      '<td>⚠️ Ada &lt;&gt;, user 1, status unknown, role unknown, an external user'
    )
    expect(html(ledgerOf(ids(1)))).not.toContain('⚠️')
  })

  it('shows each request: status, Box’s words, request ID, attempts and time, pieces named', () => {
    const ledger = ledgerOf([...ids(2), target('group-ids', '9')], {
      batchSize: 1,
      answers: [accepted('Queued', 'rid-1'), accepted('Groups queued', 'rid-g')]
    })
    // The second user batch: refused, then a piece of it accepted.
    const second = ledger.batches[2]!
    recordBatch(second, refused('Box API 400 bad <request>', 400))
    const piece = recordPiece(ledger, second, second.entries, false)
    recordBatch(piece, accepted('Queued', 'rid-p'))
    recordSplitNote(ledger, 'users/terminate_sessions: a note of the splitting')
    const page = html(ledger)
    expect(page).toContain('<h3>Requests</h3>')
    expect(page).toContain(
      '<tr><td><code>users/terminate_sessions</code></td><td>2</td><td>2</td><td>✅ 1</td><td>❌ 1</td><td>Queued</td></tr>'
    )
    expect(page).toContain(
      '<tr><td><code>groups/terminate_sessions</code></td><td>1</td><td>1</td><td>✅ 1</td><td>0</td><td>Groups queued</td></tr>'
    )
    expect(page).toContain(
      '<ul><li>1 more request sent parts of batches Box refused, to find what it refuses</li><li>users/terminate_sessions: a note of the splitting</li></ul>'
    )
    recordBatch(recordPiece(ledger, second, second.entries, false), refused())
    expect(html(ledger)).toContain('<li>2 more requests sent parts of batches Box refused')
    expect(page).toContain(
      '<tr><td><code>users/terminate_sessions</code> 1/2</td><td>1</td><td>✅ 202</td><td>rid-1</td><td>1</td><td>12 ms</td></tr>'
    )
    expect(page).toContain(
      '<tr><td><code>users/terminate_sessions</code> 2/2</td><td>1</td><td>❌ 400: Box API 400 bad &lt;request&gt;</td><td>rid-err</td><td>1</td><td>12 ms</td></tr>'
    )
    expect(page).toContain(
      '<tr><td><code>users/terminate_sessions</code> 2/2, piece 1</td><td>1</td><td>✅ 202</td><td>rid-p</td>'
    )
    // No requests, no section.
    expect(html(ledgerOf(ids(1), { dryRun: true }))).not.toContain('<h3>Requests</h3>')
  })

  it('shows the first 10 requests and counts them all', () => {
    const page = html(ledgerOf(ids(12), { batchSize: 1 }))
    expect(page.match(/<td><code>users\/terminate_sessions<\/code> \d+\/12<\/td>/g)).toHaveLength(
      10
    )
    expect(page).toContain('<p>The first 10 of 12 requests.</p>')
    expect(html(ledgerOf(ids(10), { batchSize: 1 }))).not.toContain('The first 10 of')
  })

  it('lists the targets Box does not know, and those it did not accept with where they are', () => {
    const ledger = ledgerOf([...ids(53), target('group-ids', '9')], {
      batchSize: 100,
      lookups: { '1': 'not_found', '2': 'not_found' },
      answers: [refused()]
    })
    const page = html(ledger, { files: { report: '', remainder: '/w/remainder.json' } })
    expect(page).toContain(
      '<h3>Not found in Box, so not sent</h3><ul><li>User IDs (2): <code>1</code>, <code>2</code></li></ul>'
    )
    // Not sent, so not refused by Box.
    expect(page).not.toContain('refused each alone')
    expect(page).toContain('<h3>Not accepted by Box</h3>')
    expect(page).toContain(
      '<li>User IDs (51): <code>3</code>, <code>4</code>, <code>5</code>, <code>6</code>'
    )
    expect(page).toContain('<code>52</code>, and 1 more</li><li>Group IDs (1): <code>9</code></li>')
    expect(page).toContain(
      '<p>They are in <code>/w/remainder.json</code>: run again with <code>targets-file</code> set to it.</p>'
    )
    expect(html(ledger)).toContain(
      '<p>The remainder file could not be written: the log names every one of them.</p>'
    )
    const dry = ledgerOf(ids(2), { dryRun: true, lookups: { '1': 'not_found' } })
    expect(html(dry)).toContain('<h3>Not found in Box: a real run would not send these</h3>')
    expect(html(dry)).not.toContain('Not accepted by Box')
  })

  it('lists apart the targets Box refused alone with its own 404', () => {
    const ledger = ledgerOf(ids(2), {
      batchSize: 1,
      answers: [accepted(), refused('Box API 404 not_found', 404)]
    })
    ledger.entries[1]!.outcome = 'not_found'
    const page = html(ledger)
    expect(page).toContain(
      '<h3>Not found in Box, which refused each alone with its own 404</h3><ul><li>User IDs (1): <code>2</code></li></ul>'
    )
    expect(page).not.toContain('so not sent')
  })

  it('puts each paragraph, heading and table on a line of its own, as Markdown reads HTML by line', () => {
    const real = ledgerOf(ids(112), {
      batchSize: 5,
      lookups: { '1': 'not_found', '2': { id: '2', name: 'Ada' } },
      answers: [...Array.from({ length: 11 }, () => accepted()), refused()]
    })
    real.entries[1]!.found = { id: '2', name: 'Ada', enterprise: '9' }
    real.actingEnterprise = '42'
    real.cancelled = true
    real.error = 'stopped'
    const dry = ledgerOf(ids(1), { dryRun: true })
    recordIdentity(dry, { id: '7', name: 'Ops', login: 'ops@example.com', role: 'admin' })
    for (const [ledger, expected] of [
      [real, 10],
      [dry, 6]
    ] as const) {
      const lines = writtenPage(ledger, {
        files: { report: '/w/report.csv', remainder: '/w/remainder.json' },
        problems: ['a problem']
      })
        .split('\n')
        .filter(line => line !== '')
      expect(lines.filter(line => line.startsWith('<p>'))).toHaveLength(expected)
      for (const line of lines) expect(line).toMatch(/^<(p|h2|h3|table|ul)>.*<\/\1>$/)
    }
  })

  it('heads its tables, and says only what happened: no dry run, cancel or cut where there was none', () => {
    const page = html(ledgerOf(ids(100)), { files: { report: '/w/report.csv', remainder: '' } })
    expect(page).toContain(
      '<tr><th>Target</th><th>From</th><th>Outcome</th><th>Who Box says it is</th><th>Request ID</th></tr>'
    )
    expect(page).toContain(
      '<tr><th>Endpoint</th><th>Targets</th><th>Batches</th><th>Succeeded</th><th>Failed</th><th>Box message</th></tr>'
    )
    expect(page).toContain(
      '<tr><th>Batch</th><th>Targets</th><th>Status</th><th>Request ID</th><th>Attempts</th><th>Time</th></tr>'
    )
    expect(paragraphs(page)).toEqual([
      '<p>Box accepted jobs that end the sessions in the background; its admin events show how each job ended.</p>',
      '<p>100 targets: 100 accepted by Box.</p>',
      '<p>No lookup ran.</p>',
      '<p>Every target is in the report: <code>/w/report.csv</code>.</p>'
    ])
    expect(page).not.toContain('refused each alone')
    // Neither cut nor report: no paragraph after the targets table.
    expect(html(ledgerOf(ids(1)))).toContain('</table><h3>Requests</h3>')
    expect(paragraphs(html(ledgerOf(ids(101))))).toContain('<p>The first 100 of 101 targets. </p>')
    expect(
      paragraphs(html(ledgerOf(ids(101)), { files: { report: '/w/r.csv', remainder: '' } }))
    ).toContain(
      '<p>The first 100 of 101 targets. Every target is in the report: <code>/w/r.csv</code>.</p>'
    )
  })

  it('cuts Box’s text in a cell at 300 characters', () => {
    const ledger = ledgerOf(ids(1))
    ledger.error = 'e'.repeat(300)
    expect(html(ledger)).toContain(`<p><b>Error:</b> ${'e'.repeat(300)}</p>`)
    ledger.error = `${'e'.repeat(300)}f`
    expect(html(ledger)).toContain(`<p><b>Error:</b> ${'e'.repeat(300)}…</p>`)
  })

  it('shows each outcome in the targets table, and a dash for a target no request carried', () => {
    const ledger = ledgerOf(
      [
        target('user-ids', '11'),
        target('user-logins', 'ada@example.com'),
        target('user-ids', '12'),
        target('user-ids', '13'),
        target('user-ids', '14'),
        target('group-ids', '5')
      ],
      {
        batchSize: 1,
        lookups: {
          '11': { id: '11', name: 'Ada', login: 'ada@example.com' },
          'ada@example.com': { id: '11', name: 'Ada', login: 'ada@example.com' },
          '12': 'not_found',
          '13': 'unverified',
          '14': { id: '14', name: 'Bo' },
          '5': { id: '5', name: 'G' }
        },
        // Found first: 11, 14, then the group 5, then the unverified 13, never answered.
        answers: [accepted('ok', 'rid-11'), refused('Box API 500', 500), accepted()]
      }
    )
    const cells = (value: string): string =>
      new RegExp(`<tr><td><code>${value}</code></td>(.*?)</tr>`).exec(html(ledger))?.[1] ?? ''
    expect(cells('11')).toContain('<td>✅ accepted</td>')
    expect(cells('ada@example.com')).toContain(
      '<td>↪️ covered by <code>11</code></td><td>Ada &lt;ada@example.com&gt;'
    )
    expect(cells('ada@example.com')).toMatch(/<td>rid-11<\/td>$/)
    expect(cells('12')).toContain('<td>❌ not found</td>')
    expect(cells('12')).toMatch(/<td>—<\/td>$/)
    expect(cells('14')).toContain('<td>✅ accepted</td>')
    expect(cells('5')).toContain('<td>❌ failed</td>')
    expect(cells('13')).toContain('<td>⏸️ not sent</td><td>⚠️ not verified')
  })

  it('shows at most 3 of an endpoint’s Box messages, a batch without a status or request ID, and pieces not isolated', () => {
    const ledger = ledgerOf(ids(5), {
      batchSize: 1,
      answers: [
        accepted('One'),
        accepted('Two'),
        accepted('Three'),
        accepted('Four'),
        { ok: false, error: 'no answer', attempts: 3, durationMs: 5, sent: true }
      ]
    })
    const page = html(ledger)
    expect(page).toContain('<td>✅ 4</td><td>❌ 1</td><td>One<br>Two<br>Three</td></tr>')
    expect(page).toContain(
      '<td><code>users/terminate_sessions</code> 5/5</td><td>1</td><td>❌ no response: no answer</td><td>—</td><td>3</td><td>5 ms</td>'
    )
    expect(page).not.toContain('more request')
    // Pieces were sent, and the run's pieces were spent before 3 targets were isolated.
    const fifth = ledger.batches[4]!
    recordBatch(recordPiece(ledger, fifth, fifth.entries, false), refused())
    ledger.splitting.notIsolated = 3
    expect(html(ledger)).toContain(
      "<ul><li>1 more request sent parts of batches Box refused, to find what it refuses</li><li>3 targets of refused requests were not sent again in smaller pieces: the run's pieces were spent</li></ul>"
    )
  })

  it('ends with the audit trail, unknown where the runner did not say', () => {
    expect(html(ledgerOf(ids(1)))).toContain(
      '<h3>Audit</h3><ul><li>Actor: octocat</li><li>Event: workflow_dispatch</li><li>Workflow: Incident</li><li>Run: <a href="https://github.com/a/b/actions/runs/1">https://github.com/a/b/actions/runs/1</a></li></ul>'
    )
    const none = { actor: '', eventName: '', workflow: '', runUrl: undefined }
    expect(html(ledgerOf(ids(1)), { audit: none })).toContain(
      '<li>Actor: unknown</li><li>Event: unknown</li><li>Workflow: unknown</li><li>Run: unknown</li>'
    )
  })
})
