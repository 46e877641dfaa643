// Finds a Node 24 binary (the runtime action.yml declares) from the npm registry, once per run,
// so the end-to-end suite can run the bundle on it as well as on the Node running Jest.
import { execFileSync } from 'node:child_process'

export default function globalSetup() {
  if (process.env.NODE24_BIN) return
  const bin = execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit']
  }).trim()
  process.env.NODE24_BIN = bin
}
