/**
 * Small helpers over compromise terms, shared by the clause splitter and question detection.
 * They read tags the tagger already set; nothing here parses or matches.
 */
import type { Term } from "./engine"

/** The word a term stands for: "don't" is "do" then "not", "what's" is "what" then "is". */
export function word(term: Term | undefined): string {
  if (!term) return ""
  const implicit = (term as Term & { implicit?: string }).implicit
  return implicit || term.normal
}

export function is(term: Term | undefined, tag: string): boolean {
  return term?.tags?.has(tag) === true
}

/** Personal pronouns that can be the subject of a question ("do YOU", "what would THEY"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  "i",
  "you",
  "we",
  "they",
  "he",
  "she",
  "y'all",
  "anyone",
  "anybody",
  "someone",
  "somebody",
  "everyone",
  "everybody",
  "nobody",
])

/** Words that can open the subject after an inverted auxiliary ("is THAT", "does YOUR team"). */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set([
  ...SUBJECT_PRONOUNS,
  "people",
  "folks",
  "it",
  "that",
  "this",
  "these",
  "those",
  "there",
  "the",
  "your",
  "our",
  "their",
  "his",
  "her",
  "its",
  "my",
  "any",
  "a",
  "an",
  "anything",
  "something",
  "everything",
  "all",
  "most",
  "some",
  "each",
  "every",
  "next",
  "last",
  "both",
  "either",
  "tomorrow",
  "today",
])

/**
 * Can this word begin the subject that follows an inverted auxiliary? `modifiers` also accepts an
 * adjective or number ("does NEXT monday work", "are BOTH sites live"); "what's DIFFERENT…" must not.
 */
export function opensSubject(term: Term | undefined, modifiers = true): boolean {
  if (!term) return false
  const w = word(term)
  if (SUBJECT_OPENERS.has(w)) return true
  if (is(term, "Adjective") || is(term, "Value") || is(term, "Date"))
    return modifiers && !is(term, "Comparative")
  return is(term, "ProperNoun") || is(term, "Stakeholder") || (is(term, "Noun") && !is(term, "Pronoun"))
}

/** Auxiliaries that start a yes/no question when they come before their subject. */
export const QUESTION_AUXILIARIES: ReadonlySet<string> = new Set([
  "do",
  "does",
  "did",
  "is",
  "are",
  "was",
  "were",
  "am",
  "can",
  "could",
  "would",
  "will",
  "should",
  "shall",
  "may",
  "might",
  "have",
  "has",
  "had",
  "must",
])

/** True for verbs, including auxiliaries and copulas, that give a clause its predicate. */
export function isVerbLike(term: Term | undefined): boolean {
  return is(term, "Verb") && !is(term, "Particle")
}

/** A person's name as the tagger knows it ("marc", "priya" only when it knows the name). */
export function isName(term: Term | undefined): boolean {
  return is(term, "FirstName") || is(term, "Person")
}
