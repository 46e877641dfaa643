import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
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
  const folder = path.dirname(ACTION_ENTRY)
  const chunks = fs.readdirSync(folder).filter(name => name.endsWith('.js') && name !== 'index.js')

  it('is ASCII only, every other character written as an escape (scripts/ascii-bundle.js)', () => {
    expect(bundle.length).toBeGreaterThan(100_000)
    expect(bundle).not.toMatch(/[\u0080-\uffff]/)
    // The summary's marks are still there, as escapes.
    expect(bundle).toContain('\\u2705 accepted')
    for (const chunk of chunks) {
      expect([chunk, fs.readFileSync(path.join(folder, chunk), 'utf8')]).not.toContainEqual(
        expect.stringMatching(/[\u0080-\uffff]/)
      )
    }
  })

  it('loads the readers of JSON lists and targets-files only when an input needs one', () => {
    // jsonc-parser and csv-parse are in chunks of their own, not in the entry a run starts with.
    expect(bundle).not.toContain('Invalid Record Length')
    expect(bundle).not.toContain('InvalidSymbol')
    const text = chunks.map(chunk => fs.readFileSync(path.join(folder, chunk), 'utf8')).join('\n')
    expect(text).toContain('Invalid Record Length')
    expect(text).toContain('InvalidSymbol')
  })
})
