import type { Settings } from '../../src/settings/settings.js'
import type { Target } from '../../src/targets/target.js'

/** A target as an input gives it. */
export const target = (kind: Target['kind'], value: string): Target => ({
  kind,
  value,
  source: kind
})

/** `n` user IDs from `from`. */
export const ids = (n: number, from = 1): Target[] =>
  Array.from({ length: n }, (_, i) => target('user-ids', String(from + i)))

/** Settings as parseSettings gives them with action.yml's defaults and a token. */
export function settingsFor(targets: Target[], extra: Partial<Settings> = {}): Settings {
  return {
    targets,
    auth: { method: 'token', token: 'settings-token' },
    baseUrl: 'https://box.test',
    dryRun: false,
    maxRetries: 0,
    requestTimeoutMs: 5_000,
    jobSummary: true,
    verify: { input: 'auto', maxRequests: 1000, strict: false },
    failOnUnknown: true,
    batchSize: 1000,
    notes: [],
    ...extra
  }
}

export const VERIFY = {
  auto: { input: 'auto', maxRequests: 1000, strict: false },
  true: { input: 'true', maxRequests: Number.POSITIVE_INFINITY, strict: true },
  false: { input: 'false', maxRequests: 0, strict: false }
} as const satisfies Record<string, Settings['verify']>
