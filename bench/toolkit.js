// @ts-check
// The speed guard's reference: the action's one-user job written plainly on the same toolkit
// (@actions/core, @actions/github, @actions/http-client), as an action author would write it
// without care for start-up: read the inputs, mask the token, post once, set the output, write a
// summary. npm run bench bundles it with ncc, the way the action is built.
import * as core from '@actions/core'
import { context } from '@actions/github'
import { HttpClient } from '@actions/http-client'

const token = core.getInput('box-token')
core.setSecret(token)
const ids = core
  .getInput('user-ids')
  .split(/[\s,;]+/)
  .filter(id => id !== '')
const client = new HttpClient('plain-toolkit-job')
const response = await client.postJson(
  `${core.getInput('base-url')}/2.0/users/terminate_sessions`,
  { user_ids: ids, user_logins: [] },
  { Authorization: `Bearer ${token}` }
)
const result = /** @type {{ message?: string } | null} */ (response.result)
core.setOutput('message', result?.message ?? '')
await core.summary
  .addHeading('Box sessions terminated', 2)
  .addRaw(`<p>${ids.length} users, by ${context.actor}</p>`, true)
  .write()
