import type { BoxClient } from '../client.js'
import { lookupOf, text, type BoxGroup, type Lookup } from '../lookup.js'

/** GET /2.0/groups/{group_id}: the group with this ID, or not found. */
export async function getGroup(client: BoxClient, id: string): Promise<Lookup<BoxGroup>> {
  const result = await client.call({
    method: 'GET',
    path: `groups/${encodeURIComponent(id)}`,
    query: { fields: ['id', 'name'] },
    label: `groups/${id}`
  })
  return lookupOf(result, json => ({ id: text(json.id), name: text(json.name) }))
}
