// @ts-check
// Finds a Node 24 binary, the runtime action.yml declares, from the npm registry's `node` package.
import { execFileSync } from 'node:child_process'

/** The path of a Node 24 executable; NODE24_BIN wins when set. */
export function node24Path() {
  if (process.env.NODE24_BIN) return process.env.NODE24_BIN
  return execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit']
  }).trim()
}
