/**
 * The most items, of `most`, then half as many, and so on down to none, whose rendering `fits`:
 * how the outputs, `result` and the summary stay within the runner's limits. The rendering of
 * none is returned whatever its size.
 */
export function shrinkToFit<T>(
  most: number,
  render: (count: number) => T,
  fits: (rendered: T) => boolean
): { rendered: T; count: number } {
  for (let count = most; ; count = Math.floor(count / 2)) {
    const rendered = render(count)
    if (count === 0 || fits(rendered)) return { rendered, count }
  }
}
