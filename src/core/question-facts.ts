/**
 * Carries the optional "put to the client" question facts (types.ts Classification) from one
 * record to another, only where they exist: older stored calls do not have them, and inventing
 * them would change how their questions are counted.
 */
import type { Classification } from "./types"

type Targets = Pick<Classification, "addressedQuestions" | "trailingQuestion" | "trailingQuestions">

export function questionTargetFacts(source: Partial<Targets>): Targets {
  const facts: Targets = {}
  if (
    typeof source.addressedQuestions === "number" &&
    Number.isInteger(source.addressedQuestions) &&
    source.addressedQuestions >= 0
  )
    facts.addressedQuestions = source.addressedQuestions
  if (typeof source.trailingQuestion === "boolean") facts.trailingQuestion = source.trailingQuestion
  if (
    typeof source.trailingQuestions === "number" &&
    Number.isInteger(source.trailingQuestions) &&
    source.trailingQuestions >= 0
  )
    facts.trailingQuestions = source.trailingQuestions
  return facts
}
