import { describe, expect, it } from '@jest/globals'
import type { AuthSettings } from '../../src/auth/settings.js'
import { readAnswer, text, type Answer, type Json } from '../../src/box/answer.js'
import {
  describeHttpFailure,
  isBoxNotFound,
  readErrorBody,
  statusHint
} from '../../src/box/failure-text.js'
import {
  readEntries,
  readGroup,
  readTotalCount,
  readUser,
  type BoxUser
} from '../../src/box/objects.js'
import { findUserByLogin } from '../../src/box/endpoints/find-user-by-login.js'
import { listGroups } from '../../src/box/endpoints/list-groups.js'
import { listUsers } from '../../src/box/endpoints/list-users.js'
import { getActingEnterprise, getCurrentUser } from '../../src/box/endpoints/users-me.js'
import {
  countedBound,
  countEntries,
  MAX_LISTING_PAGES,
  MAX_OFFSET,
  MAX_SEARCH_PAGES,
  PAGE_SIZE,
  readMarkerPages,
  readOffsetPages,
  type PageBound
} from '../../src/box/paging.js'
import { NetworkError } from '../../src/errors.js'
import type { Transport } from '../../src/net/http.js'
import { testClient } from '../helpers/box-client.js'
import { boxError, json, scriptedTransport } from '../helpers/fake-transport.js'

const users = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    type: 'user',
    id: String(from + i),
    login: `u${from + i}@example.com`
  }))
const markerPage = (entries: unknown[], next?: string) =>
  json(200, { entries, limit: PAGE_SIZE, ...(next === undefined ? {} : { next_marker: next }) })
const offsetPage = (entries: unknown[], total?: number) =>
  json(200, { entries, ...(total === undefined ? {} : { total_count: total }) })
const listing = { method: 'GET' as const, path: 'users', query: { fields: ['id', 'login'] } }
const errorOf = (answer: Answer<unknown>) => (answer.ok ? '' : answer.error)

describe('what a failure from Box says', () => {
  const users = 'users/terminate_sessions'
  it.each<[number, string, AuthSettings['method'], boolean, string]>([
    [404, 'users/9', 'token', false, 'this 404 did not carry Box’s error body'],
    [404, 'users/9', 'token', true, 'a target does not exist in this enterprise'],
    [401, 'users', 'token', true, 'the access token in box-token is invalid or has expired'],
    [401, 'users', 'ccg', true, 'Box refused a freshly issued token'],
    [403, users, 'ccg', false, 'allowed to manage users, and the app needs the "Manage users"'],
    [403, 'groups/terminate_sessions', 'jwt', true, 'allowed to manage groups'],
    [400, users, 'ccg', true, 'Box refused the request; check the targets'],
    [429, users, 'ccg', true, 'Box kept rate-limiting'],
    [500, users, 'ccg', true, 'Box kept failing'],
    [599, users, 'ccg', true, 'Box kept failing']
  ])('hints after a %i on %s (%s, Box’s body: %s)', (status, path, auth, fromBox, hint) => {
    expect(statusHint(status, path, auth, fromBox)).toContain(hint)
  })

  it.each([409, 499, 200])('has no hint after a %i', status => {
    expect(statusHint(status, users, 'ccg', true)).toBeUndefined()
  })

  it('names the status, Box’s code, message and request id, the attempts, then the hint', () => {
    const response = json(503, {
      type: 'error',
      code: 'unavailable',
      message: 'Down for a moment',
      request_id: 'r1'
    })
    expect(describeHttpFailure('users', response, 3, 'ccg')).toBe(
      'Box API 503 unavailable on users: Down for a moment (request id r1) after 3 attempts. Hint: Box kept failing; check https://status.box.com and run again'
    )
    expect(describeHttpFailure('users', json(409), 1, 'ccg')).toBe('Box API 409 on users')
  })

  it('leaves out Box’s empty fields and takes the request id from the header when the body has none', () => {
    const response = json(
      409,
      { type: 'error', code: '', message: '', request_id: 7 },
      { 'box-request-id': 'h1' }
    )
    expect(readErrorBody(response)).toEqual({
      isBoxError: true,
      code: undefined,
      message: undefined,
      requestId: 'h1'
    })
    expect(describeHttpFailure('users', response, 1, 'ccg')).toBe(
      'Box API 409 on users (request id h1)'
    )
  })

  it('calls every 3xx a redirect, quoting its Location as it came and cut at 300 characters', () => {
    const redirect = (status: number, location?: string) =>
      describeHttpFailure('users', json(status, undefined, location ? { location } : {}), 1, 'ccg')
    expect(redirect(300)).toBe(
      'Box API 300 redirect on users: redirects are not followed, so the token never leaves base-url; check base-url'
    )
    expect(redirect(399, 'not a url')).toMatch(/^Box API 399 redirect on users to not a url: /)
    // Never parsed: a URL parser would lower-case the host, changing text already redacted.
    expect(redirect(308, 'https://***.Elsewhere.example/a?token=x')).toMatch(
      /^Box API 308 redirect on users to https:\/\/\*\*\*\.Elsewhere\.example\/a\?token=x: /
    )
    const long = `https://x.example/${'a'.repeat(400)}`
    expect(redirect(302, long)).toContain(` to ${long.slice(0, 300)}: redirects are not followed`)
    expect(redirect(400)).toBe(
      'Box API 400 on users. Hint: Box refused the request; check the targets'
    )
  })

  it('says not found only for a 404 with Box’s error body and the code not_found', () => {
    expect(isBoxNotFound(boxError(404, 'not_found'))).toBe(true)
    expect(isBoxNotFound(boxError(410, 'not_found'))).toBe(false)
    expect(isBoxNotFound(boxError(404, 'trashed'))).toBe(false)
    expect(isBoxNotFound(json(404, { code: 'not_found' }))).toBe(false)
    expect(isBoxNotFound(json(404))).toBe(false)
  })
})

describe('reading an answer', () => {
  const facts = { status: 200, attempts: 1, durationMs: 5, sent: true }
  it('fails a 2xx it cannot read, in Box’s own warning when there is one', () => {
    const unreadable: Answer<Json | undefined> = { ...facts, ok: true, value: { name: 'x' } }
    expect(readAnswer(unreadable, readUser, 'users/{user_id}')).toEqual({
      ...facts,
      ok: false,
      error: "Box's answer on users/{user_id} could not be read"
    })
    const warned: Answer<Json | undefined> = {
      ...facts,
      ok: true,
      value: undefined,
      warning: 'Box answered 200 on users/5 without a JSON body'
    }
    expect(errorOf(readAnswer(warned, readUser, 'users/{user_id}'))).toBe(
      'Box answered 200 on users/5 without a JSON body'
    )
    const read = readAnswer(
      { ...facts, ok: true, value: { type: 'user', id: 5, login: 'a@b.co' } },
      readUser,
      'users/{user_id}'
    )
    expect(read).toMatchObject({ ok: true, value: { id: '5', login: 'a@b.co' } })
  })

  it('reads a field as text when it is a string or a number, and as nothing otherwise', () => {
    expect([text('a'), text(5), text(null), text(true), text({}), text(undefined)]).toEqual([
      'a',
      '5',
      '',
      '',
      '',
      ''
    ])
  })
})

describe('reading Box’s objects', () => {
  it('reads a user or a group only when it has an ID, a number included', () => {
    expect(readUser({ id: 7, name: 'Ada', login: 'a@b.co', status: 'active' })).toEqual({
      id: '7',
      name: 'Ada',
      login: 'a@b.co',
      status: 'active',
      role: ''
    })
    expect(readUser({ id: '', login: 'a@b.co' })).toBeUndefined()
    expect(readGroup({ id: '9', name: 'Ops', extra: 1 })).toEqual({ id: '9', name: 'Ops' })
    expect(readGroup({ name: 'Ops' })).toBeUndefined()
  })

  it('keeps the entries it can read, and has none when entries is not a list', () => {
    const page = { entries: [{ id: '1' }, null, 'x', ['2'], { name: 'no id' }, { id: 3 }] }
    expect(readEntries(page, readGroup)).toEqual([
      { id: '1', name: '' },
      { id: '3', name: '' }
    ])
    expect(readEntries({ entries: {} }, readGroup)).toBeUndefined()
    expect(readEntries({}, readGroup)).toBeUndefined()
  })

  it('takes total_count only as a whole number of at least zero', () => {
    expect(
      [0, 12, -1, 1.5, '3', null, Number.MAX_SAFE_INTEGER + 2].map(total_count =>
        readTotalCount({ total_count })
      )
    ).toEqual([0, 12, undefined, undefined, undefined, undefined, undefined])
  })
})

/** A bound no test here reaches, and how the listings name a user. */
const WIDE = { pages: 1000 }
const byId = (user: { id: string }) => user.id
/** A marker-paged read of users over scripted answers, as the listings make it. */
const markerPages = (
  transport: Transport,
  onPage: (users: BoxUser[]) => boolean | void = () => undefined,
  bound: PageBound = WIDE
) => readMarkerPages(testClient(transport).client, listing, readUser, onPage, bound, byId)
/** An offset-paged read of users over scripted answers. */
const offsetPages = (transport: Transport, onPage: (users: BoxUser[]) => void = () => undefined) =>
  readOffsetPages(testClient(transport).client, listing, readUser, onPage, WIDE)

describe('paging that Box never ends', () => {
  const endless = (pages: number, size = 2) =>
    Array.from({ length: pages }, (_, i) => markerPage(users(i * size, size), `m${i + 1}`))

  it('stops a listing whose marker is new on every page at its page bound', async () => {
    const { transport, requests } = scriptedTransport(...endless(10))
    const answer = await markerPages(transport, () => undefined, { pages: 3 })
    expect(requests).toHaveLength(3)
    expect(errorOf(answer)).toBe(
      'the read of users reached its page bound, 3 pages, and Box still gave a next page, so it was stopped there'
    )
  })

  it('stops past Box’s count and a margin, and bounds a counted listing by max(1,000, 1 %)', async () => {
    const { transport, requests } = scriptedTransport(...endless(10, 4))
    const answer = await markerPages(transport, () => undefined, { pages: 100, entries: 10 })
    expect(requests).toHaveLength(3)
    expect(errorOf(answer)).toContain(
      "reached its page bound, 10 entries (Box's count and a margin)"
    )
    expect(countedBound(50_000)).toEqual({ entries: 51_000, pages: 52 })
    expect(countedBound(200_000)).toEqual({ entries: 202_000, pages: 203 })
    expect(countedBound(0)).toEqual({ entries: 1000, pages: 2 })
  })

  it('stops at a page that holds only the IDs of the page before, and ends at an empty page', async () => {
    const same = scriptedTransport(markerPage(users(1, 2), 'a'), markerPage(users(1, 2), 'b'))
    const repeated = await markerPages(same.transport)
    expect(errorOf(repeated)).toBe('Box gave the same page twice while paging users')
    const empty = scriptedTransport(markerPage(users(1, 2), 'a'), markerPage([], 'b'))
    const ended = await markerPages(empty.transport)
    expect(ended).toMatchObject({ ok: true, value: { complete: true, pages: 2 } })
  })

  it('searches for a login 20 pages at most, then leaves it unverified, never not found', async () => {
    const { transport, requests } = scriptedTransport(...endless(MAX_SEARCH_PAGES + 5))
    const answer = await findUserByLogin(testClient(transport).client, 'nobody@example.com')
    expect(requests).toHaveLength(MAX_SEARCH_PAGES)
    expect(answer).toMatchObject({ ok: false })
    expect(answer).not.toHaveProperty('notFound')
    expect(errorOf(answer)).toContain('reached its page bound, 20 pages')
  })

  it('leaves a login unverified, never not found, when a credential was removed from a login Box sent', async () => {
    const page = {
      ...json(200, { entries: [{ type: 'user', id: '7', login: '***@example.com' }] }),
      redactedFields: ['login']
    }
    const { transport } = scriptedTransport(page)
    const answer = await findUserByLogin(testClient(transport).client, 'carol1@example.com')
    expect(answer).toMatchObject({ ok: false, redactedFields: ['login'] })
    expect(answer).not.toHaveProperty('notFound')
    expect(errorOf(answer)).toBe(
      "a credential the action holds matched the login field of Box's answer and was removed from it, so Box's search cannot say whether carol1@example.com exists"
    )
    // The same page with no credential removed: not found.
    const plain = scriptedTransport(
      json(200, { entries: [{ type: 'user', id: '7', login: 'x@example.com' }] })
    )
    const missing = await findUserByLogin(testClient(plain.transport).client, 'carol1@example.com')
    expect(missing).toMatchObject({ ok: false, notFound: true })
    expect(errorOf(missing)).toBe('no Box user has the login carol1@example.com')
  })

  it('says a credential was removed when an answer it removed a field from cannot be read', () => {
    const facts = { status: 200, attempts: 1, durationMs: 5, sent: true, redactedFields: ['id'] }
    const answer = readAnswer(
      { ...facts, ok: true, value: { '***': '5' } },
      readUser,
      'users/{user_id}'
    )
    expect(errorOf(answer)).toBe(
      "a credential the action holds matched the id field of Box's answer on users/{user_id} and was removed from it, so the answer could not be read"
    )
  })

  it('advances offsets by the limit Box answered', async () => {
    const page = (from: number) =>
      json(200, { entries: users(from, 500), total_count: 1500, limit: 500 })
    const { transport, requests } = scriptedTransport(page(0), page(500), page(1000))
    const answer = await offsetPages(transport)
    expect(answer).toMatchObject({ ok: true, value: { complete: true, pages: 3 } })
    expect(requests.map(r => new URL(r.url).searchParams.get('offset'))).toEqual([
      '0',
      '500',
      '1000'
    ])
  })
})

describe('paging', () => {
  it('reads marker pages until Box gives no marker, and sums the attempts and time of every page', async () => {
    const { transport, requests } = scriptedTransport(
      json(503, {}, { 'retry-after': '2' }),
      markerPage(users(1, 2), 'm2'),
      markerPage(users(3, 1), '')
    )
    const seen: string[] = []
    const answer = await markerPages(transport, page => void seen.push(...page.map(u => u.id)))
    expect(answer).toMatchObject({
      ok: true,
      value: { complete: true, pages: 2 },
      attempts: 3,
      durationMs: 2000,
      sent: true,
      status: 200
    })
    expect(seen).toEqual(['1', '2', '3'])
    expect(requests.map(r => new URL(r.url).search)).toEqual([
      '?fields=id,login&usemarker=true&limit=1000',
      '?fields=id,login&usemarker=true&limit=1000',
      '?fields=id,login&usemarker=true&limit=1000&marker=m2'
    ])
  })

  it('stops when the reader of pages has what it wants', async () => {
    const { transport, requests } = scriptedTransport(markerPage(users(1, 2), 'm2'))
    const answer = await markerPages(transport, () => true)
    expect(answer).toMatchObject({ ok: true, value: { complete: false, pages: 1 } })
    expect(requests).toHaveLength(1)
  })

  it('fails a listing whose marker comes back, or whose page holds no entries', async () => {
    const looping = scriptedTransport(markerPage(users(1, 1), 'm1'), markerPage(users(2, 1), 'm1'))
    const loop = await markerPages(looping.transport)
    expect(loop).toMatchObject({ ok: false, attempts: 2, status: 200 })
    expect(errorOf(loop)).toBe('Box gave the same marker twice while paging users')

    const empty = scriptedTransport(json(200, { limit: 1000 }))
    const answer = await markerPages(empty.transport)
    expect(errorOf(answer)).toBe("Box's page of users has no entries")
  })

  it('fails the whole listing when a page fails, with that page’s status', async () => {
    const { transport } = scriptedTransport(
      markerPage(users(1, 1), 'm1'),
      boxError(403, 'access_denied_insufficient_permissions')
    )
    const answer = await markerPages(transport)
    expect(answer).toMatchObject({ ok: false, status: 403, attempts: 2, sent: true })
  })

  it('reads offset pages up to total_count, or to an empty page', async () => {
    const full = scriptedTransport(
      offsetPage(users(0, PAGE_SIZE), 2 * PAGE_SIZE),
      offsetPage(users(PAGE_SIZE, PAGE_SIZE), 2 * PAGE_SIZE)
    )
    let count = 0
    const answer = await offsetPages(full.transport, page => void (count += page.length))
    expect(answer).toMatchObject({ ok: true, value: { complete: true, pages: 2 } })
    expect(count).toBe(2 * PAGE_SIZE)
    expect(full.requests.map(r => new URL(r.url).searchParams.get('offset'))).toEqual(['0', '1000'])

    const short = scriptedTransport(offsetPage(users(0, 3), 5000), offsetPage([], 5000))
    const stopped = await offsetPages(short.transport)
    expect(stopped).toMatchObject({ ok: true, value: { complete: true, pages: 2 } })
  })

  it('reads no offset past 10,000, and says the listing is not complete', async () => {
    const pages = MAX_OFFSET / PAGE_SIZE + 1
    const { transport, requests } = scriptedTransport(
      ...Array.from({ length: pages }, (_, i) =>
        offsetPage(users(i * PAGE_SIZE, PAGE_SIZE), 20_000)
      )
    )
    const answer = await offsetPages(transport)
    expect(answer).toMatchObject({ ok: true, value: { complete: false, pages } })
    expect(requests.at(-1)?.url).toContain(`offset=${MAX_OFFSET}`)
  })

  it('fails an offset page without total_count or entries, and a failed page', async () => {
    const cases = [offsetPage(users(0, 1)), json(200, { total_count: 4 }), json(200)]
    for (const page of cases) {
      const { transport } = scriptedTransport(page)
      const answer = await offsetPages(transport)
      expect(answer).toMatchObject({ ok: false, attempts: 1, status: 200 })
    }
    const { transport } = scriptedTransport(offsetPage(users(0, 1)))
    const answer = await offsetPages(transport)
    expect(errorOf(answer)).toBe("Box's page of users has no entries or total_count")
    const failed = scriptedTransport(boxError(400, 'bad_request'))
    const refused = await offsetPages(failed.transport)
    expect(refused).toMatchObject({ ok: false, status: 400 })
    // A refused page fails in Box's words, not as a page that could not be read.
    expect(errorOf(refused)).toMatch(/^Box API 400 bad_request on users/)
  })

  it('counts a listing in one request for one entry', async () => {
    const { transport, requests } = scriptedTransport(
      offsetPage(users(0, 1), 1234),
      offsetPage(users(0, 1)),
      boxError(403, 'forbidden')
    )
    const { client } = testClient(transport)
    expect(await countEntries(client, listing)).toMatchObject({ ok: true, value: 1234 })
    expect(new URL(requests[0]?.url ?? '').search).toBe('?fields=id,login&limit=1&offset=0')
    const missing = await countEntries(client, listing)
    expect(missing).toMatchObject({ ok: false, status: 200 })
    expect(errorOf(missing)).toBe("Box's answer on users has no total_count")
    expect(await countEntries(client, listing)).toMatchObject({ ok: false, status: 403 })
  })
})

describe('the edges of a paged read', () => {
  const offsets = (requests: { url: string }[]) =>
    requests.map(r => new URL(r.url).searchParams.get('offset'))

  it('goes on past a page that repeats some IDs of the page before among new ones', async () => {
    const { transport, requests } = scriptedTransport(
      markerPage(users(1, 2), 'a'),
      markerPage(users(2, 2), 'b'),
      markerPage(users(4, 1))
    )
    const answer = await markerPages(transport)
    expect(answer).toMatchObject({ ok: true, value: { complete: true, pages: 3 } })
    expect(requests).toHaveLength(3)
  })

  it('reads on while the entries read are exactly Box’s count and a margin, and stops past them', async () => {
    const { transport, requests } = scriptedTransport(
      markerPage(users(0, 2), 'm1'),
      markerPage(users(2, 2), 'm2'),
      markerPage(users(4, 2), 'm3')
    )
    const answer = await markerPages(transport, () => undefined, { pages: 100, entries: 4 })
    expect(requests).toHaveLength(3)
    expect(errorOf(answer)).toContain('reached its page bound, 4 entries')
  })

  it('advances by Box’s limit when a page holds fewer entries than the limit', async () => {
    const page = (from: number) =>
      json(200, { entries: users(from, 2), total_count: 2500, limit: PAGE_SIZE })
    const { transport, requests } = scriptedTransport(page(0), page(1000), page(2000))
    const answer = await offsetPages(transport)
    expect(answer).toMatchObject({ ok: true, value: { complete: true, pages: 3 } })
    expect(offsets(requests)).toEqual(['0', '1000', '2000'])
  })

  it.each([
    ['text', '1000'],
    ['zero', 0],
    ['negative', -5],
    ['not whole', 2.5],
    ['past a safe integer', 2 ** 53]
  ])('advances by the entries received when Box’s limit is %s', async (_, limit) => {
    const page = (from: number) => json(200, { entries: users(from, 2), total_count: 4, limit })
    const { transport, requests } = scriptedTransport(page(0), page(2))
    const answer = await offsetPages(transport)
    expect(answer).toMatchObject({ ok: true, value: { complete: true, pages: 2 } })
    expect(offsets(requests)).toEqual(['0', '2'])
  })

  it('stops an offset listing at exactly its page bound, not complete', async () => {
    const { transport, requests } = scriptedTransport(
      ...Array.from({ length: 4 }, (_, i) => offsetPage(users(i * PAGE_SIZE, PAGE_SIZE), 9000))
    )
    const { client } = testClient(transport)
    const answer = await readOffsetPages(client, listing, readUser, () => undefined, { pages: 2 })
    expect(answer).toMatchObject({ ok: true, value: { complete: false, pages: 2 } })
    expect(requests).toHaveLength(2)
  })

  it('names the fields a credential was removed from on any page, and none when nothing was removed', async () => {
    const redacted = scriptedTransport(
      { ...markerPage(users(1, 1), 'm1'), redactedFields: ['login'] },
      markerPage(users(2, 1))
    )
    expect(await markerPages(redacted.transport)).toMatchObject({
      ok: true,
      redactedFields: ['login']
    })
    const plain = scriptedTransport(markerPage(users(1, 1), 'm1'), markerPage(users(2, 1)))
    expect(await markerPages(plain.transport)).not.toHaveProperty('redactedFields')
  })

  it('says a read was not sent when its only request never reached Box', async () => {
    const refused = new NetworkError('connect ECONNREFUSED', 'ECONNREFUSED', true, false)
    const { transport } = scriptedTransport(refused)
    const { client } = testClient(transport, { maxRetries: 0 })
    const answer = await readMarkerPages(client, listing, readUser, () => undefined, WIDE, byId)
    expect(answer).toMatchObject({ ok: false, sent: false, attempts: 1 })
  })
})

describe('the bound of an enterprise listing', () => {
  const endlessUsers = (pages: number) =>
    Array.from({ length: pages }, (_, i) => markerPage(users(i, 1), `m${i + 1}`))
  const endlessGroups = (pages: number) =>
    Array.from({ length: pages }, (_, i) =>
      json(200, { entries: users(i, 1).map(u => ({ ...u, type: 'group' })), total_count: 50 })
    )

  it('bounds a listing of users by the count Box gave, and by 10,000 pages without one', async () => {
    const counted = scriptedTransport(...endlessUsers(5))
    const answer = await listUsers(testClient(counted.transport).client, () => undefined, 0)
    expect(errorOf(answer)).toContain('reached its page bound, 2 pages')
    expect(counted.requests).toHaveLength(2)

    const uncounted = scriptedTransport(...endlessUsers(MAX_LISTING_PAGES + 1))
    const endless = await listUsers(testClient(uncounted.transport).client, () => undefined)
    expect(errorOf(endless)).toContain(`reached its page bound, ${MAX_LISTING_PAGES} pages`)
    expect(uncounted.requests).toHaveLength(MAX_LISTING_PAGES)
  })

  it('bounds a listing of groups by the count Box gave, and reads on without one', async () => {
    const counted = scriptedTransport(...endlessGroups(5))
    const answer = await listGroups(testClient(counted.transport).client, () => undefined, 0)
    expect(answer).toMatchObject({ ok: true, value: { complete: false, pages: 2 } })
    expect(counted.requests).toHaveLength(2)

    const uncounted = scriptedTransport(...endlessGroups(50))
    const read = await listGroups(testClient(uncounted.transport).client, () => undefined)
    expect(read).toMatchObject({ ok: true, value: { complete: true, pages: 50 } })
  })
})

describe('who the token acts as', () => {
  const me = { type: 'user', id: '5', name: 'Ada', login: 'ada@example.com', role: 'admin' }

  it('reads users/me as an identity without a status, and with an enterprise only when Box names one', async () => {
    const { transport, requests } = scriptedTransport(
      json(200, { ...me, status: 'active', enterprise: { type: 'enterprise', id: '9' } }),
      json(200, { ...me, status: 'active' })
    )
    const { client } = testClient(transport)
    const named = await getCurrentUser(client)
    expect(named).toMatchObject({ ok: true })
    expect(named.ok && named.value).toStrictEqual({
      id: '5',
      name: 'Ada',
      login: 'ada@example.com',
      role: 'admin',
      enterprise: '9'
    })
    const unnamed = await getCurrentUser(client)
    expect(unnamed.ok && unnamed.value).toStrictEqual({
      id: '5',
      name: 'Ada',
      login: 'ada@example.com',
      role: 'admin'
    })
    expect(requests.map(r => r.method)).toEqual(['GET', 'GET'])
  })

  it('names users/me in what it could not read, and in its retry notices', async () => {
    const { transport, requests } = scriptedTransport(
      json(200, { type: 'user' }),
      json(503, {}, { 'retry-after': '0' }),
      json(200, { type: 'user' })
    )
    const { client, retries } = testClient(transport)
    expect(errorOf(await getCurrentUser(client))).toBe("Box's answer on users/me could not be read")
    expect(errorOf(await getActingEnterprise(client))).toBe(
      "Box's answer on users/me could not be read"
    )
    expect(retries.map(([label]) => label)).toEqual(['users/me (its enterprise)'])
    expect(requests.map(r => r.method)).toEqual(['GET', 'GET', 'GET'])
  })
})
