import { callBox, type BoxClientDeps } from './box-client.js'
import type { RetryNotice } from './retry.js'
import { safeText } from './safe-text.js'

export interface Identity {
  id: string
  name: string
  login: string
  role: string
}

/** Who the token acts as, from GET /2.0/users/me: what a dry run reports. */
export async function whoAmI(
  deps: BoxClientDeps,
  onRetry: (notice: RetryNotice) => void
): Promise<{ identity?: Identity; error?: string }> {
  const result = await callBox(
    deps,
    'GET',
    'users/me?fields=id,name,login,role',
    undefined,
    onRetry
  )
  if (!result.ok) return { error: result.error }
  const text = (v: unknown): string =>
    typeof v === 'string' || typeof v === 'number' ? safeText(String(v)) : ''
  return {
    identity: {
      id: text(result.json?.id),
      name: text(result.json?.name),
      login: text(result.json?.login),
      role: text(result.json?.role)
    }
  }
}
