/**
 * Runs `work` on every item with at most `limit` at once, starting them in order. Once `stopping`
 * fires no further item starts; those already started run to their end.
 */
export async function forEachWithLimit<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
  stopping?: AbortSignal
): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length && !stopping?.aborted) {
      await work(items[next++] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}
