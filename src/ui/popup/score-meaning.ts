/** The One-Up score in one line of plain words, so the number means something at a glance. */

export const NOT_SCORED_TEXT = "Not enough conversation to score"

const LOWEST = "One-Down: start with the focus points below."

/** Bands of the score (src/metrics/score.ts: 50 is "nothing One-Up or One-Down happened"). */
const MEANINGS: readonly { min: number; text: string }[] = [
  { min: 80, text: "Clearly One-Up: you brought insight and led the conversation." },
  { min: 60, text: "More One-Up than One-Down, with a few moments to redo." },
  { min: 40, text: "Mixed: One-Up and One-Down moves roughly cancelled out." },
  { min: 20, text: "Mostly One-Down: more pitch and checklist than insight." },
]

/** One line for the score; null (too little to score) gives the summary's note, or the default. */
export function scoreMeaning(score: number | null, note: string | null = null): string {
  if (score === null) return note ? sentence(note) : `${NOT_SCORED_TEXT}.`
  return MEANINGS.find((band) => score >= band.min)?.text ?? LOWEST
}

/** "not enough conversation to score" → "Not enough conversation to score." */
function sentence(text: string): string {
  const trimmed = text.trim()
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1)
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`
}
