import { describe, expect, it } from '@jest/globals'
import { shrinkToFit } from '../../src/action/fit.js'

describe('shrinkToFit', () => {
  const render = (count: number) => 'x'.repeat(count * 10)

  it('keeps every item when they fit', () => {
    expect(shrinkToFit(7, render, text => text.length <= 70)).toEqual({
      rendered: 'x'.repeat(70),
      count: 7
    })
  })

  it('halves the count until the rendering fits', () => {
    const tried: number[] = []
    const fit = shrinkToFit(
      100,
      count => {
        tried.push(count)
        return render(count)
      },
      text => text.length <= 300
    )
    expect(tried).toEqual([100, 50, 25])
    expect(fit.count).toBe(25)
  })

  it('ends at none, whatever none renders to', () => {
    expect(
      shrinkToFit(
        3,
        () => 'always too long',
        () => false
      )
    ).toEqual({
      rendered: 'always too long',
      count: 0
    })
  })
})
