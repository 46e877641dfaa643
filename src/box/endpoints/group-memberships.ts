import { readAnswer, type Answer } from '../answer.js'
import type { BoxClient } from '../client.js'
import { readTotalCount } from '../objects.js'

/**
 * GET /2.0/groups/{group_id}/memberships?limit=1: Box's total_count of the group's memberships,
 * an approximate member count.
 */
export async function countGroupMembers(
  client: BoxClient,
  groupId: string
): Promise<Answer<number>> {
  const answer = await client.call({
    method: 'GET',
    path: `groups/${encodeURIComponent(groupId)}/memberships`,
    query: { limit: 1 },
    label: `groups/${groupId}/memberships`
  })
  return readAnswer(answer, readTotalCount, 'groups/{group_id}/memberships')
}
