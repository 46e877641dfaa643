import { readAnswer, type Answer } from '../answer.js'
import type { BoxClient } from '../client.js'
import { GROUP_FIELDS, readGroup, type BoxGroup } from '../objects.js'

/** GET /2.0/groups/{group_id}: the group with this ID. */
export async function getGroup(client: BoxClient, id: string): Promise<Answer<BoxGroup>> {
  const answer = await client.call({
    method: 'GET',
    path: `groups/${encodeURIComponent(id)}`,
    query: { fields: GROUP_FIELDS },
    label: `groups/${id}`
  })
  return readAnswer(answer, readGroup, 'groups/{group_id}')
}
