import { describe, expect, it } from '@jest/globals'
import { parseBaseUrl } from '../../src/settings/base-url.js'

describe('parseBaseUrl', () => {
  it.each([
    ['https://api.box.com', 'https://api.box.com'],
    ['https://api.box.com/', 'https://api.box.com'],
    ['https://api.box.com/2.0', 'https://api.box.com'],
    ['https://api.box.com/2.0/', 'https://api.box.com'],
    ['https://proxy.example.com/box/2.0', 'https://proxy.example.com/box'],
    ['https://proxy.example.com/box/2.01', 'https://proxy.example.com/box/2.01'],
    ['https://proxy.example.com/box/', 'https://proxy.example.com/box'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['http://127.3.2.1', 'http://127.3.2.1'],
    ['http://localhost:9000/', 'http://localhost:9000'],
    ['http://[::1]:9000', 'http://[::1]:9000']
  ])('accepts %s', (raw, url) => {
    expect(parseBaseUrl(raw)).toEqual({ ok: true, value: url })
  })

  it.each([
    ['http://api.box.com', 'must use https'],
    ['http://10.0.0.5:8080', 'must use https'],
    ['http://127.0.0.1.example.com', 'must use https'],
    ['ftp://127.0.0.1', 'must use https'],
    ['https://user:pw@api.box.com', 'must not contain a user name or password'],
    ['https://api.box.com/?x=1', 'must not contain a query or a fragment'],
    ['api.box.com', 'is not a valid URL']
  ])('refuses %s', (raw, problem) => {
    expect(parseBaseUrl(raw)).toEqual({ ok: false, problems: [expect.stringContaining(problem)] })
  })
})
