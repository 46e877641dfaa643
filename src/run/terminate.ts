import type { BoxClient } from '../box/client.js'
import { terminateSessions } from '../box/endpoints/terminate-sessions.js'
import { mapWithLimit } from '../net/pool.js'
import { batchLabel, requestBody, type Batch } from './batches.js'

/** Batches in flight at once. */
export const BATCHES_IN_FLIGHT = 4

export interface BatchResult {
  batch: Batch
  ok: boolean
  /** Whether the request reached Box whole. */
  sent: boolean
  status?: number
  /** Box's message, as Box wrote it; empty when there was none. */
  message: string
  requestId?: string
  attempts: number
  durationMs: number
  error?: string
  warning?: string
}

/** What Box said to the batches that succeeded: each message once, in the batches' order. */
export function boxMessages(results: readonly BatchResult[]): string[] {
  return [...new Set(results.filter(r => r.ok && r.message !== '').map(r => r.message))]
}

/** Sends the batches, a few at once; a failed batch does not stop the others. */
export function sendBatches(
  batches: readonly Batch[],
  client: BoxClient,
  onDone: (result: BatchResult) => void
): Promise<BatchResult[]> {
  return mapWithLimit(batches, BATCHES_IN_FLIGHT, async batch => {
    const result = await terminateSessions(
      client,
      batch.endpoint,
      requestBody(batch),
      batchLabel(batch)
    )
    const done: BatchResult = {
      batch,
      ok: result.ok,
      sent: result.sent,
      status: result.status,
      message: result.message,
      requestId: result.requestId,
      attempts: result.attempts,
      durationMs: result.durationMs,
      ...(result.ok ? { warning: result.warning } : { error: result.error })
    }
    onDone(done)
    return done
  })
}
