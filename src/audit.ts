/** Who started the run and where, for the job summary. */
export interface AuditContext {
  actor: string
  eventName: string
  workflow: string
  runUrl?: string
}

/** The fields of @actions/github's context that the audit trail uses. */
export interface GithubContextLike {
  actor: string
  eventName: string
  workflow: string
  serverUrl: string
  runId: number
  runAttempt?: number
}

export function auditContext(
  context: GithubContextLike,
  repository: string | undefined
): AuditContext {
  const runUrl =
    repository && context.runId
      ? `${context.serverUrl}/${repository}/actions/runs/${context.runId}${context.runAttempt && context.runAttempt > 1 ? `/attempts/${context.runAttempt}` : ''}`
      : undefined
  return { actor: context.actor, eventName: context.eventName, workflow: context.workflow, runUrl }
}
