import { afterEach, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { startFakeBox } from '../../harness/fake-box.js'
import type { TerminateSwitches } from '../../harness/fake-box/endpoints.js'

const TOKEN = 'probe-token-8a7b'
const SCRIPT = path.join(process.cwd(), 'scripts', 'probe-box.js')
/** The account the token acts as in the fake Box (users/me). */
const ACTING = '11446498'
type Box = Awaited<ReturnType<typeof startFakeBox>>

// npm run probe-box against the fake Box switched to each answer Box could give: it must find the
// switches back, and send nothing to any account but the one it creates and deletes.
describe('npm run probe-box', () => {
  let box: Box | undefined
  let dir = ''
  afterEach(async () => {
    await box?.stop()
    box = undefined
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  async function probe(terminate: TerminateSwitches) {
    box = await startFakeBox({ tokens: [TOKEN], terminate, directory: { generatedUsers: 5 } })
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tbs-probe-'))
    const out = path.join(dir, 'switches.json')
    const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT, '--out', out], {
      env: { PATH: process.env.PATH, BOX_TOKEN: TOKEN, BOX_BASE_URL: box.url }
    })
    const posts = box.requests.filter(r => r.route === 'users')
    const created = box.requests.find(r => r.route === 'create-user')
    return {
      stdout,
      switches: JSON.parse(fs.readFileSync(out, 'utf8')) as TerminateSwitches,
      targeted: posts.flatMap(r => [
        ...((r.json?.user_ids as string[] | undefined) ?? []),
        ...((r.json?.user_logins as string[] | undefined) ?? [])
      ]),
      created,
      deleted: box.requests.filter(r => r.route === 'delete-user').map(r => r.path)
    }
  }

  it.each<[string, TerminateSwitches, TerminateSwitches]>([
    [
      'as Box is documented',
      {},
      { emptyList: 'accepted', missingKey: 'refused', message: 'line', unknown: 202 }
    ],
    [
      'refusing [] and taking a list left out',
      { emptyList: 'refused', missingKey: 'accepted' },
      { emptyList: 'refused', missingKey: 'accepted', message: 'line', unknown: 202 }
    ],
    [
      'refusing an unknown target with its 404',
      { unknown: 404 },
      { emptyList: 'accepted', missingKey: 'refused', message: 'line', unknown: 404 }
    ],
    [
      'refusing an unknown target with a 400',
      { unknown: 400, message: 'newline' },
      { emptyList: 'accepted', missingKey: 'refused', message: 'newline', unknown: 400 }
    ],
    [
      'taking at most 100 targets a request',
      { cap: { size: 100, status: 413 } },
      {
        emptyList: 'accepted',
        missingKey: 'refused',
        message: 'line',
        unknown: 202,
        cap: { size: 100, status: 413 }
      }
    ]
  ])('finds the switches of a Box %s', async (_how, terminate, expected) => {
    const run = await probe(terminate)
    expect(run.switches).toEqual(expected)
    expect(run.stdout).toContain('| question | Box answered |')
    // Only the user it created, which it deleted, and targets Box does not have.
    expect(run.created?.status).toBe(201)
    // Unknown IDs are those a lookup showed do not exist first.
    const absent = new Set(
      (box?.requests ?? [])
        .filter(r => r.route === 'user' && r.status === 404)
        .map(r => r.path.split('/')[3]?.split('?')[0])
    )
    const known = run.targeted.filter(t => !t.endsWith('@example.invalid') && !absent.has(t))
    const good = new Set(known)
    expect(good.size).toBe(1)
    expect([...good][0]).not.toBe(ACTING)
    expect(run.targeted.some(t => /^1000000\d$/.test(t))).toBe(false)
    expect(run.deleted).toEqual([`/2.0/users/${[...good][0]}?force=true`])
    expect(box?.violations).toEqual([])
  })
})
