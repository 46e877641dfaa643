import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parseSettings } from '../../src/settings/parse-settings.js'
import { InputError } from '../../src/errors.js'
import { inputsFrom } from '../helpers/inputs.js'
import { e2eStage, runtimes } from '../helpers/e2e.js'

const TOKEN = 'fuzz-token-5e6f7a8b'
// No NUL: an environment variable, and so a runner's input, cannot hold one.
const CONTROL = ['\u0007', '\u001b[2J', '\r', '\u2028', '\u0085']
const piece = fc.oneof(
  fc.constantFrom('1', 'a@b.co', ',', ' ', '\n', '[', '"', '::error::x', ...CONTROL),
  fc.string({ maxLength: 6 })
)
const list = fc.array(piece, { maxLength: 10 }).map(p => p.join(''))

async function refused(inputs: Record<string, string>): Promise<boolean> {
  try {
    await parseSettings(inputsFrom(inputs), {
      workspace: '/',
      runnerTemp: '',
      osTemp: '/tmp',
      realPath: p => p,
      isFile: () => true,
      readText: () => ''
    })
    return false
  } catch (error) {
    if (error instanceof InputError) return true
    throw error
  }
}

// Generated inputs that the parser refuses, run through the bundle: none may reach Box.
const generated = fc
  .sample(fc.record({ 'user-ids': list, 'user-logins': list, 'group-ids': list }), {
    numRuns: 400,
    seed: 20261130
  })
  .map(s => ({ ...s, 'box-token': TOKEN }))
  .filter(s => !Object.values(s).some(v => v.includes('\u0000')))
const verdicts = await Promise.all(generated.map(refused))
const samples = generated.filter((_, i) => verdicts[i]).slice(0, 12)

describe.each(runtimes())('generated bad input through the bundle on %s', (_label, node) => {
  const stage = e2eStage(node, {}, TOKEN)

  it('has enough refused samples to mean something', () => {
    expect(samples).toHaveLength(12)
  })

  it.each(samples.map((s, i) => [i, s] as const))(
    'sample %i is refused and sends no request',
    async (_i, inputs) => {
      const r = await stage.run(inputs)
      expect(r.code).toBe(1)
      expect(r.stdout).toMatch(
        /^::error::Invalid input \(\d+ problems?\); nothing was sent to Box/m
      )
      expect(stage.box.requests).toEqual([])
    }
  )
})
