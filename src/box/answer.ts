/** A JSON object as Box sends it. */
export type Json = Record<string, unknown>

/** What every call to Box comes back with, whatever the endpoint. */
export interface CallFacts {
  /** The HTTP status of Box's last answer; undefined when none came. */
  status?: number
  /** Box's request ID of the last answer. */
  requestId?: string
  attempts: number
  durationMs: number
  /** When the last answer came, in epoch milliseconds; undefined when none came. */
  answeredAt?: number
  /** Whether a request reached Box whole. */
  sent: boolean
  /** The JSON keys of Box's answer in which a credential was found and removed. */
  redactedFields?: readonly string[]
}

/**
 * One answer from Box: the value read from it, or why there is none. `notFound` is set only when
 * Box itself said the object does not exist; `cancelled` when the run stopped the call short;
 * `boxError` when a refusal came with Box's own error body.
 */
export type Answer<T> =
  | (CallFacts & { ok: true; value: T; warning?: string })
  | (CallFacts & {
      ok: false
      error: string
      notFound?: true
      cancelled?: true
      /** Set when the refusal came with Box's own error body (`"type": "error"`). */
      boxError?: true
    })

export type Failure = Extract<Answer<unknown>, { ok: false }>

/**
 * The answer with its JSON read by `read`. A 2xx without a readable body, or one `read` cannot make
 * sense of, is a failure: a lookup must not guess.
 */
export function readAnswer<T>(
  answer: Answer<Json | undefined>,
  read: (json: Json) => T | undefined,
  what: string
): Answer<T> {
  if (!answer.ok) return answer
  const value = answer.value && read(answer.value)
  if (value !== undefined) return { ...facts(answer), ok: true, value }
  const why =
    answer.warning ??
    (answer.redactedFields
      ? `a credential the action holds matched the ${answer.redactedFields.join(', ')} field of Box's answer on ${what} and was removed from it, so the answer could not be read`
      : `Box's answer on ${what} could not be read`)
  return { ...facts(answer), ok: false, error: why }
}

/** The facts of an answer, without its value or failure. */
export function facts(answer: CallFacts): CallFacts {
  const { status, requestId, attempts, durationMs, answeredAt, sent, redactedFields } = answer
  return {
    status,
    requestId,
    attempts,
    durationMs,
    answeredAt,
    sent,
    ...(redactedFields ? { redactedFields } : {})
  }
}

/** A string field of Box's JSON; IDs may come as numbers. */
export function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
}
