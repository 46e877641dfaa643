import { describe, expect, it, jest } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import fs from 'node:fs'
import path from 'node:path'
import { facts, readAnswer, text, type Json } from '../../src/box/answer.js'
import {
  USERS_TERMINATE,
  type TerminateEndpoint
} from '../../src/box/endpoints/terminate-sessions.js'
import { LOOKUP_USER_FIELDS, readUser } from '../../src/box/objects.js'
import type { HttpRequest, HttpResponse, Transport } from '../../src/net/http.js'
import { kindTable, type CheckedRows, type KindRow } from '../../src/targets/kind.js'
import { GROUP_IDS } from '../../src/targets/kinds/group-ids.js'
import { GROUPS_LISTING } from '../../src/targets/kinds/listings.js'
import { USER_IDS } from '../../src/targets/kinds/user-ids.js'
import { USER_LOGINS } from '../../src/targets/kinds/user-logins.js'
import { idProblem } from '../../src/targets/validate.js'
import { testClient } from '../helpers/box-client.js'
import { boxError, json, scriptedTransport } from '../helpers/fake-transport.js'
import { inputsFrom } from '../helpers/inputs.js'
import { settingsFor } from '../helpers/targets.js'
import type { Settings } from '../../src/settings/settings.js'
import { tempFolder } from '../helpers/temp.js'

// README promises that a new kind of target is a new row. This test adds one, devices, with an
// endpoint of its own, and runs it through reading, lookups, batches, the report and the summary
// without touching anything else.
const DEVICES_TERMINATE: TerminateEndpoint = {
  name: 'devices',
  path: 'devices/terminate_sessions',
  bodyKeys: ['device_ids']
}
const DEVICE_IDS: KindRow = {
  input: 'device-ids',
  csvColumn: 'device_id',
  jsonKey: 'device_ids',
  label: ['device ID', 'device IDs'],
  title: 'Device IDs',
  validate: idProblem,
  key: id => id,
  endpoint: DEVICES_TERMINATE,
  bodyKey: 'device_ids',
  lookUp: async (client, id) =>
    readAnswer(
      await client.call({ method: 'GET', path: `devices/${id}` }),
      j => ({ id: text(j.id), name: text(j.name) }),
      'devices/{id}'
    ),
  listing: { of: GROUPS_LISTING, key: device => device.id },
  shownAs: 'group'
}

// A kind whose value Box does not take as written: a user given by the external ID an identity
// provider set on their Box account (`external_app_user_id`), looked up, and sent as the user ID
// Box found, in the users endpoint's user_ids.
const USER_EXTERNAL_IDS: KindRow = {
  input: 'user-external-ids',
  csvColumn: 'user_external_id',
  jsonKey: 'user_external_ids',
  label: ['user external ID', 'user external IDs'],
  title: 'User external IDs',
  validate: value =>
    /^[\x21-\x7e]{1,256}$/.test(value) ? undefined : 'is not an external ID (printable ASCII)',
  key: value => value,
  endpoint: USERS_TERMINATE,
  bodyKey: 'user_ids',
  sends: 'found-id',
  lookUp: async (client, externalId) => {
    const read = readAnswer(
      await client.call({
        method: 'GET',
        path: 'users',
        query: { external_app_user_id: externalId, fields: LOOKUP_USER_FIELDS },
        label: `users?external_app_user_id=${externalId}`
      }),
      json => (Array.isArray(json.entries) ? (json.entries as Json[]) : undefined),
      'users?external_app_user_id'
    )
    if (!read.ok) return read
    const user = read.value.map(readUser).find(found => found !== undefined)
    return user
      ? { ...facts(read), ok: true, value: user }
      : {
          ...facts(read),
          ok: false,
          notFound: true,
          error: `no Box user has the external ID ${externalId}`
        }
  },
  shownAs: 'user',
  // A user also listed by a user ID that was found is sent once, by that ID.
  coveredBy: 'user-ids'
}

jest.unstable_mockModule('../../src/targets/kinds.js', () =>
  kindTable([USER_IDS, USER_LOGINS, GROUP_IDS, DEVICE_IDS, USER_EXTERNAL_IDS])
)

const { parseSettings } = await import('../../src/settings/parse-settings.js')
const { parseTargetsFile } = await import('../../src/targets/targets-file.js')
const { asTargetsJson } = await import('../../src/targets/target.js')
const { createLedger, closeLedger } = await import('../../src/run/ledger.js')
const { execute } = await import('../../src/run/execute.js')
const { writeReport } = await import('../helpers/ledgers.js')
const { buildSummary } = await import('../../src/action/summary.js')
const { failureLines } = await import('../../src/action/outcome-text.js')
const { remainder } = await import('../../src/run/ledger.js')

const noEvents = {
  identified() {},
  lookupsPlanned() {},
  lookedUp() {},
  batchesPlanned() {},
  batchDone() {}
}

/** The job summary's HTML of a run whose report is `file`. */
const summaryOf = (ledger: Parameters<typeof buildSummary>[0], settings: Settings, file: string) =>
  buildSummary(ledger, {
    settings,
    audit: { actor: 'a', eventName: 'e', workflow: 'w' },
    files: { report: file, remainder: '' },
    problems: []
  }).stringify()

const noFiles = {
  workspace: '/nonexistent',
  runnerTemp: '',
  osTemp: '/nonexistent',
  realPath: (f: string) => f,
  isFile: () => false,
  readText: () => ''
}

describe('a new kind of target is a new row', () => {
  it('is read from its input, checked by its rule, and kept apart from other kinds', async () => {
    const settings = await parseSettings(
      inputsFrom({ 'device-ids': '11; 12, 11', 'user-ids': '11', 'box-token': 't' } as never),
      noFiles
    )
    expect(settings.targets.map(t => [t.kind, t.value])).toEqual([
      ['user-ids', '11'],
      ['device-ids', '11'],
      ['device-ids', '12']
    ])
    await expect(
      parseSettings(inputsFrom({ 'device-ids': 'laptop', 'box-token': 't' } as never), noFiles)
    ).rejects.toThrow('device-ids: "laptop" is not a Box ID (digits only)')
  })

  it('is read from a targets-file by its column and its key, and written back by them', () => {
    const csv = parseTargetsFile('device_id,user_id\n21,1\n')
    expect(csv.ok && csv.value.targets.map(t => [t.kind, t.value])).toEqual([
      ['user-ids', '1'],
      ['device-ids', '21']
    ])
    const fromJson = parseTargetsFile('{"device_ids": ["22"]}')
    expect(fromJson.ok && asTargetsJson(fromJson.value.targets)).toEqual({
      user_ids: [],
      user_logins: [],
      group_ids: [],
      device_ids: ['22'],
      user_external_ids: []
    })
  })

  it('is looked up, sent to its own endpoint, reported and shown', async () => {
    const { transport, requests } = scriptedTransport(
      json(200, { id: '31', name: 'Ada’s laptop' }),
      boxError(404, 'not_found'),
      json(202, { message: 'devices logged out' })
    )
    const targets = ['31', '32'].map(value => ({
      kind: 'device-ids' as never,
      value,
      source: 'device-ids'
    }))
    const settings = settingsFor(targets)
    const ledger = createLedger(targets, false)
    await execute(settings, testClient(transport).client, ledger, noEvents)
    closeLedger(ledger)
    expect(requests.map(r => [r.method, r.url, r.body])).toEqual([
      ['GET', 'https://box.test/2.0/devices/31', undefined],
      ['GET', 'https://box.test/2.0/devices/32', undefined],
      ['POST', 'https://box.test/2.0/devices/terminate_sessions', '{"device_ids":["31"]}']
    ])
    expect(ledger.entries.map(e => [e.target.value, e.lookup, e.outcome])).toEqual([
      ['31', 'found', 'accepted'],
      ['32', 'not_found', 'not_found']
    ])
    const file = path.join(tempFolder('tbs-kind-'), 'report.csv')
    writeReport(file, ledger)
    const rows = parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), { columns: true })
    expect(rows.map(r => [r.device_id, r.outcome, r.batch, r.name])).toEqual([
      ['31', 'accepted', 'devices/terminate_sessions', 'Ada’s laptop'],
      ['32', 'not_found', '', '']
    ])
    const html = summaryOf(ledger, settings, file)
    expect(html).toContain('<td>group Ada’s laptop (31), members unknown</td>')
    expect(html).toContain('<li>Device IDs (1): <code>32</code></li>')
    expect(html).toContain('<code>devices/terminate_sessions</code>')
  })

  it('is sent as the ID Box found when its row says so: looked up, covered, and failed when it cannot be', async () => {
    // verify-targets: false cannot send it, and says so before any request.
    await expect(
      parseSettings(
        inputsFrom({
          'user-external-ids': 'emp-1',
          'verify-targets': 'false',
          'box-token': 't'
        } as never),
        noFiles
      )
    ).rejects.toThrow(
      'user-external-ids: its targets are sent as the ID Box finds for each, so they must be looked up; verify-targets: false cannot send them'
    )
    const settings = await parseSettings(
      inputsFrom({
        'user-ids': '88',
        'user-external-ids': 'emp-1, emp-2, emp-3, emp-4',
        'max-retries': '0',
        'box-token': 't'
      } as never),
      noFiles
    )
    const users: Record<string, Json> = {
      'emp-1': { id: '77', name: 'Ada', login: 'ada@example.com', enterprise: { id: 'E1' } },
      'emp-4': { id: '88', name: 'Grace', login: 'grace@example.com', enterprise: { id: 'E1' } }
    }
    const { transport, requests } = routedTransport(request => {
      const url = new URL(request.url)
      if (url.pathname === '/2.0/users/me')
        return { status: 200, headers: {}, json: { id: '1', enterprise: { id: 'E1' } } }
      if (url.pathname === '/2.0/users/88')
        return { status: 200, headers: {}, json: users['emp-4'] }
      const external = url.searchParams.get('external_app_user_id')
      // emp-3's lookup fails: Box keeps answering 500.
      if (external === 'emp-3') return { status: 500, headers: {} }
      if (external !== null) {
        const user = users[external]
        return {
          status: 200,
          headers: {},
          json: { total_count: user ? 1 : 0, entries: user ? [user] : [] }
        }
      }
      if (url.pathname === '/2.0/users/terminate_sessions')
        return { status: 202, headers: {}, json: { message: 'accepted' } }
      throw new Error(`unrouted ${request.method} ${request.url}`)
    })
    const ledger = createLedger(settings.targets, false)
    await execute(settings, testClient(transport, { maxRetries: 0 }).client, ledger, noEvents)
    closeLedger(ledger)
    // One request, carrying the user IDs Box found: emp-1 as 77; emp-4 is user 88, already listed.
    const posts = requests.filter(r => r.method === 'POST')
    expect(posts.map(r => JSON.parse(r.body ?? '{}') as unknown)).toEqual([
      { user_ids: ['88', '77'], user_logins: [] }
    ])
    expect(ledger.entries.map(e => [e.target.value, e.lookup, e.outcome])).toEqual([
      ['88', 'found', 'accepted'],
      ['emp-1', 'found', 'accepted'],
      ['emp-2', 'not_found', 'not_found'],
      ['emp-3', 'unverified', 'failed'],
      ['emp-4', 'found', 'covered']
    ])
    // The one that could not be looked up is left to run again, and the failure says why.
    expect(remainder(ledger).map(e => e.target.value)).toEqual(['emp-3'])
    expect(failureLines(ledger, settings, 'left.json', []).join('\n')).toContain(
      '1 target could not be looked up, so it could not be sent (its request carries the ID Box finds): user-external-ids "emp-3"'
    )
    const file = path.join(tempFolder('tbs-kind-'), 'report.csv')
    writeReport(file, ledger)
    const rows = parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), { columns: true })
    expect(rows.map(r => [r.user_external_id, r.outcome, r.box_id, r.batch])).toEqual([
      ['', 'accepted', '88', 'users/terminate_sessions'],
      ['emp-1', 'accepted', '77', 'users/terminate_sessions'],
      ['emp-2', 'not_found', '', ''],
      ['emp-3', 'failed', '', ''],
      ['emp-4', 'covered', '88', 'users/terminate_sessions']
    ])
    expect(rows[3]?.detail).toMatch(/^could not be looked up, so it could not be sent/)
    const html = summaryOf(ledger, settings, file)
    expect(html).toContain('<li>User external IDs (1): <code>emp-2</code></li>')
  })
})

describe('the table of kinds, as the compiler checks it', () => {
  it('refuses a body key its endpoint does not have, and a covering kind the table does not hold', () => {
    const wrongKey = { ...USER_IDS, bodyKey: 'group_ids' } as const
    const wrongCover = { ...USER_LOGINS, coveredBy: 'user-emails' } as const
    // @ts-expect-error users/terminate_sessions has no group_ids
    const keys: CheckedRows<readonly [typeof wrongKey]> = [wrongKey]
    const covers: CheckedRows<readonly [typeof USER_IDS, typeof wrongCover]> = [
      USER_IDS,
      // @ts-expect-error no kind of the table is user-emails
      wrongCover
    ]
    const right: CheckedRows<readonly [typeof USER_IDS, typeof USER_LOGINS]> = [
      USER_IDS,
      USER_LOGINS
    ]
    expect([keys.length, covers.length, right.length]).toEqual([1, 2, 2])
  })
})

/** A transport that answers each request by what it asks, whatever the order, and records it. */
function routedTransport(answer: (request: HttpRequest) => HttpResponse) {
  const requests: HttpRequest[] = []
  const transport: Transport = request => {
    requests.push(request)
    return Promise.resolve(answer(request))
  }
  return { transport, requests }
}
