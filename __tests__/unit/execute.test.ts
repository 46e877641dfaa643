import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startFakeBox } from '../../harness/fake-box.js'
import { execute, type RunEvents } from '../../src/run/execute.js'
import {
  closeLedger,
  createLedger,
  ledgerDefects,
  remainder,
  type Ledger
} from '../../src/run/ledger.js'
import type { Settings } from '../../src/settings/settings.js'
import type { Target } from '../../src/targets/target.js'
import { liveClient } from '../helpers/box-client.js'
import { ids, settingsFor, target, VERIFY } from '../helpers/targets.js'

const TOKEN = 'execute-token-9'
const directory = {
  users: [
    { id: '11', name: 'Ada Lovelace', login: 'ada@example.com' },
    { id: '12', name: 'Grace Hopper', login: 'grace@example.com' }
  ],
  groups: [{ id: '900', name: 'Contractors', members: 4 }]
}

describe('execute', () => {
  let box: Awaited<ReturnType<typeof startFakeBox>>
  const seen: string[] = []
  const events: RunEvents = {
    identified: who => void seen.push(`identified ${who.login}`),
    lookupsPlanned: plan => void seen.push(`planned lookups: ${plan.record.plan}`),
    lookedUp: () => void seen.push('looked up'),
    batchesPlanned: ledger => void seen.push(`planned ${ledger.batches.length} batches`),
    batchDone: batch => void seen.push(`done ${batch.endpoint.path}`)
  }
  beforeEach(async () => {
    box = await startFakeBox({ tokens: [TOKEN], directory })
    seen.length = 0
  })
  afterEach(async () => {
    expect(box.violations).toEqual([])
    await box.stop()
  })

  async function run(targets: Target[], extra: Partial<Settings> = {}): Promise<Ledger> {
    const settings = settingsFor(targets, { auth: { method: 'token', token: TOKEN }, ...extra })
    const ledger = createLedger(settings.targets, settings.dryRun)
    await execute(settings, liveClient(box.url, settings.auth).client, ledger, events)
    closeLedger(ledger)
    expect(ledgerDefects(ledger, targets)).toEqual([])
    return ledger
  }
  const posted = () => box.requests.filter(r => r.method === 'POST').map(r => r.json)
  const outcomes = (ledger: Ledger) =>
    ledger.entries.map(e => [e.target.value, e.lookup, e.outcome])

  it('looks every target up, then terminates those found and leaves out those Box does not know', async () => {
    const ledger = await run([
      target('user-logins', 'ada@example.com'),
      target('user-logins', 'ada@exmaple.com'),
      target('group-ids', '900')
    ])
    expect(seen).toEqual([
      'planned lookups: per-target',
      'looked up',
      'planned 2 batches',
      'done users/terminate_sessions',
      'done groups/terminate_sessions'
    ])
    expect(posted()).toEqual([
      { user_ids: [], user_logins: ['ada@example.com'] },
      { group_ids: ['900'] }
    ])
    expect(outcomes(ledger)).toEqual([
      ['ada@example.com', 'found', 'accepted'],
      ['ada@exmaple.com', 'not_found', 'not_found'],
      ['900', 'found', 'accepted']
    ])
    expect(remainder(ledger)).toEqual([])
  })

  it('sends a login whose user is listed by a found ID once, by ID; it follows the ID', async () => {
    const ledger = await run([target('user-ids', '11'), target('user-logins', 'ADA@example.com')])
    expect(posted()).toEqual([{ user_ids: ['11'], user_logins: [] }])
    expect(outcomes(ledger)).toEqual([
      ['11', 'found', 'accepted'],
      ['ADA@example.com', 'found', 'covered']
    ])
  })

  it('sends a login on its own when the ID listed with it is unknown, and reports the ID', async () => {
    const ledger = await run([
      target('user-ids', '404'),
      target('user-logins', 'grace@example.com')
    ])
    expect(posted()).toEqual([{ user_ids: [], user_logins: ['grace@example.com'] }])
    expect(outcomes(ledger)).toEqual([
      ['404', 'not_found', 'not_found'],
      ['grace@example.com', 'found', 'accepted']
    ])
  })

  it('takes a foreign 404 as unverified, never as not found: auto sends the target', async () => {
    box.script('user', {
      status: 404,
      rawBody: '<html>Not Found</html>',
      headers: { 'content-type': 'text/html' }
    })
    const ledger = await run([target('user-ids', '11')])
    expect(outcomes(ledger)).toEqual([['11', 'unverified', 'accepted']])
    expect(ledger.entries[0]?.detail).toContain('did not carry Box’s error body')
  })

  it('goes on unverified with auto when Box refuses the lookups, and stops before terminating with true', async () => {
    await box.stop()
    box = await startFakeBox({ tokens: [TOKEN], directory, refuseLookups: true })
    const auto = await run([target('user-ids', '11')])
    expect(auto.error).toBeUndefined()
    expect(posted()).toEqual([{ user_ids: ['11'], user_logins: [] }])
    box.requests.length = 0
    const strict = await run([target('user-ids', '11')], { verify: VERIFY.true })
    expect(strict.error).toMatch(
      /^Box did not say who 1 target is, and verify-targets is true, so nothing was sent: Box API 403/
    )
    expect(posted()).toEqual([])
    expect(outcomes(strict)).toEqual([['11', 'unverified', 'not_sent']])
    expect(remainder(strict).map(e => e.target.value)).toEqual(['11'])
    const many = await run(ids(5, 20), { verify: VERIFY.true })
    expect(many.error).toMatch(
      /^Box did not say who 5 targets are, .*: Box API 403 [^;]+ on users\/20[^;]*; [^;]+; [^;]+; and 2 more reasons$/
    )
    const three = await run(ids(3, 30), { verify: VERIFY.true })
    expect(three.error).toMatch(
      /: Box API 403 [^;]+ on users\/30[^;]*; [^;]+; [^;]+ on users\/32[^;]*$/
    )
  })

  it('terminates with true when Box says who every target is', async () => {
    const ledger = await run([target('user-ids', '11'), target('group-ids', '900')], {
      verify: VERIFY.true
    })
    expect(ledger.error).toBeUndefined()
    expect(posted()).toEqual([{ user_ids: ['11'], user_logins: [] }, { group_ids: ['900'] }])
    expect(outcomes(ledger)).toEqual([
      ['11', 'found', 'accepted'],
      ['900', 'found', 'accepted']
    ])
  })

  it('does a dry run: who it acts as, who each target is, and no termination', async () => {
    const ledger = await run([target('user-ids', '11'), target('user-ids', '13')], { dryRun: true })
    expect(seen).toEqual([
      'identified ada@example.com',
      'planned lookups: per-target',
      'looked up',
      'planned 1 batches'
    ])
    expect(posted()).toEqual([])
    expect(outcomes(ledger)).toEqual([
      ['11', 'found', 'not_sent'],
      ['13', 'not_found', 'not_found']
    ])
    expect(remainder(ledger)).toEqual([])
  })

  it('asks Box which enterprise it acts in once, and not when the credentials name it', async () => {
    const meRequests = () => box.requests.filter(r => r.route === 'me').map(r => r.path)
    const dry = await run([target('user-ids', '11')], { dryRun: true })
    expect(dry.identity).toMatchObject({ login: 'ada@example.com' })
    expect(dry.actingEnterprise).toBe('11446400')
    expect(meRequests()).toHaveLength(1)
    // The plan counts users/me only when it is still to be asked.
    expect(dry.lookups).toMatchObject({ plan: 'per-target', requests: 1 })
    expect(dry.lookups.asksActingEnterprise).toBeUndefined()
    box.requests.length = 0
    const asked = await run([target('user-ids', '11')])
    expect(asked.identity).toBeUndefined()
    expect(asked.actingEnterprise).toBe('11446400')
    expect(meRequests()).toEqual([expect.stringMatching(/fields=enterprise/)])
    expect(asked.lookups).toMatchObject({ requests: 2, asksActingEnterprise: true })
    await box.stop()
    box = await startFakeBox({ directory, clients: { cid: { secret: 'csecret-5e0a' } } })
    const named = await run([target('user-ids', '11')], {
      auth: {
        method: 'ccg',
        clientId: 'cid',
        clientSecret: 'csecret-5e0a',
        subject: { type: 'enterprise', id: '11446400' }
      }
    })
    expect(named.actingEnterprise).toBe('11446400')
    expect(meRequests()).toEqual([])
    expect(outcomes(named)).toEqual([['11', 'found', 'accepted']])
  })

  it('stops a dry run that cannot say who it acts as, before any lookup', async () => {
    box.script('me', { status: 403, json: { type: 'error', status: 403, code: 'forbidden' } })
    const ledger = await run([target('user-ids', '11')], { dryRun: true })
    expect(ledger.error).toContain('Box API 403 forbidden on users/me')
    expect(box.requests.map(r => r.route)).toEqual(['me'])
    expect(seen).toEqual([])
    expect(outcomes(ledger)).toEqual([['11', 'skipped', 'not_sent']])
  })

  it('stops before any request to Box when the token is refused, every target not sent', async () => {
    const ledger = await run([target('user-ids', '11')], {
      auth: {
        method: 'ccg',
        clientId: 'nobody',
        clientSecret: 'wrong',
        subject: { type: 'enterprise', id: '1' }
      }
    })
    expect(ledger.error).toContain('Box token request failed: HTTP 400 invalid_client')
    expect(box.requests.map(r => r.route)).toEqual(['token'])
    expect(outcomes(ledger)).toEqual([['11', 'skipped', 'not_sent']])
  })

  it('starts nothing once the run is stopping: every target is left, not sent', async () => {
    const settings = settingsFor(ids(5), { auth: { method: 'token', token: TOKEN } })
    const ledger = createLedger(settings.targets, false)
    const { client, stop } = liveClient(box.url, settings.auth)
    stop.stop()
    await execute(settings, client, ledger, events, stop.stopping)
    closeLedger(ledger)
    expect(box.requests).toEqual([])
    expect(seen).toEqual([])
    expect(ledger.entries.every(e => e.lookup === 'skipped')).toBe(true)
    expect(remainder(ledger)).toHaveLength(5)
  })

  it('keeps what the lookups said when the run stops part way: only those never looked up are unverified', async () => {
    const settings = settingsFor(ids(12, 11), { auth: { method: 'token', token: TOKEN } })
    const ledger = createLedger(settings.targets, false)
    const { client, stop } = liveClient(box.url, settings.auth)
    // The listing finds 11 and 12; the first of the 10 lookups one by one to reach Box stops the
    // run: the last two of them never start.
    box.script('user', () => {
      stop.stop()
      return {}
    })
    await execute(settings, client, ledger, events, stop.stopping)
    closeLedger(ledger)
    const lookups = ledger.entries.map(e => e.lookup)
    expect(lookups.slice(0, 2)).toEqual(['found', 'found'])
    // Box answered the lookup that stopped the run; those in flight not yet sent are unverified.
    expect(lookups.slice(2)).toContain('not_found')
    expect(lookups.slice(2).every(l => l === 'not_found' || l === 'unverified')).toBe(true)
    expect(lookups.slice(10)).toEqual(['unverified', 'unverified'])
    expect(ledger.entries[11]?.detail).toBe(
      'the run was cancelled before this target was looked up, and nothing was sent for it'
    )
    expect(posted()).toEqual([])
  })

  it('plans no batch when the run stops during the lookups', async () => {
    const settings = settingsFor(ids(3, 11), { auth: { method: 'token', token: TOKEN } })
    const ledger = createLedger(settings.targets, false)
    const { client, stop } = liveClient(box.url, settings.auth)
    await execute(
      settings,
      client,
      ledger,
      { ...events, lookedUp: () => stop.stop() },
      stop.stopping
    )
    closeLedger(ledger)
    expect(ledger.batches).toEqual([])
    expect(posted()).toEqual([])
    expect(seen).toEqual(['planned lookups: per-target'])
    expect(remainder(ledger)).toHaveLength(3)
  })
})
