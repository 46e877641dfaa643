// @ts-check
// Shows the action working with no Box account: starts the fake Box API on 127.0.0.1 and runs
// the bundled action against it the way a GitHub runner would.
import { startFakeBox } from '../harness/fake-box.js'
import { runAction } from '../harness/run-action.js'

const token = 'demo-token-not-a-real-secret'
// The fake Box's enterprise: the action looks every target up and shows who each is.
const box = await startFakeBox({
  tokens: [token],
  directory: {
    users: [
      { id: '1234567', name: 'Alan Turing', login: 'alan@example.com' },
      { id: '7654321', name: 'Katherine Johnson', login: 'katherine@example.com' },
      { id: '2468024', name: 'Ada Lovelace', login: 'ada@example.com', role: 'coadmin' },
      { id: '1357913', name: 'Grace Hopper', login: 'grace@example.com', status: 'inactive' },
      { id: '1357914', name: 'Grace Hopper (test)', login: 'grace@example.com.test' }
    ],
    groups: [{ id: '555001', name: 'Contractors', members: 42 }]
  }
})
// Box asks the action to slow down once, so the demo shows Retry-After being honoured.
box.script('groups', {
  status: 429,
  headers: { 'retry-after': '1' },
  json: {
    type: 'error',
    status: 429,
    code: 'rate_limit_exceeded',
    message: 'Request rate limit exceeded, please try again later'
  }
})

const inputs = {
  // A JSON array, as a previous step's output would give it; 9999999 is not in the enterprise.
  'user-ids': '["1234567", 7654321, "9999999"]',
  // Pasted from a mail client: semicolons, a repeat in other case, and Ada's login, whose user is
  // also listed by ID below, so she is sent once, by ID.
  'user-logins': 'ada@example.com; grace@example.com;\nADA@example.com; alan@example.com',
  'group-ids': '555001',
  'fail-on-unknown': 'false',
  'box-token': token,
  'base-url': box.url
}
console.log('Inputs:')
for (const [name, value] of Object.entries(inputs)) {
  console.log(`  ${name}: ${name === 'box-token' ? '***' : JSON.stringify(value)}`)
}
try {
  const run = await runAction({ inputs })
  console.log(`\n--- The action's log (exit code ${run.code}, ${run.durationMs} ms) ---`)
  process.stdout.write(
    run.stdout
      .split('\n')
      .filter(line => !line.startsWith('::debug::'))
      .join('\n') + run.stderr
  )
  console.log('\n--- Requests the fake Box received ---')
  for (const r of box.requests) console.log(`  ${r.method} ${r.path} ${r.body}`)
  console.log('\n--- Outputs ---')
  for (const [name, value] of Object.entries(run.outputs)) console.log(`${name}: ${value}`)
  console.log('\n--- report-file ---')
  process.stdout.write(run.files['report-file'] ?? '(none)\n')
  console.log('\n--- Job summary ---')
  console.log(run.summary)
  process.exitCode = run.code ?? 1
} finally {
  await box.stop()
}
