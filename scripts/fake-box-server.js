// @ts-check
// Serves the fake Box API on 127.0.0.1 for a workflow job or `npm run local-action`:
//   node scripts/fake-box-server.js [--port 8787] [--token TOKEN] [--minutes 10] [--switches FILE]
// It prints its URL, accepts the token given, and stops by itself after the minutes given.
// --switches: what Box leaves undocumented of terminate_sessions, answered as the file says (the
// JSON `npm run probe-box` writes from a real Box).
import fs from 'node:fs'
import { startFakeBox } from '../harness/fake-box.js'

const args = process.argv.slice(2)
/** @param {string} name @param {string} fallback */
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 && args[at + 1] ? String(args[at + 1]) : fallback
}
const switches = option('switches', '')
const box = await startFakeBox({
  port: Number(option('port', '8787')),
  tokens: [option('token', 'local-fake-token')],
  ...(switches ? { terminate: JSON.parse(fs.readFileSync(switches, 'utf8')) } : {})
})
const minutes = Number(option('minutes', '10'))
console.log(`Fake Box API listening on ${box.url} for ${minutes} minutes`)

const stop = async () => {
  console.log(`Fake Box API stopping after ${box.requests.length} requests`)
  await box.stop()
  process.exit(0)
}
setTimeout(() => void stop(), minutes * 60_000).unref()
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
// Keeps the process alive until the timer or a signal stops it.
setInterval(() => undefined, 60_000)
