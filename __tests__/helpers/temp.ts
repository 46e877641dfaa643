import { afterAll } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const made: string[] = []

// Every folder a test file made is removed once its tests are done.
afterAll(() => {
  for (const folder of made.splice(0)) fs.rmSync(folder, { recursive: true, force: true })
})

/** A new empty folder in the OS temp folder, removed after the test file's last test. */
export function tempFolder(prefix: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  made.push(folder)
  return folder
}
