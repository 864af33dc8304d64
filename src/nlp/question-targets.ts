/**
 * Which questions count, and who they are put to. A seller who asks "why does this matter?
 * because…" answers themselves: that is a rhetorical device, not a question to the client. A
 * question counts as put to the client when it is plainly addressed to them ("how do YOU
 * approve…", "marc, is the left one…") and not answered in the same breath, or when it is among
 * the questions that end the utterance and the client speaks next (decided by the summary, which
 * knows who spoke next: src/metrics/summary.ts).
 */
import type { Clause } from "./clauses"
import type { Doc, Term } from "./engine"
import { list } from "./spoken"
import { is, isName, word } from "./terms"

/** Words that address the listener. */
const LISTENER: ReadonlySet<string> = new Set(list("you, your, yours, yourself, yourselves, y'all"))

/**
 * Openers of a self-answer right after a question ("…? Because…", "…? Well, here's why…",
 * "does it pay for itself? yes, inside a year").
 */
const ANSWER_OPENERS: readonly (readonly string[])[] = list(`
  because, cause, 'cause, well, simple, simply, the answer, the reason, here's why, here is why,
  here's how, here is how, that's why, that is why, that's because, that is because, it's because,
  it is because, let me tell you, let me show you, turns out, it turns out, the short answer,
  the truth is, the way it works, yes, yep, no, nope, absolutely, of course, not really, not at all,
  it means, that means, what it means is
`).map((phrase) => phrase.split(" "))
/** "…? Because…" answers a why-question; after any other question it gives the reason for asking. */
const BECAUSE: ReadonlySet<string> = new Set(list("because, cause, 'cause"))

/** "why…", "how come…", "what for…": questions a "because" can answer. */
function asksWhy(terms: readonly Term[], question: Clause): boolean {
  const first = word(terms[question.start])
  return first === "why" || (first === "how" && word(terms[question.start + 1]) === "come")
}

function opensAnswerAt(terms: readonly Term[], at: number, whyQuestion: boolean): boolean {
  if (BECAUSE.has(word(terms[at]))) return whyQuestion
  return ANSWER_OPENERS.some((phrase) => phrase.every((w, k) => word(terms[at + k]) === w))
}

function opensAnswer(terms: readonly Term[], clause: Clause, whyQuestion: boolean): boolean {
  return opensAnswerAt(terms, clause.from, whyQuestion) || opensAnswerAt(terms, clause.start, whyQuestion)
}

/** After "well", words that start the speaker's own answer ("…tell him WELL right now you're…"). */
const ANSWER_STARTS: ReadonlySet<string> = new Set(
  list("i, you, we, they, it, it's, that's, the, a, right, usually, honestly, basically, in, most, mostly"),
)
/** Before "well", words that make it an adverb of the question ("how well", "does it work well"). */
const WELL_AS_ADVERB: ReadonlySet<string> = new Set(
  list(
    "how, as, so, very, pretty, quite, really, too, work, works, worked, working, go, goes, went, going, do, does, did, doing, done",
  ),
)

/**
 * The answer inside the question's own clause: "why are they oversized, well, in eighty eight…",
 * "does it pay for itself, on those numbers yes" after a comma; unpunctuated captions run it on,
 * so "why does this matter because…" (a why-question) and "what do you tell him well right now…"
 * count too. A yes/no question followed by "because" gives the reason for asking, not an answer.
 */
function answersItself(terms: readonly Term[], clause: Clause): boolean {
  const whyQuestion = asksWhy(terms, clause)
  for (let i = clause.start + 2; i < clause.end; i++) {
    const w = word(terms[i])
    if (BECAUSE.has(w) && whyQuestion) return true
    // An answer needs words after its opener: a final "…, no" or "…, right" is the question's tag.
    const afterComma = terms[i - 1]?.post.includes(",") === true && i < clause.end - 1
    if (afterComma && opensAnswerAt(terms, i, whyQuestion)) return true
    if ((w === "yes" || w === "yep") && word(terms[i + 1]) !== "or" && word(terms[i - 1]) !== "or") {
      if (afterComma || terms[i]?.post.includes(",") === true) return true
    }
    if (w === "well" && !WELL_AS_ADVERB.has(word(terms[i - 1])) && ANSWER_STARTS.has(word(terms[i + 1])))
      return true
  }
  return false
}

/** A name called out just before the question ("priya, do you…"), in its own clause or its lead-in. */
function calledByName(doc: Doc, clauses: readonly Clause[], i: number): boolean {
  const clause = clauses[i]
  if (!clause) return false
  const terms = doc.docs[clause.sentence] ?? []
  for (let k = clause.from; k < clause.start; k++) if (isName(terms[k])) return true
  const before = clauses[i - 1]
  return (
    before !== undefined &&
    before.sentence === clause.sentence &&
    before.end === clause.from &&
    before.end - before.from === 1 &&
    (isName(terms[before.from]) || is(terms[before.from], "Noun"))
  )
}

/** Speakers asking about themselves: "am I going too fast", "should we include downtown". */
const FIRST_PERSON: ReadonlySet<string> = new Set(list("i, we"))

function addressesListener(terms: readonly Term[], clause: Clause): boolean {
  for (let i = clause.start; i < clause.end; i++) if (LISTENER.has(word(terms[i]))) return true
  // A yes/no question about the speaker's own side can only be answered by the listener; an open
  // one ("so what do we do about it") is often the speaker's own cue to answer.
  return (
    clause.question === "closed" &&
    (FIRST_PERSON.has(word(terms[clause.start + 1])) || FIRST_PERSON.has(word(terms[clause.start + 2])))
  )
}

export interface QuestionTargets {
  addressedQuestions: number
  trailingQuestion: boolean
  /** How many unaddressed questions end the utterance, with no statement after them. */
  trailingQuestions: number
}

/** One counted question: its clauses (a head and what continues it) and where it stands. */
interface AskedQuestion {
  addressed: boolean
  answered: boolean
  /** Index of its first clause. */
  first: number
}

/** The counted questions, each with the facts of all its clauses ("how many agencies | are you using"). */
function askedQuestions(
  doc: Doc,
  clauses: readonly Clause[],
  continues: readonly boolean[],
): AskedQuestion[] {
  const asked: AskedQuestion[] = []
  clauses.forEach((clause, i) => {
    if (!clause.question) return
    const terms = doc.docs[clause.sentence] ?? []
    const next = clauses[i + 1]
    const answered =
      answersItself(terms, clause) ||
      (next !== undefined &&
        !next.question &&
        opensAnswer(doc.docs[next.sentence] ?? [], next, asksWhy(terms, clause)))
    const addressed = addressesListener(terms, clause) || calledByName(doc, clauses, i)
    const head = asked[asked.length - 1]
    if (head && continues[i]) {
      head.addressed ||= addressed
      head.answered ||= answered
    } else asked.push({ addressed, answered, first: i })
  })
  return asked
}

/** `continues`: which clauses only continue the question before them (question-count.ts). */
export function questionTargets(
  doc: Doc,
  clauses: readonly Clause[],
  continues: readonly boolean[],
): QuestionTargets {
  const asked = askedQuestions(doc, clauses, continues)
  const addressedQuestions = asked.filter((q) => q.addressed && !q.answered).length
  // The run of questions that closes the utterance (no statement after them): the other side may
  // answer all of them, unless the speaker answered one.
  const lastStatement = clauses.findLastIndex((clause) => clause.question === null)
  let trailingQuestions = 0
  for (let k = asked.length - 1; k >= 0; k--) {
    const question = asked[k]
    if (!question || question.first < lastStatement || question.answered) break
    if (!question.addressed) trailingQuestions++
  }
  return { addressedQuestions, trailingQuestion: trailingQuestions > 0, trailingQuestions }
}
