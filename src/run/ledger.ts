import type { Answer } from '../box/answer.js'
import type { TerminateEndpoint } from '../box/endpoints/terminate-sessions.js'
import type { Identity } from '../box/endpoints/users-me.js'
import type { BoxObject } from '../box/objects.js'
import { kindOf, TARGET_KINDS } from '../targets/kinds.js'
import type { Target } from '../targets/target.js'

/** How each target ends: exactly one of these. */
export const OUTCOMES = ['accepted', 'not_found', 'failed', 'not_sent', 'covered'] as const
export type Outcome = (typeof OUTCOMES)[number]

/** What the lookup before termination said of a target. */
const LOOKUPS = ['found', 'not_found', 'unverified', 'skipped'] as const
export type LookupState = (typeof LOOKUPS)[number]

/** One target read, and everything the run learnt of it. */
export interface Entry {
  readonly target: Target
  lookup: LookupState
  /** Who or what Box says the target is, when found. */
  found?: BoxObject
  /** For a found group: Box's approximate member count. */
  members?: number
  /** Why the lookup could not say. */
  detail?: string
  /** The termination request that carried it. */
  batch?: Batch
  /** For a covered login: the ID target that carries its user. */
  coveredBy?: Entry
  outcome?: Outcome
}

/** One terminate_sessions request and the targets it carries. */
export interface Batch {
  endpoint: TerminateEndpoint
  /** 1-based, among the batches of its endpoint. */
  number: number
  /** How many batches its endpoint has. */
  endpointBatches: number
  entries: Entry[]
  /**
   * For a request that sends part of a planned batch again (Box refused the batch, or a size Box
   * refused was learnt before it was sent): its place among that batch's pieces, from 1.
   */
  piece?: number
  /** The pieces of a planned batch, in the order they were sent. */
  pieces?: Batch[]
  /** Whether a list the request does not need is left out of its body, instead of sent empty. */
  omitsEmpty?: true
  /** Set once its request has started: from then on Box may have it. */
  started?: true
  /** Box's answer, once it came; the value is Box's message. */
  answer?: Answer<string>
}

/** A request Box answered. */
export type AnsweredBatch = Batch & { answer: Answer<string> }

/** What sending taught the run about what Box refuses, for the log and the summary. */
export interface SplitRecord {
  /** Requests sent beyond the planned batches: pieces of refused batches, and a body tried again. */
  pieces: number
  /** Targets of refused pieces that were not split further, the run's budget of pieces spent. */
  notIsolated: number
  /** What was learnt, a line each: a size Box refuses, a body form, a refusal every target meets. */
  notes: string[]
}

/** What was chosen for the targets one listing could find (action/lookup-text.ts words it). */
export interface SourceChoice {
  /** The listing's name and noun: "users", "user". */
  name: string
  noun: string
  /** How many targets it could find. */
  targets: number
  /** Whether the enterprise is listed (else each target is looked up). */
  list: boolean
  /** Box's count of the enterprise, when it was asked and answered. */
  count?: number
  /** Why Box gave no count, when it was asked. */
  countError?: string
  /** The pages listing the enterprise takes, when it was counted. */
  pages?: number
  /** The lookups one by one that listing spares, or that are made. */
  lookups: number
}

/**
 * How the run chose to look its targets up, and from what: the decision, worded for the log and
 * the record by action/lookup-text.ts. `why` says why nothing is looked up: verify-targets is
 * false, no lookup ran, or the cheapest plan takes more requests than `maxRequests`.
 */
export interface LookupRecord {
  plan: 'none' | 'per-target' | 'listing'
  why?: 'off' | 'not-run' | 'too-costly'
  targets?: number
  /** The requests the plan takes, about: the count, pages and lookups, and users/me when asked. */
  requests?: number
  /** Whether users/me is asked which enterprise the run acts in, alongside the first lookups. */
  asksActingEnterprise?: boolean
  maxRequests?: number
  /** Whether the enterprise was counted. */
  counted?: boolean
  sources?: SourceChoice[]
  /** Each listing that stopped before its end: why, and what became of what it had not matched. */
  stopped?: string[]
}

/**
 * Everything a run did, from which the log, outputs, summary and files are all read. It is written
 * only through the functions of this module, and closed once.
 */
export interface Ledger {
  dryRun: boolean
  /** One entry per distinct target read, in input order. */
  entries: Entry[]
  batches: Batch[]
  splitting: SplitRecord
  lookups: LookupRecord
  identity?: Identity
  /** The enterprise the credentials act in, when known: a user found in another is external. */
  actingEnterprise?: string
  /** A failure that stopped the run before it terminated anything. */
  error?: string
  /** Whether a signal cut the run short. */
  cancelled: boolean
  /** Set when the signal came before the run sent anything to Box or the token endpoint. */
  cancelledBeforeSending?: true
  /** Whether the ledger is closed: every entry has its outcome. */
  closed: boolean
}

/** For a switch that must name every outcome or lookup state: the compiler finds one left out. */
export function unreachable(value: never): never {
  throw new Error(`unexpected value ${JSON.stringify(value)}`)
}

export function createLedger(targets: readonly Target[], dryRun: boolean): Ledger {
  return {
    dryRun,
    // The fields most entries get, from the start, so that an entry does not grow as the run
    // records it: a million entries stay small. The rarer fields are added where needed.
    entries: targets.map((target): Entry => ({
      target,
      lookup: 'skipped',
      found: undefined,
      batch: undefined,
      outcome: undefined
    })),
    batches: [],
    splitting: { pieces: 0, notIsolated: 0, notes: [] },
    lookups: { plan: 'none', why: 'not-run' },
    cancelled: false,
    closed: false
  }
}

/** The enterprise the credentials act in: named by them, or as Box said. */
export function recordActingEnterprise(ledger: Ledger, enterprise: string): void {
  ledger.actingEnterprise = enterprise
}

/**
 * Whether a found user belongs to another enterprise than the one the run acts in (an external
 * collaborator): Box may not end such a user's sessions. Known only when a lookup asked for the
 * user's enterprise and the acting one is known.
 */
export function isExternal(entry: Entry, ledger: Ledger): boolean {
  const theirs = entry.found?.enterprise
  const ours = ledger.actingEnterprise
  return theirs !== undefined && ours !== undefined && theirs !== ours
}

/** Who the token acts as, when the run asked (a dry run does). */
export function recordIdentity(ledger: Ledger, identity: Identity): void {
  ledger.identity = identity
}

/** How the run chose to look its targets up, before any lookup. */
export function recordLookupPlan(ledger: Ledger, record: LookupRecord): void {
  ledger.lookups = record
}

/** A listing of the enterprise that stopped before its end, in a line for the log. */
export function recordListingStopped(ledger: Ledger, line: string): void {
  ledger.lookups = { ...ledger.lookups, stopped: [...(ledger.lookups.stopped ?? []), line] }
}

/** A failure that stops the run before it terminates anything: the token, users/me, strictness. */
export function recordStopped(ledger: Ledger, error: string): void {
  ledger.error = error
}

/**
 * Records what a lookup said: found, not found (only when Box said so), or unverified. A target a
 * listing already left unverified keeps that reason before the lookup's.
 */
export function recordLookup(entry: Entry, answer: Answer<BoxObject>): void {
  if (answer.ok) {
    recordFound(entry, answer.value)
  } else if (answer.notFound) {
    entry.lookup = 'not_found'
    if (entry.detail !== undefined) delete entry.detail
  } else {
    entry.detail =
      entry.lookup === 'unverified' && entry.detail
        ? `${entry.detail}; ${answer.error}`
        : answer.error
    entry.lookup = 'unverified'
  }
}

/** A target a listing of the enterprise holds: found, as a lookup by ID or login would say. */
export function recordFound(entry: Entry, object: BoxObject): void {
  entry.lookup = 'found'
  entry.found = object
  if (entry.detail !== undefined) delete entry.detail
}

/** A target Box did not say anything of: why (a listing cut short, a cancelled run). */
export function recordUnverified(entry: Entry, detail: string): void {
  entry.lookup = 'unverified'
  entry.detail = detail
}

/** A found group's approximate member count, as Box gave it. */
export function recordMembers(entry: Entry, members: number): void {
  entry.members = members
}

/** After the lookups: a target Box itself does not know ends not found, and is not sent. */
export function settleNotFound(ledger: Ledger): void {
  for (const entry of ledger.entries) {
    if (entry.lookup === 'not_found') entry.outcome = 'not_found'
  }
}

/**
 * Just before the batches are planned: a target whose Box object is also listed by a found target
 * of the kind that covers it (a login whose user is listed by ID) ends covered, and is not sent.
 */
export function settleCovered(ledger: Ledger): void {
  const carriers = new Map<string, Entry>()
  for (const entry of ledger.entries) {
    if (entry.lookup === 'found') carriers.set(`${entry.target.kind} ${entry.target.value}`, entry)
  }
  // Only a found target carries another.
  if (carriers.size === 0) return
  for (const entry of ledger.entries) {
    const coveredBy = kindOf(entry.target.kind).coveredBy
    const carrier =
      coveredBy && entry.found ? carriers.get(`${coveredBy} ${entry.found.id}`) : undefined
    if (carrier) {
      entry.outcome = 'covered'
      entry.coveredBy = carrier
    }
  }
}

/**
 * After the lookups: a target of a kind sent as the ID Box found (see KindRow.sends) that no lookup
 * found cannot be sent; it ends failed, and a re-run sends it once it can be looked up.
 */
export function settleUnsendable(ledger: Ledger): void {
  if (!TARGET_KINDS.some(kind => kind.sends === 'found-id')) return
  for (const entry of ledger.entries) {
    if (entry.outcome === undefined && isUnsendable(entry)) entry.outcome = 'failed'
  }
}

/** A target of a kind sent as the ID Box found, which no lookup found. */
export function isUnsendable(entry: Entry): boolean {
  return kindOf(entry.target.kind).sends === 'found-id' && entry.lookup !== 'found'
}

/** The entries still to be sent: neither settled by the lookups nor covered. */
export function entriesToSend(ledger: Ledger): Entry[] {
  return ledger.entries.filter(entry => entry.outcome === undefined)
}

/** The planned termination requests: the ledger keeps them, and each entry learns its batch. */
export function recordBatches(ledger: Ledger, batches: Batch[]): void {
  ledger.batches = batches
  for (const batch of batches) for (const entry of batch.entries) entry.batch = batch
}

/**
 * A request that sends `entries` of a planned batch again, or in parts: it becomes the batch's next
 * piece. Its targets learn it when it starts.
 */
export function recordPiece(
  ledger: Ledger,
  planned: Batch,
  entries: Entry[],
  omitsEmpty: boolean,
  /** False for a piece that stands in for its planned batch's own request. */
  extra = true
): Batch {
  const pieces = (planned.pieces ??= [])
  const piece: Batch = {
    endpoint: planned.endpoint,
    number: planned.number,
    endpointBatches: planned.endpointBatches,
    piece: pieces.length + 1,
    entries,
    ...(omitsEmpty ? { omitsEmpty: true as const } : {})
  }
  pieces.push(piece)
  if (extra) ledger.splitting.pieces++
  return piece
}

/** A line of what sending taught the run (recordPiece counts the pieces). */
export function recordSplitNote(ledger: Ledger, note: string): void {
  ledger.splitting.notes.push(note)
}

/**
 * Makes `request` the one whose answer its targets end by again: after a body Box refused was
 * tried once more in another form and refused too, Box's words on the body as first sent count.
 */
export function recordCarrier(request: Batch): void {
  for (const entry of request.entries) entry.batch = request
}

/** Targets of a refused piece not split further: the budget of pieces is spent. */
export function recordNotIsolated(ledger: Ledger, count: number): void {
  ledger.splitting.notIsolated += count
}

/** A batch's request has started: from now on, Box may have it, and a piece carries its targets. */
export function recordBatchStarted(batch: Batch): void {
  batch.started = true
  if (batch.piece !== undefined) for (const entry of batch.entries) entry.batch = batch
}

/**
 * Box refused a request whose targets may still be sent again in pieces: its answer is kept, and
 * its targets end only once the run will not send them again (settleRefused).
 */
export function recordRefusal(batch: Batch, answer: Answer<string>): void {
  batch.answer = answer
}

/**
 * The targets whose last request Box refused, once none of them will be sent again: each ends as
 * that request's answer says (refusedOutcome).
 */
export function settleRefused(entries: readonly Entry[]): void {
  for (const entry of entries) {
    const answer = entry.batch?.answer
    if (entry.outcome === undefined && entry.batch && answer && !answer.ok) {
      entry.outcome = refusedOutcome(entry.batch, answer)
    }
  }
}

/**
 * How a target of a request Box did not accept ends: not sent when the run was cancelled before the
 * request reached Box; not found when it was the request's only target and Box's own 404 said so;
 * else failed.
 */
function refusedOutcome(batch: Batch, answer: Extract<Answer<string>, { ok: false }>): Outcome {
  if (answer.cancelled && !answer.sent) return 'not_sent'
  if (answer.notFound && batch.entries.length === 1) return 'not_found'
  return 'failed'
}

/**
 * Records Box's answer to a batch: a 2xx terminates its targets; a failure leaves them failed, or
 * not sent when the run was cancelled before the request reached Box.
 */
export function recordBatch(batch: Batch, answer: Answer<string>): void {
  batch.answer = answer
  const outcome: Outcome = answer.ok ? 'accepted' : refusedOutcome(batch, answer)
  for (const entry of batch.entries) entry.outcome = outcome
}

/**
 * The first signal: from now on no request starts, so the run is cancelled and every target whose
 * request has not started ends `not_sent` at once; those in flight end as Box answers, or at the
 * cut (settleCancelled). Their rows can then be written while the requests in flight finish.
 */
export function settleNotStarted(ledger: Ledger): void {
  // A signal while the record is being written changes nothing of it.
  if (ledger.closed) return
  ledger.cancelled = true
  for (const entry of ledger.entries) {
    if (entry.outcome === undefined && entry.batch && !entry.batch.started) {
      entry.outcome = 'not_sent'
    }
  }
  // Targets of a refused request that would have been sent again in pieces: no piece starts now.
  settleRefused(ledger.entries)
}

/**
 * A run a signal cut short, once nothing of it is in flight: it is recorded as cancelled, and every
 * target without an outcome yet was never sent.
 */
export function settleCancelled(ledger: Ledger): void {
  ledger.cancelled = true
  // A request that started and got no answer may have reached Box: failed, never "not sent".
  for (const entry of ledger.entries) {
    if (entry.outcome === undefined && entry.batch?.started && !entry.batch.answer) {
      entry.outcome = 'failed'
    }
  }
  settleUnsent(ledger)
}

/** A signal came before anything was sent: every target is not sent. */
export function settleCancelledBeforeSending(ledger: Ledger): void {
  ledger.cancelledBeforeSending = true
  settleCancelled(ledger)
}

/** Ends the ledger, once: every target without an outcome yet was never sent. */
export function closeLedger(ledger: Ledger): void {
  if (ledger.closed) return
  settleUnsent(ledger)
  ledger.closed = true
}

function settleUnsent(ledger: Ledger): void {
  settleRefused(ledger.entries)
  for (const entry of ledger.entries) entry.outcome ??= 'not_sent'
}

/** How many entries have each lookup state. */
export function countLookups(ledger: Ledger): Record<LookupState, number> {
  const counts = Object.fromEntries(LOOKUPS.map(l => [l, 0])) as Record<LookupState, number>
  for (const entry of ledger.entries) counts[entry.lookup]++
  return counts
}

// A closed ledger no longer changes: what is read of it many times (a million targets are read
// by the outputs, `result`, the summary and the failure alike) is counted once.
const readOfClosed = new WeakMap<Ledger, Map<string, unknown>>()
function once<T>(ledger: Ledger, key: string, read: () => T): T {
  if (!ledger.closed) return read()
  let known = readOfClosed.get(ledger)
  if (!known) readOfClosed.set(ledger, (known = new Map<string, unknown>()))
  if (!known.has(key)) known.set(key, read())
  return known.get(key) as T
}

/** How many entries ended with each outcome. */
export function countOutcomes(ledger: Ledger): Readonly<Record<Outcome, number>> {
  return once(ledger, 'counts', () => {
    const counts = Object.fromEntries(OUTCOMES.map(o => [o, 0])) as Record<Outcome, number>
    for (const entry of ledger.entries) if (entry.outcome) counts[entry.outcome]++
    return counts
  })
}

/** The entries that ended with `outcome`. */
export function withOutcome(ledger: Ledger, outcome: Outcome): readonly Entry[] {
  return once(ledger, `with ${outcome}`, () =>
    ledger.entries.filter(entry => entry.outcome === outcome)
  )
}

/** The targets a re-run should send: failed and not sent, except in a dry run, which sends none. */
export function remainder(ledger: Ledger): readonly Entry[] {
  if (ledger.dryRun) return []
  return once(ledger, 'remainder', () =>
    ledger.entries.filter(e => e.outcome === 'failed' || e.outcome === 'not_sent')
  )
}

/**
 * The requests sent for these batches that Box answered: each planned batch, then the pieces of it
 * sent after Box refused it. A piece has its `piece` number; a planned batch has none.
 */
export function answeredRequests(batches: readonly Batch[]): AnsweredBatch[] {
  const requests: AnsweredBatch[] = []
  for (const batch of batches) {
    if (isAnswered(batch)) requests.push(batch)
    for (const piece of batch.pieces ?? []) if (isAnswered(piece)) requests.push(piece)
  }
  return requests
}

function isAnswered(batch: Batch): batch is AnsweredBatch {
  return batch.answer !== undefined
}

/** The entry whose request carried a target: a covered login's ID, or the target itself. */
export function carrierOf(entry: Entry): Entry | undefined {
  return entry.outcome === 'covered' ? entry.coveredBy : entry
}

/**
 * What is wrong with a closed ledger, if anything: an entry for each distinct target read, in
 * order, each with exactly one known outcome, accepted only on Box's acceptance, covered only by a target
 * that was sent. Anything found is a defect of the action, never of the inputs.
 */
export function ledgerDefects(ledger: Ledger, targetsRead: readonly Target[]): string[] {
  const defects: string[] = []
  if (!ledger.closed) defects.push('the ledger was not closed')
  if (ledger.entries.length !== targetsRead.length) {
    defects.push(
      `${targetsRead.length} distinct targets were read but the ledger holds ${ledger.entries.length}`
    )
  } else if (ledger.entries.some((entry, i) => entry.target !== targetsRead[i])) {
    defects.push('the ledger does not hold the targets read, in their order')
  }
  for (const entry of ledger.entries) {
    const answered = entry.batch?.answer?.ok === true
    if (!entry.outcome || !KNOWN_OUTCOMES.has(entry.outcome)) {
      defects.push(`${nameOf(entry)} has no outcome`)
    } else if ((entry.outcome === 'accepted') !== answered) {
      defects.push(
        `${nameOf(entry)} is ${entry.outcome}, but Box ${answered ? 'accepted' : 'did not accept'} its request`
      )
    } else if (entry.outcome === 'covered' && !entry.coveredBy?.batch) {
      defects.push(`${nameOf(entry)} is covered by a target that was not sent`)
    }
    if (defects.length >= 10) break
  }
  return defects
}

const KNOWN_OUTCOMES: ReadonlySet<string> = new Set(OUTCOMES)

/** How a defect names its target: only when something is wrong, as the check runs over every one. */
function nameOf(entry: Entry): string {
  return `${entry.target.kind} ${JSON.stringify(entry.target.value)}`
}
