/**
 * How many questions a caption asks. The clause splitter cuts wherever a new question shape
 * starts, but some cuts do not start a new question: the other half of a choice ("is that
 * operating, or is it capital"), a parenthetical "do you think", a question spelled out after
 * "like", and a question phrase cut from its inversion ("what metrics | would you want").
 */
import type { Clause } from "./clauses"
import type { Doc, Term } from "./engine"
import { WH_WORDS, list } from "./spoken"
import { isVerbLike, word } from "./terms"

/**
 * A question clause that only continues the one before it: "is that coming out of operating, or
 * is it getting capitalized" offers the other choice of the same question, so the pair is asked once.
 */
function isAlternative(doc: Doc, clauses: readonly Clause[], i: number): boolean {
  const clause = clauses[i]
  const before = clauses[i - 1]
  if (!clause?.question || !before?.question) return false
  const terms = doc.docs[clause.sentence] ?? []
  return (
    CONTINUING.has(word(terms[clause.from])) ||
    (before.sentence === clause.sentence &&
      before.end === clause.from &&
      word(terms[clause.from - 1]) === "like") ||
    isParentheticalTag(terms, clause) ||
    isParallelChoice(doc, clauses, i) ||
    continuesWhPhrase(terms, before, clause)
  )
}

/**
 * "what metrics | would you want", "who in finance | would you need…": the splitter cuts a
 * question phrase without a verb from the inversion that completes it; together they ask once.
 */
function continuesWhPhrase(terms: readonly Term[], before: Clause, clause: Clause): boolean {
  if (before.sentence !== clause.sentence || before.end !== clause.from) return false
  if (terms[before.end - 1]?.post.includes(",") === true) return false
  for (let k = before.start; k < before.end; k++) if (isVerbLike(terms[k])) return false
  return WH_WORDS.has(word(terms[before.start]))
}

/** "…, or is it…" offers another choice; "…, like does he bundle them…" spells the question out. */
const CONTINUING: ReadonlySet<string> = new Set(["or", "like"])

/** "…a budget thing or a people thing, do you think": the listener's view asked of the same question. */
const PARENTHETICAL_TAGS: ReadonlySet<string> = new Set(
  list("do you think, would you say, you think, do you reckon, would you agree, wouldn't you say"),
)

function isParentheticalTag(terms: readonly Term[], clause: Clause): boolean {
  const words = terms.slice(clause.start, clause.end).map((term) => word(term))
  return PARENTHETICAL_TAGS.has(words.join(" "))
}

/**
 * "is it biomed, is it you, or is it nobody": choices that open the same way as the one after the
 * "or" belong to one question, counted at the first of them.
 */
function isParallelChoice(doc: Doc, clauses: readonly Clause[], i: number): boolean {
  const opening = (clause: Clause): string => {
    const terms = doc.docs[clause.sentence] ?? []
    return `${word(terms[clause.start])} ${word(terms[clause.start + 1])}`
  }
  const clause = clauses[i]
  const before = clauses[i - 1]
  if (!clause || !before || opening(before) !== opening(clause)) return false
  for (let k = i + 1; k < clauses.length; k++) {
    const next = clauses[k]
    if (!next?.question || opening(next) !== opening(clause)) return false
    if (word(doc.docs[next.sentence]?.[next.from]) === "or") return true
  }
  return false
}

/**
 * For each clause, whether it only continues the question before it. Computed once per caption:
 * both the count (classify.ts) and who the questions are put to (question-targets.ts) read it.
 */
export function continuations(doc: Doc, clauses: readonly Clause[]): boolean[] {
  return clauses.map((_, i) => isAlternative(doc, clauses, i))
}

/** The question clauses that count as questions: a choice, a parenthesis or a spelled-out question counts once. */
export function countedQuestions(clauses: readonly Clause[], continues: readonly boolean[]): Clause[] {
  return clauses.filter((clause, i) => clause.question !== null && !continues[i])
}
