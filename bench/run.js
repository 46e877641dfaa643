// @ts-check
// npm run bench: times whole processes against the fake Box on loopback, in one sitting,
// alternating the variants round by round. It prints; it never fails on timing.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startFakeBox } from '../harness/fake-box.js'
import { node24Path } from '../harness/node24.js'
import { ACTION_ENTRY, readActionYml, ROOT } from '../harness/run-action.js'

const TOKEN = 'bench-token'
const WARMUP = 2
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11)
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

const box = await startFakeBox({ tokens: [TOKEN] })
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tbs-bench-'))
const node24 = node24Path()
fs.writeFileSync(path.join(work, 'output'), '')
fs.writeFileSync(path.join(work, 'summary'), '')

/** @typedef {{ name: string, runtime: string, floor?: 'cjs' | 'esm', command: string[], env: Record<string, string> }} Variant */

/** @param {string[]} command @param {Record<string, string>} env */
async function measure(command, env) {
  const rssFile = path.join(work, 'rss')
  const argv = TIME ? [TIME, '-f', '%M', '-o', rssFile, ...command] : command
  const started = performance.now()
  const child = spawn(argv[0] ?? '', argv.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stdout.on('data', chunk => (stderr += chunk))
  child.stderr.on('data', chunk => (stderr += chunk))
  const code = await new Promise(resolve => child.on('close', resolve))
  const ms = performance.now() - started
  if (code !== 0) throw new Error(`${command.join(' ')} exited ${code}: ${stderr}`)
  const rssMiB = TIME
    ? Number(fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024
    : NaN
  box.requests.length = 0
  return { ms, rssMiB }
}

/** The environment a runner gives the action: INPUT_* with action.yml's defaults, output files. */
function actionEnv(/** @type {Record<string, string>} */ inputs) {
  /** @type {Record<string, string>} */
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: os.homedir(),
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: path.join(work, 'output'),
    GITHUB_STEP_SUMMARY: path.join(work, 'summary'),
    GITHUB_WORKSPACE: work,
    GITHUB_ACTOR: 'octocat',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_WORKFLOW: 'Incident response',
    GITHUB_RUN_ID: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/security'
  }
  for (const [name, spec] of Object.entries(readActionYml().inputs)) {
    env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? spec.default ?? ''
  }
  return env
}

/** @param {string} label @param {{ user_ids: string[], user_logins: string[] }} body @param {Record<string, string>} actionInputs */
function variants(label, body, actionInputs) {
  const bodyFile = path.join(work, `${label}-body.json`)
  fs.writeFileSync(bodyFile, JSON.stringify(body))
  const peerEnv = {
    PATH: process.env.PATH ?? '',
    BOX_URL: box.url,
    BOX_TOKEN: TOKEN,
    BODY_FILE: bodyFile
  }
  const inputs = { 'box-token': TOKEN, 'base-url': box.url, ...actionInputs }
  const floor = path.join(ROOT, 'bench', 'floor.cjs')
  const floorEsm = path.join(work, 'floor.mjs')
  fs.copyFileSync(floor, floorEsm)
  /** @type {Variant[]} */
  const list = []
  /** @type {[string, string][]} */
  const runtimes = [
    [`node ${process.versions.node}`, process.execPath],
    ['node 24', node24]
  ]
  for (const [runtime, bin] of runtimes) {
    list.push(
      { name: `floor, ${runtime}`, runtime, floor: 'cjs', command: [bin, floor], env: peerEnv },
      {
        name: `floor as ES module, ${runtime}`,
        runtime,
        floor: 'esm',
        command: [bin, floorEsm],
        env: peerEnv
      },
      { name: `action, ${runtime}`, runtime, command: [bin, ACTION_ENTRY], env: actionEnv(inputs) }
    )
  }
  list.push({
    name: `box-typescript-sdk-gen, node ${process.versions.node}`,
    runtime: `node ${process.versions.node}`,
    command: [process.execPath, path.join(ROOT, 'bench', 'sdk.js')],
    env: peerEnv
  })
  return list
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

/** Runs every variant once per round, rotating the order, and prints a table. @param {string} title @param {Variant[]} list */
async function compare(title, list) {
  /** @type {Map<string, { ms: number[], rss: number[] }>} */
  const samples = new Map(list.map(v => [v.name, { ms: [], rss: [] }]))
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    const order = list.map((_, i) => list[(i + round) % list.length])
    for (const v of order) {
      if (!v) continue
      const { ms, rssMiB } = await measure(v.command, v.env)
      if (round >= WARMUP) {
        samples.get(v.name)?.ms.push(ms)
        samples.get(v.name)?.rss.push(rssMiB)
      }
    }
  }
  /** @param {string} runtime @param {'cjs' | 'esm'} kind */
  const floorOf = (runtime, kind) => {
    const v = list.find(x => x.runtime === runtime && x.floor === kind)
    const s = samples.get(v?.name ?? '')
    return { ms: median(s?.ms ?? []), rss: median(s?.rss ?? []) }
  }
  console.log(`\n### ${title} (median of ${ROUNDS} runs each, after ${WARMUP} warm-up rounds)\n`)
  console.log('Ratios compare each row with the floors on the same Node.\n')
  console.log(
    '| variant | wall median | min | max | × floor | × floor as ES module | peak RSS median | × floor |'
  )
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const v of list) {
    const s = samples.get(v.name)
    if (!s) continue
    const ms = median(s.ms)
    const rss = median(s.rss)
    const cjs = floorOf(v.runtime, 'cjs')
    const esm = floorOf(v.runtime, 'esm')
    console.log(
      `| ${v.name} | ${ms.toFixed(0)} ms | ${Math.min(...s.ms).toFixed(0)} | ${Math.max(...s.ms).toFixed(0)} | ${(ms / cjs.ms).toFixed(2)} | ${(ms / esm.ms).toFixed(2)} | ${rss.toFixed(1)} MiB | ${(rss / cjs.rss).toFixed(2)} |`
    )
  }
}

/** The retry path: Box answers 429 with Retry-After: 1 twice before accepting. */
async function retryPath() {
  const env = actionEnv({ 'user-ids': '1', 'box-token': TOKEN, 'base-url': box.url })
  const command = [process.execPath, ACTION_ENTRY]
  /** @type {number[]} */
  const plain = []
  /** @type {number[]} */
  const retried = []
  const tooMany = { status: 429, headers: { 'retry-after': '1' } }
  for (let round = 0; round < WARMUP + 5; round++) {
    const a = await measure(command, env)
    box.script('users', tooMany, tooMany)
    const b = await measure(command, env)
    if (round >= WARMUP) {
      plain.push(a.ms)
      retried.push(b.ms)
    }
  }
  const extra = (median(retried) - median(plain)) / 1000
  console.log('\n### Retry path: 429 with Retry-After: 1, twice (median of 5 runs each)\n')
  console.log(
    `- plain run: ${median(plain).toFixed(0)} ms; with two 429s: ${median(retried).toFixed(0)} ms`
  )
  console.log(
    `- extra time: ${extra.toFixed(3)} s (asked for: 2 s; ${(((extra - 2) / 2) * 100).toFixed(1)} % off)`
  )
}

try {
  console.log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`
  )
  console.log(
    `Node ${process.versions.node} and ${fs.existsSync(node24) ? node24 : 'node 24'}; peak RSS ${TIME ? 'from /usr/bin/time' : 'not measured (no /usr/bin/time)'}`
  )
  const sizes = fs.readdirSync(path.join(ROOT, 'dist')).filter(f => f.endsWith('.js'))
  console.log(
    `Bundle: ${sizes.map(f => `${f} ${(fs.statSync(path.join(ROOT, 'dist', f)).size / 1024).toFixed(0)} KiB`).join(', ')}`
  )

  await compare(
    'One user',
    variants('one', { user_ids: ['1234567'], user_logins: [] }, { 'user-ids': '1234567' })
  )

  const logins = Array.from({ length: 25_000 }, (_, i) => `user${i}@example.com`)
  const ids = Array.from({ length: 25_000 }, (_, i) => String(10_000_000 + i))
  fs.writeFileSync(
    path.join(work, 'targets.json'),
    JSON.stringify({ user_ids: ids, user_logins: logins })
  )
  await compare(
    '50,000 users (25,000 logins + 25,000 IDs, through targets-file)',
    variants('many', { user_ids: ids, user_logins: logins }, { 'targets-file': 'targets.json' })
  )

  fs.writeFileSync(
    path.join(work, 'targets.csv'),
    ['user_id,user_login', ...ids.map((id, i) => `${id},${logins[i]}`), ''].join('\n')
  )
  await compare(
    'The same 50,000 users as a CSV file (user_id and user_login columns)',
    variants(
      'csv',
      { user_ids: ids, user_logins: logins },
      { 'targets-file': 'targets.csv' }
    ).filter(v => !v.name.startsWith('box-typescript-sdk-gen'))
  )

  await retryPath()
} finally {
  await box.stop()
  fs.rmSync(work, { recursive: true, force: true })
}
