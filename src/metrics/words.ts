/** Word counts for talk share: tokens with at least one letter or digit ("—" and "..." are not words). */
export function countWords(text: string): number {
  let count = 0
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count++
  return count
}
