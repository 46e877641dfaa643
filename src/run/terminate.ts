import type { Answer, Failure } from '../box/answer.js'
import type { BoxClient } from '../box/client.js'
import { terminateSessions, type TerminateEndpoint } from '../box/endpoints/terminate-sessions.js'
import { forEachWithLimit } from '../net/pool.js'
import { isSplitRefusal } from '../net/retry-policy.js'
import { groupDigits, plural } from '../words.js'
import { batchLabel, bodyLists } from './batches.js'
import {
  recordBatch,
  recordBatchStarted,
  recordCarrier,
  recordNotIsolated,
  recordPiece,
  recordRefusal,
  recordSplitNote,
  settleRefused,
  type Batch,
  type Entry,
  type Ledger
} from './ledger.js'

/** Batches in flight at once. */
const BATCHES_IN_FLIGHT = 4

/** Requests a run may send beyond its planned batches, in pieces of the batches Box refused. */
export const PIECES_BUDGET = 1000

/** What the run has learnt of one endpoint from Box's answers. */
interface Learnt {
  /** Box accepted a request of this endpoint. */
  accepted: boolean
  /**
   * The largest piece that passed once a refused piece had all its targets accepted in smaller
   * ones: Box refuses larger requests. A starting size, split again if refused.
   */
  cap?: number
  /** Box refuses every target alike (its body's form, a permission): refusals are not split. */
  alike: boolean
  /**
   * How a list the request does not need is written: sent empty (Box's API marks it required)
   * until Box refuses that and accepts it left out; settled by the first acceptance of a body
   * that had such a list.
   */
  form: 'unsettled' | 'empty' | 'omitted'
  /** The cap when the form was last tried left out (null: before any was learnt). */
  triedAt?: number | null
  /** A refused request being split: the endpoint's other requests wait for what it teaches. */
  busy?: Promise<void>
}

interface Sending {
  ledger: Ledger
  client: BoxClient
  onDone: (batch: Batch) => void
  stopping?: AbortSignal
  learnt: Map<TerminateEndpoint, Learnt>
  piecesLeft: number
}

/**
 * Sends the planned batches, a few at once, each answer recorded in the ledger as it comes; a
 * failed batch does not stop the others. Once the run is stopping, no further request is sent.
 *
 * A batch Box refuses (400, 403 or 404 with its own error body, or 413) is split until the
 * refusal stands alone: one refused batch of an endpoint at a time, depth first, the endpoint's
 * other requests waiting for what it teaches (a size Box refuses, a body form, a refusal every
 * target meets alike). At most PIECES_BUDGET pieces are sent in a run.
 */
export async function sendBatches(
  ledger: Ledger,
  client: BoxClient,
  onDone: (batch: Batch) => void,
  stopping?: AbortSignal
): Promise<void> {
  const sending: Sending = {
    ledger,
    client,
    onDone,
    stopping,
    learnt: new Map(),
    piecesLeft: PIECES_BUDGET
  }
  await forEachWithLimit(
    ledger.batches,
    BATCHES_IN_FLIGHT,
    batch => sendPlanned(sending, batch),
    stopping
  )
}

function learntOf(sending: Sending, endpoint: TerminateEndpoint): Learnt {
  let learnt = sending.learnt.get(endpoint)
  if (!learnt)
    sending.learnt.set(endpoint, (learnt = { accepted: false, alike: false, form: 'unsettled' }))
  return learnt
}

const stopped = (sending: Sending): boolean => sending.stopping?.aborted === true

async function sendPlanned(sending: Sending, batch: Batch): Promise<void> {
  const learnt = learntOf(sending, batch.endpoint)
  while (learnt.busy) await learnt.busy
  if (stopped(sending)) return
  if (learnt.cap !== undefined && batch.entries.length > learnt.cap) {
    // Sent straight away in pieces of the size Box takes.
    await sendPieces(sending, batch, batch.entries, learnt.cap, true)
    return
  }
  const answer = await send(sending, batch, learnt.form === 'omitted')
  if (!answer.ok) await alone(learnt, () => afterRefusal(sending, batch, batch, answer))
}

/** Runs `work` while no other refused request of the endpoint is being split. */
async function alone(learnt: Learnt, work: () => Promise<unknown>): Promise<void> {
  while (learnt.busy) await learnt.busy
  const done = work()
  // The others wait for the end of this one, however it ends; its failure is its caller's.
  learnt.busy = done.then(
    () => {
      learnt.busy = undefined
    },
    () => {
      learnt.busy = undefined
    }
  )
  await done
}

/**
 * Sends one request and records its answer: an acceptance at once; a refusal is kept, and its
 * targets end once they will not be sent again.
 */
async function send(
  sending: Sending,
  request: Batch,
  omitsEmpty: boolean
): Promise<Answer<string>> {
  recordBatchStarted(request)
  const lists = bodyLists(request)
  const answer = await terminateSessions(
    sending.client,
    request.endpoint,
    lists,
    batchLabel(request),
    omitsEmpty
  )
  const learnt = learntOf(sending, request.endpoint)
  if (answer.ok) {
    recordBatch(request, answer)
    learnt.accepted = true
    if (learnt.alike) {
      learnt.alike = false
      recordSplitNote(
        sending.ledger,
        `${request.endpoint.path}: Box accepted ${batchLabel(request)}, so its refusals are no longer taken as met by every target alike`
      )
    }
    // Only a body with a list to send empty or leave out says which form Box takes.
    if (learnt.form === 'unsettled' && hasEmptyList(request.endpoint, lists)) {
      learnt.form = omitsEmpty ? 'omitted' : 'empty'
    }
  } else {
    recordRefusal(request, answer)
  }
  sending.onDone(request)
  return answer
}

/**
 * After Box refused `request` (the planned batch itself or one of its pieces): first, while the
 * body's form is unsettled, a 400 to a body with an empty list is sent once more without it; then
 * a refusal of more than one target that can be about some of them is split. Whatever is not sent
 * again ends in Box's words.
 */
async function afterRefusal(
  sending: Sending,
  planned: Batch,
  request: Batch,
  answer: Failure
): Promise<void> {
  const learnt = learntOf(sending, request.endpoint)
  if (!stopped(sending) && mayTryOmitting(learnt, request, answer)) {
    const settling = learnt.form === 'unsettled'
    if (settling) learnt.triedAt = learnt.cap ?? null
    const again = recordPiece(sending.ledger, planned, request.entries, true)
    const retried = await send(sending, again, true)
    if (retried.ok) {
      if (settling) {
        recordSplitNote(
          sending.ledger,
          `${request.endpoint.path}: Box refused a list sent empty (${answer.error}) and accepted the body without it, so the run leaves unused lists out`
        )
      }
      return
    }
    // Refused in either form: the targets keep Box's words on the body as it was first sent,
    // unless Box's own 404 to a single target says that target does not exist.
    if (!(retried.notFound && request.entries.length === 1)) recordCarrier(request)
  }
  if (
    !stopped(sending) &&
    !learnt.alike &&
    request.entries.length > 1 &&
    isSplitRefusal(answer.status, answer.boxError === true)
  ) {
    await split(sending, planned, request.entries)
  }
  settleRefused(request.entries)
}

/**
 * Box's own 400 to a body that sent a list empty: while Box has not accepted a body of this
 * endpoint with such a list yet, it is tried once without the list, and again once a size Box
 * takes is learnt; a single target is always tried so (Box's refusal of a larger body left out may
 * have been about its size or one of its targets); once Box accepted a body without it, a request
 * sent before that is sent again so.
 */
function mayTryOmitting(learnt: Learnt, request: Batch, answer: Failure): boolean {
  if (request.omitsEmpty || answer.status !== 400 || answer.boxError !== true) return false
  if (learnt.form === 'empty') return false
  if (
    learnt.form === 'unsettled' &&
    learnt.triedAt !== undefined &&
    learnt.triedAt === (learnt.cap ?? null) &&
    request.entries.length > 1
  ) {
    return false
  }
  return hasEmptyList(request.endpoint, bodyLists(request))
}

/** Whether a request's body lists leave one of its endpoint's lists empty, sent so or left out. */
function hasEmptyList(endpoint: TerminateEndpoint, lists: Record<string, string[]>): boolean {
  return endpoint.bodyKeys.some(key => (lists[key]?.length ?? 0) === 0)
}

/**
 * Splits the targets of a refused request, depth first: the first half is sent (and split in turn
 * if refused) before the rest, which goes in pieces no larger than the size learnt so far. When
 * all were then accepted in smaller pieces, in the body form they were refused in, the largest
 * that passed is the size learnt.
 */
async function split(sending: Sending, planned: Batch, entries: Entry[]): Promise<void> {
  const learnt = learntOf(sending, planned.endpoint)
  const capped = learnt.cap !== undefined && learnt.cap < entries.length
  const first = capped ? (learnt.cap as number) : Math.ceil(entries.length / 2)
  const form = learnt.form
  const largest = await sendPieces(sending, planned, entries, first, false)
  // A body form settled meanwhile: Box may have refused the form, not the size.
  if (learnt.form !== form) return
  if (largest > 0 && entries.every(entry => entry.outcome === 'accepted')) {
    if (learnt.cap === undefined || largest < learnt.cap) {
      recordSplitNote(
        sending.ledger,
        `${planned.endpoint.path}: Box refused ${plural(entries.length, 'target')} in one request and accepted them in pieces of ${groupDigits(largest)}, so the run sends at most ${groupDigits(largest)} a request`
      )
    }
    learnt.cap = largest
  }
}

/**
 * Sends `entries` as pieces of `planned`: the first of `first` targets, the rest of the size
 * learnt so far (all of the rest when none is). A refused piece is handled before the next one is
 * sent. Returns the size of the largest piece Box accepted, 0 for none.
 */
async function sendPieces(
  sending: Sending,
  planned: Batch,
  entries: Entry[],
  first: number,
  fromPlan: boolean
): Promise<number> {
  const learnt = learntOf(sending, planned.endpoint)
  let largest = 0
  let at = 0
  let firstRefusedAlone = false
  for (let n = 0; at < entries.length; n++) {
    // A planned batch sent in pieces waits, as a planned batch does, while a refusal is split.
    if (fromPlan) while (learnt.busy) await learnt.busy
    if (stopped(sending) || (learnt.alike && !fromPlan)) break
    // A planned batch sent in pieces from the start costs its first piece nothing extra.
    const free = fromPlan && n === 0
    if (!free && sending.piecesLeft <= 0) {
      // The rest of a refused request is not sent again; the rest of a planned batch goes whole,
      // as it was planned. Either way, what Box refuses of it is not isolated.
      const rest = entries.slice(at)
      const refused = fromPlan ? !(await sendOnce(sending, planned, rest)) : true
      if (refused) recordNotIsolated(sending.ledger, rest.length)
      break
    }
    if (!free) sending.piecesLeft--
    const size =
      n === 0
        ? first
        : learnt.cap !== undefined
          ? Math.min(learnt.cap, entries.length - at)
          : entries.length - at
    const part = entries.slice(at, at + size)
    at += part.length
    const piece = recordPiece(sending.ledger, planned, part, learnt.form === 'omitted', !free)
    const answer = await send(sending, piece, learnt.form === 'omitted')
    if (answer.ok) {
      largest = Math.max(largest, part.length)
      continue
    }
    await alonePiece(sending, planned, piece, answer, fromPlan)
    // One descent reached a single target Box refused in every form it was sent in (a 404
    // not_found is about that target alone), and its sibling is refused too: while Box has
    // accepted nothing of this endpoint, every target meets this refusal alike.
    const refusedAlone = !fromPlan && part.length === 1 && part[0]?.outcome === 'failed'
    if (n === 1 && firstRefusedAlone && refusedAlone && !learnt.accepted) {
      learnt.alike = true
      recordSplitNote(
        sending.ledger,
        `${planned.endpoint.path}: Box refused a single target and the one beside it alike (${answer.error}), and has accepted nothing of this endpoint: every target seems to meet this refusal, so refused batches are no longer split`
      )
      break
    }
    if (n === 0) firstRefusedAlone = refusedAlone
  }
  return largest
}

/** A refused piece: split within the endpoint's turn when it was sent from the plan. */
async function alonePiece(
  sending: Sending,
  planned: Batch,
  piece: Batch,
  answer: Failure,
  fromPlan: boolean
): Promise<void> {
  const learnt = learntOf(sending, planned.endpoint)
  if (fromPlan) await alone(learnt, () => afterRefusal(sending, planned, piece, answer))
  else await afterRefusal(sending, planned, piece, answer)
}

/** The rest of a planned batch sent in one piece, its refusal ending its targets; says if Box took it. */
async function sendOnce(sending: Sending, planned: Batch, entries: Entry[]): Promise<boolean> {
  const learnt = learntOf(sending, planned.endpoint)
  const piece = recordPiece(sending.ledger, planned, entries, learnt.form === 'omitted')
  const answer = await send(sending, piece, learnt.form === 'omitted')
  settleRefused(entries)
  return answer.ok
}
