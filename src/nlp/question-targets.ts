/**
 * Who a question is put to. A seller who asks "why does this matter? because…" answers
 * themselves: that is a rhetorical device, not a question to the client. A question counts as
 * put to the client when it is plainly addressed to them ("how do YOU approve…") and not answered
 * in the same breath, or when it ends the utterance and the client speaks next (decided by the
 * summary, which knows who spoke next: src/metrics/summary.ts).
 */
import type { Clause } from "./clauses"
import type { Doc, Term } from "./engine"
import { list } from "./spoken"
import { word } from "./terms"

/** Words that address the listener. */
const LISTENER: ReadonlySet<string> = new Set(list("you, your, yours, yourself, yourselves, y'all"))

/** Openers of a self-answer right after a question ("…? Because…", "…? Well, here's why…"). */
const ANSWER_OPENERS: readonly (readonly string[])[] = list(`
  because, cause, 'cause, well, simple, simply, the answer, the reason, here's why, here is why,
  here's how, here is how, that's why, that is why, that's because, that is because, it's because,
  it is because, let me tell you, let me show you, turns out, it turns out, the short answer,
  the truth is, the way it works
`).map((phrase) => phrase.split(" "))

function opensAnswer(terms: readonly Term[], clause: Clause): boolean {
  return ANSWER_OPENERS.some((phrase) =>
    phrase.every((w, k) => word(terms[clause.from + k]) === w || word(terms[clause.start + k]) === w),
  )
}

/** Unpunctuated captions run the answer on: "why does this matter because…" is one clause. */
function answersItself(terms: readonly Term[], clause: Clause): boolean {
  for (let i = clause.start + 2; i < clause.end; i++) if (word(terms[i]) === "because") return true
  return false
}

function addressesListener(terms: readonly Term[], clause: Clause): boolean {
  for (let i = clause.start; i < clause.end; i++) if (LISTENER.has(word(terms[i]))) return true
  return false
}

export interface QuestionTargets {
  addressedQuestions: number
  trailingQuestion: boolean
}

export function questionTargets(doc: Doc, clauses: readonly Clause[]): QuestionTargets {
  let addressedQuestions = 0
  clauses.forEach((clause, i) => {
    if (!clause.question) return
    const terms = doc.docs[clause.sentence] ?? []
    const next = clauses[i + 1]
    const answered =
      answersItself(terms, clause) ||
      (next !== undefined && !next.question && opensAnswer(doc.docs[next.sentence] ?? [], next))
    if (!answered && addressesListener(terms, clause)) addressedQuestions++
  })
  const last = clauses[clauses.length - 1]
  const lastTerms = last ? (doc.docs[last.sentence] ?? []) : []
  const trailingQuestion =
    last?.question != null && !addressesListener(lastTerms, last) && !answersItself(lastTerms, last)
  return { addressedQuestions, trailingQuestion }
}
