import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { asTargetsJson, type Target } from '../targets/target.js'

/**
 * Writes the targets that were not terminated to a new file in `folder` (the runner's
 * RUNNER_TEMP), in the targets-file JSON shape, so that a run with targets-file set to it sends
 * exactly those. Returns the file's path.
 */
export function writeRemainder(targets: readonly Target[], folder = os.tmpdir()): string {
  const dir = fs.mkdtempSync(path.join(folder, 'terminate-box-sessions-'))
  const file = path.join(dir, 'failed-targets.json')
  fs.writeFileSync(file, `${JSON.stringify(asTargetsJson(targets), null, 2)}\n`)
  return file
}
