import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import tls from 'node:tls'
import { e2eStage, runtimes } from '../helpers/e2e.js'

const TOKEN = 'proxy-token-77aa88bb'
const HOST = 'box.example'

// A runner behind a proxy: https_proxy names a proxy on 127.0.0.1 that accepts the CONNECT
// tunnel and serves the fake Box through it with a certificate for box.example, which the
// action's Node trusts through NODE_EXTRA_CA_CERTS. Nothing is forwarded anywhere.
describe.each(runtimes())('the bundled action behind a proxy on %s', (_label, node) => {
  const stage = e2eStage(node, {}, TOKEN)
  let proxy: http.Server
  let dir: string
  const tunnels: string[] = []

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tbs-proxy-'))
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
        '-subj',
        `/CN=${HOST}`,
        '-addext',
        `subjectAltName=DNS:${HOST}`
      ],
      { stdio: 'ignore' }
    )
    const secureContext = tls.createSecureContext({
      key: fs.readFileSync(path.join(dir, 'key.pem')),
      cert: fs.readFileSync(path.join(dir, 'cert.pem'))
    })
    proxy = http.createServer((_req, res) => res.writeHead(405).end())
    proxy.on('connect', (req, socket) => {
      tunnels.push(String(req.url))
      socket.write('HTTP/1.1 200 Connection established\r\n\r\n')
      stage.box.accept(new tls.TLSSocket(socket, { isServer: true, secureContext }))
    })
    await new Promise<void>(resolve => proxy.listen(0, '127.0.0.1', resolve))
  })

  afterAll(async () => {
    proxy.closeAllConnections()
    await new Promise(resolve => proxy.close(resolve))
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('tunnels through https_proxy with @actions/http-client and never follows a redirect', async () => {
    const env = {
      https_proxy: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
      NODE_EXTRA_CA_CERTS: path.join(dir, 'cert.pem')
    }
    const inputs = {
      'user-logins': 'ada@example.com',
      'group-ids': '42',
      'box-token': TOKEN,
      'base-url': `https://${HOST}`
    }
    const r = await stage.run(inputs, { env })
    expect(r.code).toBe(0)
    // One tunnel per request, lookups included (and which enterprise the token acts in), each to
    // base-url's host alone.
    expect(stage.box.requests.map(q => q.route).sort()).toEqual([
      'group',
      'groups',
      'me',
      'memberships',
      'user-list',
      'users'
    ])
    expect(tunnels).toEqual(stage.box.requests.map(() => `${HOST}:443`))
    expect(stage.box.requests.map(q => [q.route, q.headers.host, q.headers.authorization])).toEqual(
      expect.arrayContaining([
        ['users', HOST, `Bearer ${TOKEN}`],
        ['groups', HOST, `Bearer ${TOKEN}`]
      ])
    )
    tunnels.length = 0
    stage.box.requests.length = 0
    stage.box.script('users', { status: 302, redirect: 'https://elsewhere.example/steal' })
    const redirected = await stage.run(
      { ...inputs, 'group-ids': '', 'verify-targets': 'false' },
      { env }
    )
    expect(redirected.code).toBe(1)
    expect(tunnels).toEqual([`${HOST}:443`])
    expect(redirected.stdout).toContain(
      'Box API 302 redirect on users/terminate_sessions to https://elsewhere.example/steal'
    )
  })

  it('gives up on a hanging request through the proxy and ends without waiting for it', async () => {
    stage.box.script('groups', { hang: true })
    const r = await stage.run(
      {
        'group-ids': '42',
        'base-url': `https://${HOST}`,
        'request-timeout': '1',
        'max-retries': '0',
        'verify-targets': 'false'
      },
      {
        env: {
          https_proxy: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
          NODE_EXTRA_CA_CERTS: path.join(dir, 'cert.pem')
        },
        timeoutMs: 20_000
      }
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('no complete response within 1 s')
    expect(r.stdout).not.toContain('budget')
  })
})
