import type { BoxClient } from '../client.js'

/**
 * GET /2.0/groups/{group_id}/memberships?limit=1: Box's total_count of the group's memberships,
 * an approximate member count; undefined when Box does not say.
 */
export async function countGroupMembers(
  client: BoxClient,
  groupId: string
): Promise<number | undefined> {
  const result = await client.call({
    method: 'GET',
    path: `groups/${encodeURIComponent(groupId)}/memberships`,
    query: { limit: 1 },
    label: `groups/${groupId}/memberships`
  })
  const total = result.ok ? result.json?.total_count : undefined
  return typeof total === 'number' ? total : undefined
}
