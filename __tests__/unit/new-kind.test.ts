import { describe, expect, it, jest } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readAnswer, text } from '../../src/box/answer.js'
import type { TerminateEndpoint } from '../../src/box/endpoints/terminate-sessions.js'
import { kindTable, type KindRow } from '../../src/targets/kind.js'
import { GROUP_IDS } from '../../src/targets/kinds/group-ids.js'
import { GROUPS_LISTING } from '../../src/targets/kinds/listings.js'
import { USER_IDS } from '../../src/targets/kinds/user-ids.js'
import { USER_LOGINS } from '../../src/targets/kinds/user-logins.js'
import { idProblem } from '../../src/targets/validate.js'
import { testClient } from '../helpers/box-client.js'
import { boxError, json, scriptedTransport } from '../helpers/fake-transport.js'
import { inputsFrom } from '../helpers/inputs.js'
import { settingsFor } from '../helpers/targets.js'

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
  listing: GROUPS_LISTING,
  listingKey: device => device.id,
  shownAs: 'group',
  coveredBy: undefined
}

jest.unstable_mockModule('../../src/targets/kinds.js', () =>
  kindTable([USER_IDS, USER_LOGINS, GROUP_IDS, DEVICE_IDS])
)

const { parseSettings } = await import('../../src/settings/parse-settings.js')
const { parseTargetsFile } = await import('../../src/targets/targets-file.js')
const { asTargetsJson } = await import('../../src/targets/target.js')
const { createLedger, closeLedger } = await import('../../src/run/ledger.js')
const { execute } = await import('../../src/run/execute.js')
const { writeReport } = await import('../helpers/ledgers.js')
const { buildSummary } = await import('../../src/action/summary.js')

const noFiles = {
  workspace: '/nonexistent',
  runnerTemp: '',
  osTemp: '/nonexistent',
  realPath: (f: string) => f,
  isFile: () => false,
  readText: () => ''
}

describe('a new kind of target is a new row', () => {
  it('is read from its input, checked by its rule, and kept apart from other kinds', () => {
    const settings = parseSettings(
      inputsFrom({ 'device-ids': '11; 12, 11', 'user-ids': '11', 'box-token': 't' } as never),
      noFiles
    )
    expect(settings.targets.map(t => [t.kind, t.value])).toEqual([
      ['user-ids', '11'],
      ['device-ids', '11'],
      ['device-ids', '12']
    ])
    expect(() =>
      parseSettings(inputsFrom({ 'device-ids': 'laptop', 'box-token': 't' } as never), noFiles)
    ).toThrow('device-ids: "laptop" is not a Box ID (digits only)')
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
      device_ids: ['22']
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
    const events = {
      identified() {},
      lookupsPlanned() {},
      lookedUp() {},
      batchesPlanned() {},
      batchDone() {}
    }
    await execute(settings, testClient(transport).client, ledger, events)
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
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tbs-kind-')), 'report.csv')
    writeReport(file, ledger)
    const rows = parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), { columns: true })
    expect(rows.map(r => [r.device_id, r.outcome, r.batch, r.name])).toEqual([
      ['31', 'accepted', 'devices/terminate_sessions', 'Ada’s laptop'],
      ['32', 'not_found', '', '']
    ])
    const html = buildSummary(ledger, {
      settings,
      audit: { actor: 'a', eventName: 'e', workflow: 'w' },
      files: { report: file, remainder: '' },
      problems: []
    }).stringify()
    expect(html).toContain('<td>group Ada’s laptop (31), members unknown</td>')
    expect(html).toContain('<li>Device IDs (1): <code>32</code></li>')
    expect(html).toContain('<code>devices/terminate_sessions</code>')
  })
})
