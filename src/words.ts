/** "1 target", "2,500 targets": a count and its noun, plural but for one. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${groupDigits(count)} ${count === 1 ? one : many}`
}

/** 37000 as "37,000", without loading ICU's locale data (docs/benchmarks.md). */
export function groupDigits(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',')
}
