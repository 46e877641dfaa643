import { describe, expect, it } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import fc from 'fast-check'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  createOutputFolder,
  openReport,
  partialName,
  plainRowText,
  createTails,
  writeRemainder,
  type FileIo
} from '../../src/action/files.js'
import { REPORT_COLUMNS } from '../../src/targets/report-columns.js'
import { failureLines } from '../../src/action/outcome-text.js'
import { cancelledLine, notFoundLine } from '../../src/action/outcome-text.js'
import {
  buildOutputs,
  JOB_OUTPUTS_LIMIT,
  MESSAGE_SHARE,
  OUTPUTS_SHARE
} from '../../src/action/outputs.js'
import { buildResult, RESULT_LIMIT_BYTES } from '../../src/action/result.js'
import { buildSummary, SUMMARY_LIMIT_BYTES } from '../../src/action/summary.js'
import { planBatches } from '../../src/run/batches.js'
import {
  closeLedger,
  countOutcomes,
  createLedger,
  entriesToSend,
  recordBatch,
  recordBatches,
  recordBatchStarted,
  recordLookup,
  remainder,
  settleCancelled,
  settleCovered,
  settleNotFound,
  settleNotStarted,
  type Batch
} from '../../src/run/ledger.js'
import { parseTargetsFile } from '../../src/targets/targets-file.js'
import { accepted, ledgerOf, refused, writeReport } from '../helpers/ledgers.js'
import { ids, settingsFor, target } from '../helpers/targets.js'
import { tempFolder } from '../helpers/temp.js'

const audit = {
  actor: 'octocat',
  eventName: 'workflow_dispatch',
  workflow: 'Incident',
  runUrl: 'https://github.com/a/b/actions/runs/1'
}
const noFiles = { report: '', remainder: '' }
const summaryOf = (ledger: ReturnType<typeof ledgerOf>, problems: string[] = [], files = noFiles) =>
  buildSummary(ledger, {
    settings: settingsFor(ledger.entries.map(e => e.target)),
    audit,
    files,
    problems
  }).stringify()

describe('the outputs', () => {
  it('pass Box’s messages on exactly, users’ first, each once', () => {
    const ledger = ledgerOf([...ids(2), target('group-ids', '9')], {
      batchSize: 1,
      answers: [
        accepted('users said\n\tthis'),
        accepted('groups said'),
        accepted('users said\n\tthis')
      ]
    })
    const { outputs, notes } = buildOutputs(ledger, settingsFor([]), noFiles)
    // Everything fits: nothing to note (a note fails the step).
    expect(notes).toEqual([])
    expect(outputs).toMatchObject({
      message: 'users said\n\tthis\ngroups said',
      'users-message': 'users said\n\tthis',
      'groups-message': 'groups said',
      'unknown-targets': '',
      'failed-count': '0',
      'failed-targets-file': '',
      'report-file': ''
    })
  })

  it('name the targets Box does not know in the targets-file shape, when a lookup ran', () => {
    const ledger = ledgerOf([target('user-ids', '999'), target('user-ids', '1')], {
      lookups: { '999': 'not_found', '1': { id: '1', name: 'One' } }
    })
    expect(buildOutputs(ledger, settingsFor([]), noFiles).outputs['unknown-targets']).toBe(
      '{"user_ids":["999"],"user_logins":[],"group_ids":[]}'
    )
  })

  it('say in a dry run what would be terminated', () => {
    const ledger = ledgerOf([...ids(2), target('user-ids', '7')], {
      dryRun: true,
      lookups: { '7': 'not_found', '1': { id: '1', name: 'x' } }
    })
    expect(buildOutputs(ledger, settingsFor([]), noFiles).outputs.message).toBe(
      'Dry run: no sessions were terminated; would end sessions of 2 user IDs; 1 not found'
    )
  })

  it('say in a dry run that no one would be sent when Box knows none of the targets', () => {
    const ledger = ledgerOf(ids(2), {
      dryRun: true,
      lookups: { '1': 'not_found', '2': 'not_found' }
    })
    expect(buildOutputs(ledger, settingsFor([]), noFiles).outputs.message).toBe(
      'Dry run: no sessions were terminated; would end sessions of no one; 2 not found'
    )
  })

  it('keep messages that fill a message output’s share exactly, and note where one is cut', () => {
    // message: 2 × (7 + 32,761) UTF-16 bytes is the share; users-message's longer name passes it.
    const first = 'a'.repeat(16_380)
    const second = 'b'.repeat(32_761 - first.length - 1)
    const ledger = ledgerOf(ids(2), { batchSize: 1, answers: [accepted(first), accepted(second)] })
    const { outputs, notes } = buildOutputs(ledger, settingsFor([]), noFiles)
    expect(outputs.message).toBe(`${first}\n${second}`)
    expect(outputs['users-message']).toBe(first)
    expect(notes).toEqual([
      "users-message holds 1 of Box's 2 distinct messages: the rest would pass its share of the job's outputs (64 KiB)"
    ])
  })

  it('say the report-file could not be written when unknown-targets is cut and there is none', () => {
    const logins = Array.from({ length: 16_000 }, (_, i) => `user-number-${i}@example.com`)
    const ledger = ledgerOf(
      logins.map(v => target('user-logins', v)),
      { lookups: Object.fromEntries(logins.map(v => [v, 'not_found' as const])) }
    )
    const { notes } = buildOutputs(ledger, settingsFor([]), noFiles)
    expect(notes).toEqual([
      expect.stringMatching(
        /^unknown-targets holds the first [\d,]+ of 16,000 unknown targets, as all would pass what is left of the job's outputs; the report-file could not be written$/
      )
    ])
  })

  it('count the remainder: failed and not sent, and point to its file', () => {
    const ledger = ledgerOf(ids(3), { batchSize: 1, answers: [accepted(), refused()] })
    const { outputs } = buildOutputs(ledger, settingsFor([]), {
      report: '/r.csv',
      remainder: '/f.json'
    })
    expect([
      outputs['failed-count'],
      outputs['failed-targets-file'],
      outputs['report-file']
    ]).toEqual(['2', '/f.json', '/r.csv'])
  })

  it('fit the job’s output limit together with 30,000 unknown targets and long Box messages, as UTF-16', () => {
    // Logins of 40 characters outside Latin-1 count twice per character in UTF-16.
    const logins = Array.from({ length: 30_000 }, (_, i) => `ü${'x'.repeat(30)}${i}@example.com`)
    const found = Array.from({ length: 2000 }, (_, i) => `f${i}@example.com`)
    const long = (i: number) => `${'Box said ✓ '.repeat(800)}${i}`
    const ledger = ledgerOf(
      [...logins, ...found].map(v => target('user-logins', v)),
      {
        batchSize: 1,
        lookups: Object.fromEntries([
          ...logins.map(v => [v, 'not_found' as const]),
          ...found.map((v, i) => [v, { id: String(i + 1), name: v }])
        ]),
        answers: found.map((_, i) => accepted(long(i)))
      }
    )
    const { outputs, notes } = buildOutputs(ledger, settingsFor([]), {
      report: '/tmp/r/report.csv',
      remainder: ''
    })
    const size = (name: string, value: string) => 2 * (name.length + value.length)
    const total = Object.entries(outputs).reduce((sum, [n, v]) => sum + size(n, v), 0)
    expect(total).toBeLessThanOrEqual(OUTPUTS_SHARE)
    expect(OUTPUTS_SHARE).toBeLessThan(JOB_OUTPUTS_LIMIT)
    // Each message output whole messages only, within its share; the rest is unknown-targets'.
    expect(size('message', outputs.message)).toBeLessThanOrEqual(MESSAGE_SHARE)
    expect(outputs.message.split('\n').every((m, i) => m === long(i))).toBe(true)
    const unknown = JSON.parse(outputs['unknown-targets']) as { user_logins: string[] }
    expect(unknown.user_logins.length).toBeGreaterThan(1000)
    expect(unknown.user_logins).toEqual(logins.slice(0, unknown.user_logins.length))
    expect(total).toBeGreaterThan(OUTPUTS_SHARE / 2)
    expect(notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^message holds \d+ of Box's 2000 distinct messages/),
        expect.stringMatching(
          /^unknown-targets holds the first [\d,]+ of 30,000 unknown targets.*the report-file \(\/tmp\/r\/report\.csv\) has every one$/
        )
      ])
    )
  })

  it('leave out a value the run registered as a secret, as GitHub would drop the output', () => {
    const ledger = ledgerOf([target('user-logins', 'carol1@example.com')], {
      lookups: { 'carol1@example.com': 'not_found' }
    })
    const { outputs } = buildOutputs(ledger, settingsFor([]), noFiles, ['carol1'])
    expect(outputs['unknown-targets']).toBe(
      '{"user_ids":[],"user_logins":["***@example.com"],"group_ids":[]}'
    )
    expect(Object.values(outputs).some(v => v.includes('carol1'))).toBe(false)
    expect(JSON.parse(outputs.result).targets[0].value).toBe('***@example.com')
    // An empty value registered changes nothing, and an unknown target named whole is no note.
    const plain = buildOutputs(ledger, settingsFor([]), noFiles, [''])
    expect(plain.outputs['unknown-targets']).toBe(
      '{"user_ids":[],"user_logins":["carol1@example.com"],"group_ids":[]}'
    )
    expect(plain.notes).toEqual([])
  })

  it('keep `result` small enough that RESULT=<result> fits one environment string', () => {
    const long = 'é'.repeat(2000)
    const ledger = ledgerOf(ids(5000), {
      batchSize: 10,
      answers: Array.from({ length: 500 }, (_, i) => refused(`${long}${i}`))
    })
    const text = buildResult(ledger, settingsFor([]))
    // Linux's limit on one environment string, its terminating NUL included.
    expect(Buffer.byteLength(`RESULT=${text}`) + 1).toBeLessThanOrEqual(128 * 1024)
  })

  it('keep `result` under 127 KiB at 100,000 targets with long messages, flagging what was cut', () => {
    const long = 'é'.repeat(2000)
    const ledger = ledgerOf(ids(100_000), {
      batchSize: 100,
      answers: Array.from({ length: 1000 }, (_, i) =>
        i % 2 ? accepted(`${long}${i}`) : refused(`${long}\u0001${i}`)
      )
    })
    const text = buildResult(ledger, settingsFor([]))
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(RESULT_LIMIT_BYTES)
    const result = JSON.parse(text)
    expect(result).toMatchObject({
      ok: false,
      counts: { targets: 100_000, accepted: 50_000, failed: 50_000 },
      failedCount: 50_000,
      targetsTruncated: true
    })
    expect(result.users).toMatchObject({
      messageTruncated: true,
      errorTruncated: true,
      batchesTruncated: true,
      batchCounts: { total: 1000, failed: 500 }
    })
    expect(result.users.message).toHaveLength(1000)
    expect(result.users.batches[0]).toMatchObject({
      batch: 1,
      size: 100,
      status: 503,
      requestId: 'rid-err',
      answeredAt: '2026-12-02T09:30:00.000Z',
      errorTruncated: true
    })
    expect(result.targets).toHaveLength(100)
  })

  it('keep `result` under 127 KiB even when escaping swells every text six times', () => {
    const control = '\u0001'.repeat(299)
    const ledger = ledgerOf(
      Array.from({ length: 200 }, (_, i) => target('user-logins', `u${i}@x.io`)),
      {
        lookups: Object.fromEntries(
          Array.from({ length: 200 }, (_, i) => [
            `u${i}@x.io`,
            { id: `${control}${i}`, name: control }
          ])
        )
      }
    )
    expect(Buffer.byteLength(buildResult(ledger, settingsFor([])))).toBeLessThanOrEqual(
      RESULT_LIMIT_BYTES
    )
  })
})

describe('the words of a failure', () => {
  it('name unknown targets as unknown, with plural and singular agreeing', () => {
    const one = ledgerOf([target('user-ids', '999'), target('user-ids', '1')], {
      lookups: { '999': 'not_found', '1': { id: '1', name: 'One' } }
    })
    expect(notFoundLine(one, 50)).toBe(
      'Not found in Box, so not sent: user-ids "999". Box accepted the jobs to end the sessions of every other target.'
    )
    const failedToo = ledgerOf([target('user-ids', '999'), target('user-ids', '1')], {
      lookups: { '999': 'not_found', '1': { id: '1', name: 'One' } },
      answers: [refused()]
    })
    expect(notFoundLine(failedToo, 50)).toBe('Not found in Box, so not sent: user-ids "999".')
    expect(failureLines(failedToo, settingsFor([]), '/f.json', [])).toEqual([
      'Box API 503 on users/terminate_sessions',
      'Not found in Box, so not sent: user-ids "999".',
      '1 target was not accepted by Box; run again with targets-file: /f.json'
    ])
    const two = ledgerOf(ids(3), { batchSize: 1, answers: [accepted(), refused(), refused()] })
    expect(
      failureLines(two, settingsFor([]), '', ['report-file could not be written to /x: EROFS'])
    ).toEqual([
      'Box API 503 on users/terminate_sessions',
      '2 targets were not accepted by Box; they are named in the log, as the remainder file could not be written',
      'report-file could not be written to /x: EROFS'
    ])
  })

  it('leave unknown targets out of the failure when fail-on-unknown is false', () => {
    const ledger = ledgerOf([target('user-ids', '999')], { lookups: { '999': 'not_found' } })
    expect(failureLines(ledger, settingsFor([], { failOnUnknown: false }), '', [])).toEqual([])
  })

  it('say how a cancelled run ended and where the rest are', () => {
    const ledger = ledgerOf(ids(10), {
      batchSize: 1,
      answers: [accepted(), accepted(), accepted()]
    })
    ledger.cancelled = true
    expect(cancelledLine(ledger, '/tmp/f.json')).toBe(
      'Cancelled: Box accepted 3 of 10 targets; the 7 others are in /tmp/f.json'
    )
    const last = ledgerOf(ids(2), { batchSize: 1, answers: [accepted()] })
    expect(cancelledLine(last, '/f')).toBe(
      'Cancelled: Box accepted 1 of 2 targets; the other is in /f'
    )
  })
})

describe('the job summary', () => {
  it('shows each target’s outcome under a heading that claims nothing, and who Box says it is', () => {
    const ledger = ledgerOf(
      [
        target('user-ids', '11'),
        target('user-logins', 'ada@example.com'),
        target('user-ids', '999'),
        target('group-ids', '900')
      ],
      {
        lookups: {
          '11': { id: '11', name: 'Ada <Lovelace>', login: 'ada@example.com' },
          'ada@example.com': { id: '11', name: 'Ada', login: 'ada@example.com' },
          '999': 'not_found',
          '900': { id: '900', name: 'Contractors' }
        }
      }
    )
    const html = summaryOf(ledger, [], { report: '/r/report.csv', remainder: '' })
    expect(html).toContain('<h2>Box session termination failed</h2>')
    expect(html).toContain('<h3>Targets</h3>')
    expect(html).not.toContain('Who is logged out')
    expect(html).toContain(
      '<td><code>11</code></td><td>user-ids</td><td>✅ accepted</td><td>Ada &lt;Lovelace&gt; &lt;ada@example.com&gt;, user 11, status unknown, role unknown</td>'
    )
    // A covered login shows the request that carried its user; a target never sent, a dash.
    expect(html).toContain(
      '<td>↪️ covered by <code>11</code></td><td>Ada &lt;ada@example.com&gt;, user 11, status unknown, role unknown</td><td>rid-202</td>'
    )
    expect(html).toContain(
      '<td><code>999</code></td><td>user-ids</td><td>❌ not found</td><td>not found in Box (user-ids)</td><td>—</td>'
    )
    expect(html).not.toMatch(/<td><\/tr>/)
    expect(html).toContain('<td>group Contractors (900), members unknown</td>')
    expect(html).toContain('Every target is in the report: <code>/r/report.csv</code>.')
    expect(html).toContain('<h3>Not found in Box, so not sent</h3>')
  })

  it('stays under 512 KiB at 100,000 targets, showing the first 100 and counting the rest', () => {
    const ledger = ledgerOf(ids(100_000), {
      batchSize: 1000,
      answers: Array.from({ length: 100 }, () => refused('x'.repeat(5000)))
    })
    const html = summaryOf(ledger, [], { report: '/r.csv', remainder: '/f.json' })
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES)
    expect(html).toContain('The first 100 of 100,000 targets. Every target is in the report')
    expect(html.match(/<tr>/g)?.length).toBeLessThan(140)
  })

  it('stays under 512 KiB whatever Box’s text swells to once escaped', () => {
    const hostile = '<&>"'.repeat(400)
    const targets = Array.from({ length: 100 }, (_, i) => target('user-logins', `u${i}@x.io`))
    const ledger = ledgerOf(targets, {
      lookups: Object.fromEntries(
        targets.map(t => [t.value, { id: hostile, name: hostile, login: hostile }])
      ),
      answers: [refused(hostile)]
    })
    const html = summaryOf(ledger, [hostile])
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES)
    expect(html).not.toContain('<&>')
  })

  it('says a run was cancelled', () => {
    const ledger = ledgerOf(ids(3), { batchSize: 1, answers: [accepted()] })
    ledger.cancelled = true
    const html = summaryOf(ledger, [], { report: '', remainder: '/f.json' })
    expect(html).toContain('<h2>Box session termination cancelled</h2>')
    expect(html).toContain('Cancelled: Box accepted 1 of 3 targets; the 2 others are in /f.json')
  })
})

describe('the report and remainder files', () => {
  const folder = () => createOutputFolder(tempFolder('tbs-files-'))

  it('writes one row per target in input order, and is itself a targets-file', () => {
    const targets = [
      target('user-ids', '11'),
      target('user-logins', 'ada@example.com'),
      target('user-ids', '999'),
      target('group-ids', '5'),
      target('user-ids', '3')
    ]
    const ledger = ledgerOf(targets, {
      lookups: {
        '11': { id: '11', name: '=HYPERLINK("x")', login: 'ada@example.com' },
        'ada@example.com': { id: '11', name: 'Ada', login: 'ada@example.com' },
        '999': 'not_found',
        '5': { id: '5', name: 'G' },
        '3': 'unverified'
      },
      // Found targets go first, apart from the unverified one: users 11, groups 5, then users 3.
      answers: [
        accepted('ok', 'rid-u'),
        refused('Box API 500 on groups/terminate_sessions', 500),
        accepted('ok', 'rid-u')
      ]
    })
    const file = path.join(folder(), 'report.csv')
    writeReport(file, ledger)
    const rows = parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), { columns: true })
    expect(Object.keys(rows[0] ?? {})).toEqual(REPORT_COLUMNS)
    expect(REPORT_COLUMNS).toEqual([
      'user_id',
      'user_login',
      'group_id',
      'outcome',
      'lookup',
      'box_id',
      'name',
      'batch',
      'status',
      'request_id',
      'answered_at',
      'detail'
    ])
    expect(
      rows.map(r => [
        r.user_id,
        r.user_login,
        r.group_id,
        r.outcome,
        r.lookup,
        r.box_id,
        r.name,
        r.batch,
        r.status,
        r.request_id,
        r.answered_at
      ])
    ).toEqual([
      [
        '11',
        '',
        '',
        'accepted',
        'found',
        '11',
        '\'=HYPERLINK("x")',
        'users/terminate_sessions batch 1/2',
        '202',
        'rid-u',
        '2026-12-02T09:30:00.000Z'
      ],
      [
        '',
        'ada@example.com',
        '',
        'covered',
        'found',
        '11',
        'Ada',
        'users/terminate_sessions batch 1/2',
        '202',
        'rid-u',
        '2026-12-02T09:30:00.000Z'
      ],
      ['999', '', '', 'not_found', 'not_found', '', '', '', '', '', ''],
      [
        '',
        '',
        '5',
        'failed',
        'found',
        '5',
        'G',
        'groups/terminate_sessions',
        '500',
        'rid-err',
        '2026-12-02T09:30:00.000Z'
      ],
      [
        '3',
        '',
        '',
        'accepted',
        'unverified',
        '',
        '',
        'users/terminate_sessions batch 2/2',
        '202',
        'rid-u',
        '2026-12-02T09:30:00.000Z'
      ]
    ])
    expect(rows.map(r => r.detail)).toEqual([
      '',
      'sent as user-ids 11, which Box accepted',
      'Box has no such target',
      'Box API 500 on groups/terminate_sessions',
      'not verified: Box API 403 on users/9'
    ])
    const reread = parseTargetsFile(fs.readFileSync(file, 'utf8'))
    // Read back, the report sends again only what did not end for good: here the refused group.
    expect(reread.ok && reread.value.targets.map(t => [t.kind, t.value])).toEqual(
      rows
        .filter(r => r.outcome === 'failed' || r.outcome === 'not_sent')
        .map(r => (r.group_id ? ['group-ids', r.group_id] : ['user-ids', r.user_id]))
    )
    expect(rows.filter(r => r.outcome === 'failed')).toHaveLength(1)
  })

  it('writes every row whole through many writes: plain and quoted cells, 1 to 4 bytes a character', () => {
    // Some 4 MiB of rows: the report is written a megabyte at a time, and text outside ASCII takes
    // more bytes than characters. Rows whose target needs quoting go through csv-stringify a
    // hundred at a time: with long names, a hundred such rows are more than a megabyte at once.
    const quoted = (i: number): boolean => i % 3 === 0 || (i >= 20_000 && i < 20_300)
    const values = Array.from({ length: 30_000 }, (_, i) =>
      quoted(i) ? `"q,${i}"@example.com` : `zoë.${i}@example.com`
    )
    const names = values.map((_, i) =>
      i >= 20_000 && i < 20_300
        ? '😀'.repeat(3000)
        : `名前 ${'😀'.repeat(i % 4)}${i % 5 === 0 ? ', "Jr."' : ''}`
    )
    const lookups = Object.fromEntries(
      values.map((login, i) => [login, { id: String(i + 1), name: names[i] ?? '', login }])
    )
    const words = 'Box API 500 on users/terminate_sessions: ✓ “nope”, 😀'
    const answers = Array.from({ length: 30 }, (_, i) =>
      i % 4 === 1 ? refused(words, 500) : accepted()
    )
    const ledger = ledgerOf(
      values.map(login => target('user-logins', login)),
      { lookups, answers }
    )
    const file = path.join(folder(), 'report.csv')
    writeReport(file, ledger)
    const text = fs.readFileSync(file, 'utf8')
    expect(Buffer.byteLength(text)).toBeGreaterThan(4 * 1024 * 1024)
    const rows = parse<Record<string, string>>(text, { columns: true })
    expect(rows.map(r => r.user_login)).toEqual(values)
    expect(rows.map(r => r.name)).toEqual(names)
    expect(rows.map(r => r.detail)).toEqual(
      values.map((_, i) => (Math.floor(i / 1000) % 4 === 1 ? words : ''))
    )
  })

  it('writes, once cancelled, the rows past requests in flight while they finish, in input order', () => {
    // Batches of 5 IDs: 1 and 2 accepted, 3 and 5 in flight at the signal, 4 accepted, 6 never
    // started; a login placed last is covered by an ID of batch 5, so its row waits for it.
    const build = () => {
      const targets = [...ids(30), target('user-logins', 'late@x.io')]
      const ledger = createLedger(targets, false)
      ledger.lookups = { plan: 'per-target', targets: 31, requests: 31, sources: [] }
      for (const entry of ledger.entries) {
        const id = entry.target.kind === 'user-ids' ? entry.target.value : '23'
        recordLookup(entry, {
          ok: true,
          value: { id, name: 'U' },
          attempts: 1,
          durationMs: 1,
          sent: true
        })
      }
      settleNotFound(ledger)
      settleCovered(ledger)
      recordBatches(ledger, planBatches(entriesToSend(ledger), 5))
      const [b1, b2, b3, b4, b5] = ledger.batches as [Batch, Batch, Batch, Batch, Batch]
      for (const batch of [b1, b2, b3, b4, b5]) recordBatchStarted(batch)
      recordBatch(b1, accepted())
      recordBatch(b2, accepted())
      recordBatch(b4, accepted())
      return { ledger, b3, b5 }
    }
    const dir = createOutputFolder(tempFolder('tbs-ahead-'))
    const file = path.join(dir, 'report.csv')
    const { ledger, b3, b5 } = build()
    const report = openReport(file, ledger)
    report.flush()
    const written = () => fs.readFileSync(partialName(file), 'utf8').trim().split('\n').length - 1
    expect(written()).toBe(10)
    settleNotStarted(ledger)
    expect(ledger.entries.slice(25, 30).map(e => e.outcome)).toEqual(Array(5).fill('not_sent'))
    expect(ledger.entries[30]?.outcome).toBe('covered')
    expect(ledger.entries.slice(10, 15).map(e => e.outcome)).toEqual(Array(5).fill(undefined))
    // Rows past batch 3 are made ready, none written out of order.
    report.flush()
    expect(written()).toBe(10)
    recordBatch(b3, accepted())
    report.flush()
    // Batch 3, then batch 4 as made ready; batch 5 still in flight.
    expect(written()).toBe(20)
    settleCancelled(ledger)
    closeLedger(ledger)
    report.finish()
    expect(report.error).toBeUndefined()

    // The same record written at the end, all at once.
    const again = build()
    settleNotStarted(again.ledger)
    recordBatch(again.b3, accepted())
    settleCancelled(again.ledger)
    closeLedger(again.ledger)
    const whole = path.join(dir, 'whole.csv')
    writeReport(whole, again.ledger)
    expect(fs.readFileSync(file, 'utf8')).toBe(fs.readFileSync(whole, 'utf8'))
    const rows = parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), { columns: true })
    expect(rows.map(r => r.outcome)).toEqual([
      ...Array(20).fill('accepted'),
      ...Array(5).fill('failed'),
      ...Array(5).fill('not_sent'),
      'covered'
    ])
    expect(rows[30]?.detail).toBe('sent as user-ids 23, which ended failed')
    expect(rows[25]?.detail).toBe('the run was cancelled before it was sent')
    expect(b5.answer).toBeUndefined()
  })

  it('leaves a closed ledger as it is at a signal, and counts a closed ledger once', () => {
    const ledger = ledgerOf(ids(3), { answers: [refused()] })
    settleNotStarted(ledger)
    expect(ledger.cancelled).toBe(false)
    const first = remainder(ledger)
    expect(first).toHaveLength(3)
    expect(remainder(ledger)).toBe(first)
    // An open ledger is counted afresh each time.
    const open = createLedger(ids(2), false)
    expect(remainder(open)).not.toBe(remainder(open))
    expect(countOutcomes(open)).toEqual({
      accepted: 0,
      not_found: 0,
      failed: 0,
      not_sent: 0,
      covered: 0
    })
  })

  it('writes a row exactly as csv-stringify writes it, reusing the cells rows share', () => {
    const tails = createTails()
    const cell = fc.oneof(
      fc.constantFrom('', ',', '"', '\n', '\r', ' x ', 'a\u001f', '\u001fb'),
      fc.string()
    )
    const targetCell = fc.oneof(
      fc.stringMatching(/^[0-9]{0,12}$/),
      fc.emailAddress(),
      fc.string({ unit: 'binary' }),
      fc
        .tuple(fc.string(), fc.constantFrom(',', '"', '\n', '\r', '\r\n'), fc.string())
        .map(([a, special, b]) => `${a}${special}${b}`)
    )
    fc.assert(
      fc.property(
        fc.tuple(targetCell, fc.constantFrom(0, 1, 2)),
        fc.array(cell, { minLength: 9, maxLength: 9 }),
        ([id, at], rest) => {
          const row = ['', '', '', ...rest]
          row[at] = id
          // Written as csv-stringify writes it, or left to csv-stringify when it needs quoting.
          expect(plainRowText(row, tails)).toBe(/[,"\r\n]/.test(id) ? undefined : stringify([row]))
        }
      )
    )
    // Cells that join alike are told apart.
    const a = ['1', '', '', 'a\u001f', 'b', '', '', '', '', '', '', '']
    const b = ['1', '', '', 'a', '\u001fb', '', '', '', '', '', '', '']
    expect(plainRowText(a, tails)).toBe(stringify([a]))
    expect(plainRowText(b, tails)).toBe(stringify([b]))
    expect(plainRowText(a, tails)).toBe(stringify([a]))
    // A login needs no quoting; a cell with a comma, a quote or a line break is left to
    // csv-stringify whole.
    expect(plainRowText(['', 'a@b.c', '', 'x'], tails)).toBe(',a@b.c,,x\n')
    for (const special of [',', '"', '\n', '\r'])
      expect(plainRowText(['', `a${special}b@c.d`, '', 'x'], tails)).toBeUndefined()
  })

  it('writes the remainder in the targets-file shape, read back as exactly those targets', () => {
    const ledger = ledgerOf(
      [...ids(3), target('user-logins', 'a@x.io'), target('group-ids', '9')],
      { batchSize: 2, answers: [accepted(), refused()] }
    )
    const file = path.join(folder(), 'failed-targets.json')
    writeRemainder(file, remainder(ledger))
    const reread = parseTargetsFile(fs.readFileSync(file, 'utf8'))
    expect(reread.ok && reread.value.targets.map(t => t.value)).toEqual(['3', 'a@x.io', '9'])
  })

  it('puts its folder in RUNNER_TEMP, or, without one, in the OS temp folder: an absolute path', () => {
    expect(path.dirname(createOutputFolder(''))).toBe(os.tmpdir())
    expect(path.isAbsolute(createOutputFolder(undefined))).toBe(true)
    expect(() => createOutputFolder(path.join(os.tmpdir(), 'no-such-folder-tbs', 'x'))).toThrow(
      /ENOENT/
    )
  })
})

describe('the run’s files on a disk that takes less than it is given', () => {
  const folder = () => createOutputFolder(tempFolder('tbs-io-'))
  const ledger = () =>
    ledgerOf([...ids(300), target('group-ids', '9')], {
      batchSize: 100,
      answers: [accepted('ok é ✓'), accepted(), refused('no'), refused()]
    })
  /** node:fs, but each write takes at most `most` bytes, or nothing at all. */
  const stingy = (most: number): FileIo => ({
    ...fs,
    openSync: fs.openSync,
    closeSync: fs.closeSync,
    renameSync: fs.renameSync,
    unlinkSync: fs.unlinkSync,
    writeSync: ((fd: number, bytes: Buffer, offset: number, length: number) =>
      most === 0
        ? 0
        : fs.writeSync(fd, bytes, offset, Math.min(length, most))) as FileIo['writeSync']
  })

  it('writes the report and the remainder whole when every write takes only a few bytes', () => {
    const dir = folder()
    const whole = path.join(dir, 'whole.csv')
    writeReport(whole, ledger())
    const report = openReport(path.join(dir, 'report.csv'), ledger(), stingy(7))
    report.finish()
    expect(report.error).toBeUndefined()
    expect(fs.readFileSync(path.join(dir, 'report.csv'), 'utf8')).toBe(
      fs.readFileSync(whole, 'utf8')
    )
    const left = remainder(ledger())
    writeRemainder(path.join(dir, 'left.json'), left, stingy(5))
    const reread = parseTargetsFile(fs.readFileSync(path.join(dir, 'left.json'), 'utf8'))
    expect(reread.ok && reread.value.targets.length).toBe(left.length)
    expect(fs.readdirSync(dir).sort()).toEqual(['left.json', 'report.csv', 'whole.csv'])
  })

  it('leaves no file by its name, partial or not, when the disk takes nothing more', () => {
    const dir = folder()
    const report = openReport(path.join(dir, 'report.csv'), ledger(), stingy(0))
    report.finish()
    expect((report.error as NodeJS.ErrnoException).code).toBe('ENOSPC')
    expect(() =>
      writeRemainder(path.join(dir, 'left.json'), remainder(ledger()), stingy(0))
    ).toThrow(/ENOSPC/)
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('keeps a report cut short under a name that is not report-file’s until it is whole', () => {
    const dir = folder()
    const file = path.join(dir, 'report.csv')
    const report = openReport(file, ledger())
    report.flush()
    // As a kill would leave it: the rows so far, under the partial name only.
    expect(fs.existsSync(file)).toBe(false)
    expect(fs.readFileSync(partialName(file), 'utf8')).toMatch(/^user_id,user_login,group_id,/)
    report.finish()
    expect(fs.existsSync(partialName(file))).toBe(false)
    expect(fs.readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(302)
  })
})
