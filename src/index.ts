// early-signals is imported first, so it is evaluated before main.js and everything it imports.
import { signalsReceived } from './early-signals.js'
import { run } from './main.js'

await run({ signalsReceived })
