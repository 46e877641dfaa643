// The floor: one POST to users/terminate_sessions with node:http and nothing else.
// BOX_URL, BOX_TOKEN and BODY_FILE (a JSON request body) or BODY come from the environment.
// CommonJS, because Node 24 starts a lone ES module file about 45 ms slower: the floor is the
// fastest plain script, not the fastest ES module.
const fs = require('node:fs')
const http = require('node:http')

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
