// The floor: one POST to users/terminate_sessions with node:http and nothing else.
// BOX_URL, BOX_TOKEN and BODY_FILE (a JSON request body) or BODY come from the environment.
// The bench runs this text twice: as this CommonJS file, and copied to a .mjs file, loaded as an
// ES module like the action's bundle. process.getBuiltinModule reaches node:fs and node:http the
// same way in both, without a module loader step in between.
const fs = process.getBuiltinModule('node:fs')
const http = process.getBuiltinModule('node:http')

const body = process.env.BODY_FILE
  ? fs.readFileSync(process.env.BODY_FILE, 'utf8')
  : (process.env.BODY ?? '')
const req = http.request(
  `${process.env.BOX_URL}/2.0/users/terminate_sessions`,
  {
    method: 'POST',
    headers: {
      authorization: `Bearer ${process.env.BOX_TOKEN}`,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body)
    }
  },
  res => {
    let text = ''
    res.setEncoding('utf8')
    res.on('data', chunk => (text += chunk))
    res.on('end', () => {
      console.log(JSON.parse(text).message)
      process.exitCode = res.statusCode === 202 ? 0 : 1
    })
  }
)
req.end(body)
