import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { InputName } from '../../src/inputs.js'
import { parseSettings } from '../../src/settings/parse-settings.js'
import { InputError } from '../../src/errors.js'
import { safeText } from '../../src/safe-text.js'
import { parseListInput } from '../../src/targets/parse-list.js'
import type { Target } from '../../src/targets/target.js'
import { parseTargetsFile, type FileAccess } from '../../src/targets/targets-file.js'
import { inputsFrom } from '../helpers/inputs.js'
import { asciiLowerCase, isBoxId, isLogin } from '../helpers/rules.js'

/** Generated inputs per mode; a run checks every property on this many. */
const RUNS = 100_000

const CONTROL = [...Array(32).keys(), 127, 0x85, 0x9b, 0x2028, 0x2029].map(c =>
  String.fromCharCode(c)
)
const pieces = [
  '1',
  '42',
  '007',
  'a@b.co',
  'Ada@Example.com',
  '@',
  ',',
  ' ',
  '\n',
  '\r\n',
  '\t',
  '[',
  ']',
  '"',
  '{',
  '}',
  ':',
  '::set-output',
  '::add-mask::x',
  'null',
  'true',
  '-1',
  '1.5',
  '١٢',
  'é',
  '\u200b',
  '\u001b[31m'
]

const modes: Record<string, fc.Arbitrary<string>> = {
  'random strings': fc.string({ maxLength: 80 }),
  'JSON fragments': fc.oneof(
    fc.tuple(fc.json({ maxDepth: 2 }), fc.nat()).map(([j, n]) => j.slice(0, n % (j.length + 1))),
    fc
      .array(
        fc.oneof(
          fc.string(),
          fc.integer(),
          fc.double(),
          fc.boolean(),
          fc.constant(null),
          fc.emailAddress()
        ),
        { maxLength: 8 }
      )
      .map(a => JSON.stringify(a))
  ),
  unicode: fc.string({ unit: 'binary', maxLength: 60 }),
  'control characters and list syntax': fc
    .array(fc.constantFrom(...CONTROL, ...pieces), { maxLength: 24 })
    .map(p => p.join(''))
}

const noFiles: FileAccess = {
  workspace: '/',
  runnerTemp: '',
  osTemp: '/tmp',
  realPath: () => {
    throw Object.assign(new Error('none'), { code: 'ENOENT' })
  },
  isFile: () => true,
  readText: () => ''
}

function settingsFor(inputs: Partial<Record<InputName, string>>) {
  return parseSettings(inputsFrom(inputs), noFiles)
}

/** Runs the action's input parsing and reports what it accepted, or that it refused the input. */
async function outcome(inputs: Partial<Record<InputName, string>>) {
  try {
    return { accepted: (await settingsFor({ 'box-token': 'token', ...inputs })).targets }
  } catch (error) {
    if (error instanceof InputError) return { refused: error }
    throw error
  }
}

// Properties return booleans rather than call expect(): a hundred thousand runs stay fast. They
// judge the action by the README's rules (helpers/rules.ts), never by its own validators.
function onlyValidTargets(targets: Target[]): boolean {
  const of = (kind: Target['kind']) => targets.filter(t => t.kind === kind).map(t => t.value)
  const ids = of('user-ids')
  const logins = of('user-logins')
  return (
    [...ids, ...of('group-ids')].every(isBoxId) &&
    logins.every(isLogin) &&
    new Set(ids).size === ids.length &&
    new Set(logins.map(asciiLowerCase)).size === logins.length
  )
}

// eslint-disable-next-line no-control-regex -- the oracle looks for control characters
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

describe.each(Object.entries(modes))('input fuzzing: %s', (_mode, text) => {
  it(`splits, validates and either accepts only valid targets or refuses with the typed error (${RUNS} inputs)`, async () => {
    await fc.assert(
      fc.asyncProperty(text, text, text, async (ids, logins, groups) => {
        const result = await outcome({
          'user-ids': ids,
          'user-logins': logins,
          'group-ids': groups
        })
        const judged = result.accepted
          ? onlyValidTargets(result.accepted)
          : (result.refused?.problems.length ?? 0) > 0
        const lists = await Promise.all(
          [ids, logins, groups].map(raw => parseListInput('user-ids', raw))
        )
        return (
          judged &&
          lists.every(
            list => !list.ok || list.value.every(t => t.value !== '' && t.value === t.value.trim())
          )
        )
      }),
      { numRuns: RUNS }
    )
  })

  it(`reads any targets-file content without throwing (${RUNS} inputs)`, () => {
    fc.assert(
      fc.property(text, content => {
        const result = parseTargetsFile(content)
        return result.ok
          ? result.value.targets.every(t => t.value !== '' && t.value === t.value.trim())
          : result.problems.length > 0
      }),
      { numRuns: RUNS }
    )
  })

  it(`never lets text become a workflow command or carry a control character (${RUNS} inputs)`, () => {
    fc.assert(
      fc.property(text, raw => {
        const printed = safeText(raw)
        return !CONTROL_CHARACTER.test(printed) && !printed.trimStart().startsWith('::')
      }),
      { numRuns: RUNS }
    )
  })
})

describe('input fuzzing: huge lists', () => {
  const id = fc.oneof(fc.stringMatching(/^[0-9]{1,12}$/), fc.constantFrom('x1', '', ' ', '1.0'))
  const login = fc.oneof(fc.emailAddress(), fc.constantFrom('no-at', 'a@b', '@x.io', ''))
  const separator = fc.constantFrom(',', ' ', '\n', ', ', '\r\n', ';', '; ')

  it('accepts or refuses lists of up to 5,000 entries the same way as short ones', async () => {
    const seen = { accepted: 0, refused: 0 }
    await fc.assert(
      fc.asyncProperty(
        fc.array(id, { minLength: 500, maxLength: 5000 }),
        fc.array(login, { minLength: 500, maxLength: 5000 }),
        separator,
        fc.boolean(),
        fc.boolean(),
        async (allIds, allLogins, sep, asJson, clean) => {
          // Half the lists keep only what the rules accept, so that acceptance is reached too.
          const keep = (ok: (entry: string) => boolean) => (entry: string) =>
            !clean || entry.trim() === '' || ok(entry.trim())
          const ids = allIds.filter(keep(isBoxId))
          const logins = allLogins.filter(keep(isLogin))
          const write = (list: string[]) => (asJson ? JSON.stringify(list) : list.join(sep))
          const result = await outcome({ 'user-ids': write(ids), 'user-logins': write(logins) })
          seen[result.accepted ? 'accepted' : 'refused']++
          const bad =
            ids.some(i => i.trim() !== '' && !isBoxId(i.trim())) ||
            logins.some(l => l.trim() !== '' && !isLogin(l.trim()))
          const empty = ids.every(i => i.trim() === '') && logins.every(l => l.trim() === '')
          return (
            (result.refused !== undefined) === (bad || empty) &&
            (!result.accepted || onlyValidTargets(result.accepted))
          )
        }
      ),
      { numRuns: 150 }
    )
    // Both answers were reached: the lists exercised acceptance as well as refusal.
    expect(seen.accepted).toBeGreaterThan(0)
    expect(seen.refused).toBeGreaterThan(0)
  })
})
