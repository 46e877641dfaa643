import { facts, type Answer, type CallFacts, type Json } from './answer.js'
import type { BoxCall, BoxClient } from './client.js'
import { readEntries, readTotalCount } from './objects.js'

/** Box's largest page for the listings this action reads. */
export const PAGE_SIZE = 1000
/** Box refuses an offset past this. */
export const MAX_OFFSET = 10_000

/** The most pages an enterprise listing reads when Box gave no count to bound it by. */
export const MAX_LISTING_PAGES = 10_000
/** The most pages a search for one login reads. */
export const MAX_SEARCH_PAGES = 20

/**
 * How far a paged read may go, whatever Box answers: a listing whose marker is new on every page
 * would otherwise never end. `entries`, when Box gave a count: that count and a margin.
 */
export interface PageBound {
  pages: number
  entries?: number
}

/** The bound of a listing Box counted: its count plus max(1,000, 1 %) entries, and their pages. */
export function countedBound(count: number): PageBound {
  const entries = count + Math.max(1000, Math.ceil(count / 100))
  return { entries, pages: Math.ceil(entries / PAGE_SIZE) + 1 }
}

/** How a paged read ended: every page read, or `onPage` asked to stop; and how many pages it took. */
export interface PagesRead {
  complete: boolean
  pages: number
}

/**
 * Reads a marker-paged listing (`usemarker=true`, then `marker`), handing each page's entries to
 * `onPage`, until Box gives no next marker, a page holds no entries, or `onPage` returns true.
 * Any failed page fails the whole read, and so does passing `bound` or a page that holds only the
 * IDs of the page before (`idOf`): Box paging without end.
 */
export async function readMarkerPages<T>(
  client: BoxClient,
  call: BoxCall,
  read: (entry: Json) => T | undefined,
  onPage: (entries: T[]) => boolean | void,
  bound: PageBound,
  idOf: (entry: T) => string
): Promise<Answer<PagesRead>> {
  const totals = running()
  let marker: string | undefined
  const seen = new Set<string>()
  let before = new Set<string>()
  let entriesRead = 0
  for (;;) {
    const query = { ...call.query, usemarker: true, limit: PAGE_SIZE }
    const answer = await client.call({ ...call, query: marker ? { ...query, marker } : query })
    totals.add(answer)
    if (!answer.ok) return { ...answer, ...totals.summed() }
    const page = answer.value
    const entries = page && readEntries(page, read)
    if (!page || !entries)
      return totals.failure(answer.warning ?? `Box's page of ${call.path} has no entries`)
    const ids = new Set(entries.map(idOf))
    if (entries.length > 0 && [...ids].every(id => before.has(id)))
      return totals.failure(`Box gave the same page twice while paging ${call.path}`)
    before = ids
    entriesRead += entries.length
    if (onPage(entries) === true)
      return { ok: true, value: { complete: false, pages: totals.calls }, ...totals.summed() }
    const next = typeof page.next_marker === 'string' ? page.next_marker : ''
    if (next === '' || entries.length === 0)
      return { ok: true, value: { complete: true, pages: totals.calls }, ...totals.summed() }
    if (seen.has(next))
      return totals.failure(`Box gave the same marker twice while paging ${call.path}`)
    const passed =
      bound.entries !== undefined && entriesRead > bound.entries
        ? `${bound.entries} entries (Box's count and a margin)`
        : totals.calls >= bound.pages
          ? `${bound.pages} pages`
          : undefined
    if (passed)
      return totals.failure(
        `the read of ${call.path} reached its page bound, ${passed}, and Box still gave a next page, so it was stopped there`
      )
    seen.add(next)
    marker = next
  }
}

/**
 * Reads an offset-paged listing, handing each page's entries to `onPage`. The offset advances by
 * the `limit` Box answered when it is a positive integer, else by the entries received; a page of
 * no entries ends the listing. Box refuses offsets past 10,000, so a listing longer than that is
 * read only in part (`complete: false`); so is one that passes `bound`.
 */
export async function readOffsetPages<T>(
  client: BoxClient,
  call: BoxCall,
  read: (entry: Json) => T | undefined,
  onPage: (entries: T[]) => void,
  bound: PageBound
): Promise<Answer<PagesRead>> {
  const totals = running()
  for (let offset = 0; ;) {
    const answer = await client.call({
      ...call,
      query: { ...call.query, limit: PAGE_SIZE, offset }
    })
    totals.add(answer)
    if (!answer.ok) return { ...answer, ...totals.summed() }
    const page = answer.value
    const entries = page && readEntries(page, read)
    const total = page && readTotalCount(page)
    if (!page || !entries || total === undefined) {
      return totals.failure(
        answer.warning ?? `Box's page of ${call.path} has no entries or total_count`
      )
    }
    onPage(entries)
    const limit = page.limit
    const step =
      typeof limit === 'number' && Number.isSafeInteger(limit) && limit > 0 ? limit : entries.length
    const end = offset + step
    if (end >= total || entries.length === 0) {
      return { ok: true, value: { complete: true, pages: totals.calls }, ...totals.summed() }
    }
    if (end > MAX_OFFSET || totals.calls >= bound.pages) {
      return { ok: true, value: { complete: false, pages: totals.calls }, ...totals.summed() }
    }
    offset = end
  }
}

/** Box's total_count of a listing, from one offset-paged request for one entry. */
export async function countEntries(client: BoxClient, call: BoxCall): Promise<Answer<number>> {
  const answer = await client.call({ ...call, query: { ...call.query, limit: 1, offset: 0 } })
  if (!answer.ok) return answer
  const total = answer.value && readTotalCount(answer.value)
  if (total === undefined) {
    const error = answer.warning ?? `Box's answer on ${call.path} has no total_count`
    return { ...facts(answer), ok: false, error }
  }
  return { ...facts(answer), ok: true, value: total }
}

/** The facts of a read of many pages, kept as running totals rather than one per page. */
function running() {
  let last: CallFacts = { attempts: 0, durationMs: 0, sent: false }
  let attempts = 0
  let durationMs = 0
  let sent = false
  let calls = 0
  const redacted = new Set<string>()
  const summed = (): CallFacts => ({
    ...facts(last),
    attempts,
    durationMs,
    sent,
    ...(redacted.size > 0 ? { redactedFields: [...redacted] } : {})
  })
  return {
    get calls() {
      return calls
    },
    add(answer: CallFacts) {
      calls++
      last = answer
      attempts += answer.attempts
      durationMs += answer.durationMs
      sent ||= answer.sent
      for (const field of answer.redactedFields ?? []) redacted.add(field)
    },
    summed,
    failure: (error: string): Answer<PagesRead> => ({ ok: false, error, ...summed() })
  }
}
