import { describe, expect, it } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import fs from 'node:fs'
import path from 'node:path'
import { e2eStage, runtimes } from '../helpers/e2e.js'

const TOKEN = 'refusals-token-2d4c'
type Body = { user_ids?: string[]; user_logins?: string[] }

// Box documents a 400 and a 404 for terminate_sessions, but not what it does with one target it
// does not know among many, with a list sent empty, or with a request larger than it takes. The
// fake Box is switched to each answer Box could give; the record must hold under every one.
describe.each(runtimes())('when Box refuses part of what it is sent, on %s', (_label, node) => {
  const stage = e2eStage(node, { directory: { generatedUsers: 5000 } }, TOKEN)
  const writeIds = (ids: string[]) =>
    fs.writeFileSync(path.join(stage.workspace, 'ids.json'), JSON.stringify({ user_ids: ids }))
  const known = (n: number) => Array.from({ length: n }, (_, i) => String(10_000_000 + i))
  const posts = () => stage.box.requests.filter(q => q.method === 'POST')

  it('isolates the one target Box refuses among 1,000, sends the others, and leaves only it to run again', async () => {
    await stage.restart({ terminate: { unknown: 400, missingKey: 'refused' } })
    const ids = [...known(500), '99000001', ...known(999).slice(500)]
    writeIds(ids)
    const r = await stage.run({ 'targets-file': 'ids.json', 'verify-targets': 'false' })
    expect(r.code).toBe(1)
    const result = JSON.parse(r.outputs.result ?? '')
    expect(result.counts).toMatchObject({ accepted: 999, failed: 1 })
    // The body once without its empty list, then at most 2·⌈log2 1000⌉ pieces.
    expect(result.splitting.pieces).toBeLessThanOrEqual(21)
    expect(posts()).toHaveLength(1 + result.splitting.pieces)
    expect(result.users.batchCounts).toMatchObject({
      total: 1,
      failed: 1,
      pieces: posts().length - 1
    })
    const rows = parse<Record<string, string>>(r.files['report-file'] ?? '', { columns: true })
    const bad = rows.find(row => row.user_id === '99000001')
    expect(bad).toMatchObject({ outcome: 'failed', status: '400' })
    expect(bad?.batch).toMatch(/^users\/terminate_sessions, piece \d+$/)
    expect(rows.filter(row => row.outcome === 'accepted')).toHaveLength(999)
    const file = r.outputs['failed-targets-file'] ?? ''
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ user_ids: ['99000001'] })
    expect(r.summary).toContain('more requests sent parts of batches Box refused')
  })

  it('ends a target Box’s own 404 refuses alone as not found: unknown, named, and not in the remainder', async () => {
    await stage.restart({ terminate: { unknown: 404 } })
    writeIds([...known(7), '99000002'])
    const r = await stage.run({ 'targets-file': 'ids.json', 'verify-targets': 'false' })
    expect(r.code).toBe(1)
    expect(JSON.parse(r.outputs['unknown-targets'] ?? '{}')).toMatchObject({
      user_ids: ['99000002']
    })
    expect(r.outputs['failed-count']).toBe('0')
    expect(r.stdout).toMatch(
      /::error::.*Not found in Box, which refused a request for each alone with its own 404: targets-file user_ids line 1 item 8 "99000002" \(Box API 404 not_found on users\/terminate_sessions/
    )
    expect(r.summary).toContain(
      '<h3>Not found in Box, which refused each alone with its own 404</h3>'
    )
    expect(r.summary).not.toContain('Not found in Box, so not sent')
    const rows = parse<Record<string, string>>(r.files['report-file'] ?? '', { columns: true })
    expect(rows.find(row => row.user_id === '99000002')).toMatchObject({
      outcome: 'not_found',
      status: '404'
    })
  })

  it('stops splitting when every target meets the refusal alike, and says so', async () => {
    await stage.restart({ terminate: { refuseAll: true } })
    writeIds(known(3000))
    const r = await stage.run({ 'targets-file': 'ids.json', 'verify-targets': 'false' })
    expect(r.code).toBe(1)
    expect(posts().length).toBeLessThanOrEqual(3 + 20)
    expect(JSON.parse(r.outputs.result ?? '').counts).toMatchObject({ failed: 3000, accepted: 0 })
    expect(r.stdout).toMatch(
      /^::notice title=What Box refuses::users\/terminate_sessions: Box refused a single target and the one beside it alike/m
    )
  })

  it('learns the size Box takes from a 413, and sends 3,000 targets in at most 60 requests', async () => {
    await stage.restart({ terminate: { cap: { size: 100, status: 413 } } })
    writeIds(known(3000))
    const r = await stage.run({ 'targets-file': 'ids.json', 'verify-targets': 'false' })
    expect(r.code).toBe(0)
    expect(posts().length).toBeLessThanOrEqual(60)
    expect(JSON.parse(r.outputs.result ?? '').counts).toMatchObject({ accepted: 3000 })
    expect(r.stdout).toMatch(
      /^::notice title=What Box refuses::users\/terminate_sessions: Box refused \d+ targets in one request and accepted them in pieces of \d+/m
    )
  })

  it('leaves a list it does not need out once Box refuses it empty and takes the body without it', async () => {
    await stage.restart({ terminate: { emptyList: 'refused', missingKey: 'accepted' } })
    const r = await stage.run({ 'user-ids': '10000001, 10000002', 'verify-targets': 'false' })
    expect(r.code).toBe(0)
    expect(posts().map(q => q.json as Body)).toEqual([
      { user_ids: ['10000001', '10000002'], user_logins: [] },
      { user_ids: ['10000001', '10000002'] }
    ])
    expect(r.stdout).toMatch(
      /^::notice title=What Box refuses::users\/terminate_sessions: Box refused a list sent empty/m
    )
    expect(r.outputs.message).toBe(
      'Request is successful, please check the admin events for the status of the job'
    )
  })

  it('gets every target to Box when it refuses a list sent empty and takes at most 100 in a body left out', async () => {
    await stage.restart({
      terminate: { emptyList: 'refused', missingKey: 'accepted', cap: { size: 100, status: 413 } }
    })
    writeIds(known(300))
    const r = await stage.run({
      'targets-file': 'ids.json',
      'verify-targets': 'false',
      'batch-size': '200'
    })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.outputs.result ?? '').counts).toMatchObject({ accepted: 300, failed: 0 })
    expect(r.outputs['failed-count']).toBe('0')
    expect(posts().length).toBeLessThanOrEqual(3 + 2 * 8 + 2)
  })

  it('fails the targets in Box’s words when Box refuses both forms of the body, within the alike bound', async () => {
    await stage.restart({ terminate: { emptyList: 'refused', missingKey: 'refused' } })
    writeIds(known(1000))
    const r = await stage.run({ 'targets-file': 'ids.json', 'verify-targets': 'false' })
    expect(r.code).toBe(1)
    // Each form once whole, then one descent to a single target and its sibling.
    expect(posts().length).toBeLessThanOrEqual(2 + 2 + 2 * 10)
    expect(posts().some(q => (q.json as Body).user_logins === undefined)).toBe(true)
    expect(posts().some(q => (q.json as Body).user_logins?.length === 0)).toBe(true)
    expect(JSON.parse(r.outputs.result ?? '').counts).toMatchObject({ failed: 1000, accepted: 0 })
    const rows = parse<Record<string, string>>(r.files['report-file'] ?? '', { columns: true })
    expect(rows.filter(row => row.outcome === 'failed' && row.status === '400')).toHaveLength(1000)
    // Box's own words reach the failure line.
    expect(r.stdout).toMatch(/^::error::.*Box API 400 bad_request/m)
    const file = r.outputs['failed-targets-file'] ?? ''
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).user_ids).toHaveLength(1000)
  })

  it('sends at most 1,000 pieces, then the rest of each batch whole, and says how many targets it could not isolate', async () => {
    // A cap of 3: pieces of 3 for 3,000 targets would take about 1,000 pieces.
    await stage.restart({ terminate: { cap: { size: 3, status: 413 } } })
    writeIds(known(3000))
    const r = await stage.run({ 'targets-file': 'ids.json', 'verify-targets': 'false' })
    expect(r.code).toBe(1)
    const result = JSON.parse(r.outputs.result ?? '')
    expect(result.splitting.pieces).toBeLessThanOrEqual(1000 + 3)
    expect(result.splitting.notIsolated).toBeGreaterThan(0)
    expect(result.counts.failed).toBe(result.splitting.notIsolated)
    expect(result.counts.accepted + result.counts.failed).toBe(3000)
    expect(posts()).toHaveLength(result.users.batchCounts.sent + result.users.batchCounts.pieces)
    expect(r.stdout).toContain(
      `::warning title=Refusals not isolated::${result.splitting.notIsolated.toLocaleString('en-US')} targets of requests Box refused were not sent again in smaller pieces`
    )
    expect(r.summary).toContain('were not sent again in smaller pieces')
    // The remainder is exactly what Box did not accept.
    const accepted = new Set(
      posts()
        .filter(q => q.status === 202)
        .flatMap(q => (q.json as Body).user_ids ?? [])
    )
    const file = r.outputs['failed-targets-file'] ?? ''
    const left = (JSON.parse(fs.readFileSync(file, 'utf8')) as Body).user_ids ?? []
    expect(left).toHaveLength(result.counts.failed)
    expect(left.filter(id => accepted.has(id))).toEqual([])
    expect(accepted.size).toBe(result.counts.accepted)
  })

  it('takes Box’s message as it wrote it, its newline included', async () => {
    await stage.restart({ terminate: { message: 'newline' } })
    const r = await stage.run({ 'user-ids': '10000001', 'verify-targets': 'false' })
    expect(r.code).toBe(0)
    expect(r.outputs.message).toBe(
      'Request is successful,\nplease check the admin events for the status of the job'
    )
  })
})
