// A typed stand-in for @actions/github's context, for tests that import src/main.ts.
import type * as github from '@actions/github'

export const context = {
  actor: 'octocat',
  eventName: 'workflow_dispatch',
  workflow: 'Incident response',
  serverUrl: 'https://github.com',
  runId: 4242,
  runAttempt: 1,
  repo: { owner: 'acme', repo: 'security' }
} as unknown as typeof github.context
