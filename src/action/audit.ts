import { context } from '@actions/github'

/** Who started the run and where, for the job summary. */
export interface AuditContext {
  actor: string
  eventName: string
  workflow: string
  runUrl?: string
}

/** The fields of @actions/github's context that the audit trail uses. */
export type GithubContext = Pick<
  typeof context,
  'actor' | 'eventName' | 'workflow' | 'serverUrl' | 'runId' | 'runAttempt'
> & { repository?: string }

/** The run's context from @actions/github. */
export function runContext(): GithubContext {
  let repository: string | undefined
  try {
    repository = `${context.repo.owner}/${context.repo.repo}`
  } catch {
    // context.repo throws when GITHUB_REPOSITORY is not set, as outside a runner.
    repository = undefined
  }
  return {
    actor: context.actor,
    eventName: context.eventName,
    workflow: context.workflow,
    serverUrl: context.serverUrl,
    runId: context.runId,
    runAttempt: context.runAttempt,
    repository
  }
}

export function auditContext(run: GithubContext): AuditContext {
  const attempt = run.runAttempt > 1 ? `/attempts/${run.runAttempt}` : ''
  const runUrl =
    run.repository && run.runId
      ? `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}${attempt}`
      : undefined
  return { actor: run.actor, eventName: run.eventName, workflow: run.workflow, runUrl }
}
