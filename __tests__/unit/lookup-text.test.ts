import { describe, expect, it } from '@jest/globals'
import { describeLookupPlan } from '../../src/action/lookup-text.js'

describe('the lookup plan, in words', () => {
  it('says no lookup ran when none was planned or run', () => {
    expect(describeLookupPlan({ plan: 'none', why: 'not-run', targets: 3 })).toBe('No lookup ran')
    expect(describeLookupPlan({ plan: 'none' })).toBe('No lookup ran')
  })

  it('names each source, one after the other, and what a listing leaves to lookups only when it lists', () => {
    const users = { name: 'users', noun: 'user', targets: 400, lookups: 400 }
    const groups = { name: 'groups', noun: 'group', targets: 2, lookups: 2 }
    expect(
      describeLookupPlan({
        plan: 'listing',
        targets: 402,
        requests: 53,
        counted: true,
        sources: [
          { ...users, list: true, count: 50_000, pages: 50 },
          { ...groups, list: false }
        ]
      })
    ).toBe(
      "Looking up 402 targets in about 53 requests: 400 user targets by listing the enterprise's 50,000 users (50 pages) instead of 400 lookups; 2 group targets one by one; what a listing lacks is then looked up one by one"
    )
    expect(
      describeLookupPlan({
        plan: 'per-target',
        targets: 3,
        requests: 4,
        counted: true,
        sources: [{ ...users, targets: 3, lookups: 3, list: false, count: 50_000, pages: 50 }]
      })
    ).toBe(
      "Looking up 3 targets in about 4 requests: 3 user targets one by one, fewer requests than listing the enterprise's 50,000 users (50 pages)"
    )
  })
})
