/** The text with A–Z lower-cased and nothing else: how Box compares logins. */
export function asciiLowerCase(text: string): string {
  // Stryker disable next-line ConditionalExpression: a shortcut; text without A–Z folds to itself
  if (!/[A-Z]/.test(text)) return text
  // Only in ASCII text is toLowerCase() the same as folding A–Z (it changes other letters too).
  // Stryker disable next-line Regex: text that takes the other way for nothing folds the same
  return /[\u0080-\uffff]/.test(text)
    ? // Stryker disable next-line Regex: a run of capitals folds as its letters one by one
      text.replace(/[A-Z]+/g, run => run.toLowerCase())
    : text.toLowerCase()
}
