import type { BoxClient } from '../box/client.js'
import { terminateSessions } from '../box/endpoints/terminate-sessions.js'
import { forEachWithLimit } from '../net/pool.js'
import { batchLabel, bodyLists } from './batches.js'
import { recordBatch, recordBatchStarted, type Batch } from './ledger.js'

/** Batches in flight at once. */
export const BATCHES_IN_FLIGHT = 4

/**
 * Sends the batches, a few at once, each answer recorded in the ledger as it comes; a failed batch
 * does not stop the others. Once the run is stopping, no further batch is sent.
 */
export function sendBatches(
  batches: readonly Batch[],
  client: BoxClient,
  onDone: (batch: Batch) => void,
  stopping?: AbortSignal
): Promise<void> {
  return forEachWithLimit(
    batches,
    BATCHES_IN_FLIGHT,
    async batch => {
      recordBatchStarted(batch)
      const answer = await terminateSessions(
        client,
        batch.endpoint,
        bodyLists(batch),
        batchLabel(batch)
      )
      recordBatch(batch, answer)
      onDone(batch)
    },
    stopping
  )
}
