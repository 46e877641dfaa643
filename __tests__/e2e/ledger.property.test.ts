import { describe, expect, it } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import fs from 'node:fs'
import path from 'node:path'
import { e2eStage, runtimes } from '../helpers/e2e.js'

const TOKEN = 'property-token-6a5b4c3d'
const directory = {
  users: Array.from({ length: 6 }, (_, i) => ({
    id: String(i + 1),
    name: `User ${i + 1}`,
    login: `u${i + 1}@example.com`
  })),
  groups: [
    { id: '900', name: 'Contractors', members: 3 },
    { id: '901', name: 'Interns', members: 2 }
  ]
}
const boxError = (status: number, code: string) => ({
  status,
  json: { type: 'error', status, code, message: code }
})

/** What Box or something on the way may answer instead of the usual. */
const fault = fc.constantFrom(
  {},
  {},
  {},
  boxError(404, 'not_found'),
  { status: 404, rawBody: '<html>Not Found</html>', headers: { 'content-type': 'text/html' } },
  { status: 500 },
  { status: 503, rawBody: 'unavailable' },
  {
    status: 429,
    headers: { 'retry-after': '0' },
    json: { type: 'error', status: 429, code: 'rate_limit_exceeded' }
  },
  { reset: 'after-body' as const },
  boxError(400, 'bad_request'),
  boxError(403, 'forbidden')
)
const ROUTES = ['user', 'user-list', 'group', 'memberships', 'users', 'groups'] as const

const run = fc
  .record({
    ids: fc.array(fc.constantFrom('1', '2', '3', '4', '5', '6', '404', '405'), { maxLength: 6 }),
    logins: fc.array(
      fc.constantFrom(
        'u1@example.com',
        'U2@Example.com',
        'u2@example.com',
        'u5@example.com',
        'nobody@example.com'
      ),
      { maxLength: 5 }
    ),
    groups: fc.array(fc.constantFrom('900', '901', '999'), { maxLength: 3 }),
    fileIds: fc.array(fc.constantFrom('1', '3', '404', '7'), { maxLength: 3 }),
    faults: fc.record(
      Object.fromEntries(ROUTES.map(r => [r, fc.array(fault, { maxLength: 4 })])) as Record<
        (typeof ROUTES)[number],
        fc.Arbitrary<object[]>
      >
    ),
    batchSize: fc.integer({ min: 1, max: 3 }),
    maxRetries: fc.constantFrom('0', '1'),
    verify: fc.constantFrom('auto', 'true', 'false'),
    failOnUnknown: fc.boolean(),
    dryRun: fc.constantFrom(false, false, false, true),
    // What Box leaves undocumented, answered each way it could be. The caps are scaled to these
    // short lists; caps of 100 and 1,000 are drawn in-process (__tests__/unit/splitting.test.ts).
    terminate: fc.record({
      emptyList: fc.constantFrom('accepted' as const, 'refused' as const),
      missingKey: fc.constantFrom('accepted' as const, 'refused' as const),
      unknown: fc.constantFrom(202 as const, 400 as const, 404 as const),
      cap: fc.option(
        fc.record({
          size: fc.constantFrom(1, 2),
          status: fc.constantFrom(400 as const, 413 as const)
        }),
        { nil: undefined }
      ),
      message: fc.constantFrom('line' as const, 'newline' as const, 'absent' as const)
    })
  })
  .filter(r => r.ids.length + r.logins.length + r.groups.length + r.fileIds.length > 0)

/** The targets the termination requests carried, keyed as the report's rows are. */
function targetsIn(requests: readonly { json?: unknown }[]): Set<string> {
  const keys = new Set<string>()
  for (const request of requests) {
    const body = (request.json ?? {}) as Record<string, string[] | undefined>
    for (const v of body.user_ids ?? []) keys.add(`user_id ${v}`)
    for (const v of body.user_logins ?? []) keys.add(`user_login ${v.toLowerCase()}`)
    for (const v of body.group_ids ?? []) keys.add(`group_id ${v}`)
  }
  return keys
}

// Whole runs of the bundle against the fake Box with random faults, and every answer Box leaves
// undocumented, on the runtime action.yml declares: every target read ends in exactly one
// recorded outcome.
describe('every target accounted for, over whole runs with random faults', () => {
  const node = runtimes()[1]?.[1] ?? process.execPath
  const stage = e2eStage(node, { directory }, TOKEN)

  it('reports each target once; accepted exactly when Box accepted its request; the remainder is failed and not sent', async () => {
    await fc.assert(
      fc.asyncProperty(run, async spec => {
        await stage.restart({ terminate: spec.terminate })
        for (const route of ROUTES) stage.box.script(route, ...(spec.faults[route] as never[]))
        fs.writeFileSync(
          path.join(stage.workspace, 'more.csv'),
          `user_id\n${spec.fileIds.join('\n')}\n`
        )
        const r = await stage.run({
          'user-ids': spec.ids.join(', '),
          'user-logins': spec.logins.join('; '),
          'group-ids': JSON.stringify(spec.groups),
          'targets-file': 'more.csv',
          'batch-size': String(spec.batchSize),
          'max-retries': spec.maxRetries,
          'verify-targets': spec.verify,
          'fail-on-unknown': String(spec.failOnUnknown),
          'dry-run': String(spec.dryRun)
        })
        // The distinct targets read, as a reader counts them: logins by ASCII case.
        const distinct = new Set([
          ...[...spec.ids, ...spec.fileIds].map(v => `user_id ${v}`),
          ...spec.logins.map(v => `user_login ${v.toLowerCase()}`),
          ...spec.groups.map(v => `group_id ${v}`)
        ])
        const rows = parse<Record<string, string>>(r.files['report-file'] ?? '', {
          columns: true
        })
        const keyOf = (row: Record<string, string>) =>
          row.user_id
            ? `user_id ${row.user_id}`
            : row.user_login
              ? `user_login ${row.user_login.toLowerCase()}`
              : `group_id ${row.group_id}`
        // Each target read is in the report exactly once, with one outcome.
        expect(rows.map(keyOf).sort()).toEqual([...distinct].sort())
        for (const row of rows)
          expect(['accepted', 'not_found', 'failed', 'not_sent', 'covered']).toContain(row.outcome)

        // accepted ⇔ a request carrying it got Box's acceptance: a 2xx with Box's JSON message
        // (switched off, a 202 without its message is no acceptance).
        const terminations = stage.box.requests.filter(
          q => q.route === 'users' || q.route === 'groups'
        )
        const answered2xx = targetsIn(
          terminations.filter(q => (q.status ?? 0) >= 200 && (q.status ?? 0) < 300)
        )
        const withMessage = spec.terminate.message !== 'absent'
        for (const row of rows)
          expect([keyOf(row), row.outcome === 'accepted']).toEqual([
            keyOf(row),
            withMessage && answered2xx.has(keyOf(row))
          ])

        // A target not sent never reached Box: no termination request, answered or not, carried it.
        const carried = targetsIn(terminations)
        for (const row of rows.filter(row => row.outcome === 'not_sent'))
          expect([keyOf(row), carried.has(keyOf(row))]).toEqual([keyOf(row), false])

        // The remainder is exactly the targets failed or not sent (none in a dry run).
        const left = rows
          .filter(row => !spec.dryRun && (row.outcome === 'failed' || row.outcome === 'not_sent'))
          .map(keyOf)
        const remainder = JSON.parse(
          r.files['failed-targets-file'] ?? '{"user_ids":[],"user_logins":[],"group_ids":[]}'
        ) as Record<string, string[]>
        const written = [
          ...remainder.user_ids!.map(v => `user_id ${v}`),
          ...remainder.user_logins!.map(v => `user_login ${v.toLowerCase()}`),
          ...remainder.group_ids!.map(v => `group_id ${v}`)
        ]
        expect(written.sort()).toEqual(left.sort())
        expect(r.outputs['failed-count']).toBe(String(left.length))
        const unknown = rows.filter(row => row.outcome === 'not_found').length
        const stopped = JSON.parse(r.outputs.result ?? '{}').error !== undefined
        expect(r.code).toBe(
          left.length > 0 || stopped || (unknown > 0 && spec.failOnUnknown) ? 1 : 0
        )
      }),
      { numRuns: 40 }
    )
  }, 240_000)
})
