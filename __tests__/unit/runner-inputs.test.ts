import { afterEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '../../__fixtures__/core.js'

jest.unstable_mockModule('@actions/core', () => core)
const github = { context: { ...(await import('../../__fixtures__/github.js')).context } }
jest.unstable_mockModule('@actions/github', () => github)

const { runnerInputs } = await import('../../src/action/inputs.js')
const { auditContext, runContext } = await import('../../src/action/audit.js')

afterEach(() => {
  jest.resetAllMocks()
})

describe('the inputs as the runner gives them', () => {
  it('reads each input once and says it in a debug line: empty, a secret only as set, long ones cut', () => {
    const values: Record<string, string> = {
      'user-ids': '',
      'box-token': 'a-token-never-shown',
      'user-logins': 'x'.repeat(201),
      'group-ids': 'y'.repeat(200)
    }
    core.getInput.mockImplementation(name => values[name] ?? '')
    const inputs = runnerInputs()
    for (const name of ['user-ids', 'box-token', 'user-logins', 'group-ids', 'user-ids'] as const) {
      expect(inputs.text(name)).toBe(values[name])
    }
    expect(core.getInput).toHaveBeenCalledTimes(4)
    expect(core.debug.mock.calls.map(call => call[0])).toEqual([
      'input user-ids: (empty)',
      'input box-token: (set; a secret, not shown)',
      `input user-logins: "${'x'.repeat(200)}…"`,
      `input group-ids: "${'y'.repeat(200)}"`
    ])
  })

  it('reads a boolean input through the toolkit', () => {
    core.getBooleanInput.mockReturnValue(true)
    expect(runnerInputs().boolean('dry-run')).toBe(true)
    expect(core.getBooleanInput).toHaveBeenCalledWith('dry-run')
  })
})

describe('the audit trail', () => {
  const run = {
    actor: 'octocat',
    eventName: 'workflow_dispatch',
    workflow: 'Incident response',
    serverUrl: 'https://github.com',
    runId: 4242,
    runAttempt: 1,
    repository: 'acme/security'
  }

  it('links the run, and the attempt after the first', () => {
    expect(auditContext(run)).toEqual({
      actor: 'octocat',
      eventName: 'workflow_dispatch',
      workflow: 'Incident response',
      runUrl: 'https://github.com/acme/security/actions/runs/4242'
    })
    expect(auditContext({ ...run, runAttempt: 2 }).runUrl).toBe(
      'https://github.com/acme/security/actions/runs/4242/attempts/2'
    )
  })

  it('links nothing without the repository or the run', () => {
    expect(auditContext({ ...run, repository: undefined }).runUrl).toBeUndefined()
    expect(auditContext({ ...run, runId: 0 }).runUrl).toBeUndefined()
  })

  it('reads the run from the toolkit’s context, and no repository where it has none', () => {
    expect(runContext()).toEqual(run)
    Object.defineProperty(github.context, 'repo', {
      get: () => {
        throw new Error('context.repo requires a GITHUB_REPOSITORY environment variable')
      }
    })
    expect(runContext()).toEqual({ ...run, repository: undefined })
  })
})
