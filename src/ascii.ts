/** The text with A–Z lower-cased and nothing else: how Box compares logins. */
export function asciiLowerCase(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]/g, ch => ch.toLowerCase()) : text
}
