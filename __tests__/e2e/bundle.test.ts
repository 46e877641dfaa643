import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import { ACTION_ENTRY } from '../../harness/run-action.js'
import { fetch, ProxyAgent } from '../../src/bundle-stubs/undici.js'

const bundle = fs.readFileSync(ACTION_ENTRY, 'utf8')

describe('the undici stand-in', () => {
  it('is what the bundle holds instead of undici', () => {
    expect(bundle).toContain('undici is not bundled with terminate-box-sessions')
    // Names that only undici's own code contains.
    expect(bundle).not.toMatch(/UND_ERR_|undici\/lib|class Dispatcher/)
  })

  it('can be built, as @actions/github does behind a proxy, but fails loudly when used', () => {
    const agent = new ProxyAgent()
    expect(() => agent.dispatch()).toThrow('undici is not bundled')
    expect(() => fetch()).toThrow('undici is not bundled')
  })
})

describe('the bundle', () => {
  it('is ASCII only, every other character written as an escape (scripts/ascii-bundle.js)', () => {
    expect(bundle.length).toBeGreaterThan(100_000)
    expect(bundle).not.toMatch(/[\u0080-\uffff]/)
    // The summary's marks are still there, as escapes.
    expect(bundle).toContain('\\u2705 accepted')
  })
})
