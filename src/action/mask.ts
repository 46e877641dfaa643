/**
 * The strings to register with the runner for one secret: the whole value and, for a
 * multi-line secret (a JSON config, a PEM key), each substantial line, since the runner
 * may print such a value line by line.
 */
export function maskParts(secret: string): string[] {
  if (secret.trim() === '') return []
  const lines = secret
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(l => l.length >= 8)
  return [...new Set([secret, ...lines])]
}
