// The same call through the Box TypeScript SDK (box-typescript-sdk-gen), for comparison.
// BOX_URL, BOX_TOKEN and BODY_FILE (a JSON request body) or BODY come from the environment.
import fs from 'node:fs'
import { BoxClient, BoxDeveloperTokenAuth } from 'box-typescript-sdk-gen'

const body = JSON.parse(
  process.env.BODY_FILE
    ? fs.readFileSync(process.env.BODY_FILE, 'utf8')
    : (process.env.BODY ?? '{}')
)
const client = new BoxClient({
  auth: new BoxDeveloperTokenAuth({ token: process.env.BOX_TOKEN ?? '' })
}).withCustomBaseUrls({
  baseUrl: process.env.BOX_URL ?? '',
  uploadUrl: process.env.BOX_URL ?? '',
  oauth2Url: `${process.env.BOX_URL}/oauth2`
})
const result = await client.sessionTermination.terminateUsersSessions({
  userIds: body.user_ids,
  userLogins: body.user_logins
})
console.log(result.message)
