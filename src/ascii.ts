/** The text with A–Z lower-cased and nothing else: how Box compares logins. */
export function asciiLowerCase(text: string): string {
  if (!/[A-Z]/.test(text)) return text
  // Only in ASCII text is toLowerCase() the same as folding A–Z (it changes other letters too).
  return /[\u0080-\uffff]/.test(text)
    ? text.replace(/[A-Z]+/g, run => run.toLowerCase())
    : text.toLowerCase()
}
