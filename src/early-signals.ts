// The entry imports this module before any other is evaluated. Until it is, a SIGINT or SIGTERM
// from the runner would end the process at once, with no output, summary or annotation: from here
// on such a signal is kept, and the run acts on it once it can (main.ts).

const received: string[] = []
const keep = (signal: NodeJS.Signals): void => void received.push(signal)
process.on('SIGINT', keep)
process.on('SIGTERM', keep)

/** The signals received since the action started. */
export function signalsReceived(): readonly string[] {
  return received
}
