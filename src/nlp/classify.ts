/**
 * The One-Up classifier: one caption in, labels + verdict + question facts out.
 * Pipeline: normalize (string work) → one compromise parse → clauses and questions (tag reads)
 * → one sweep of the compiled rule net → verdict. Client lines stop after the questions: they
 * feed the metrics but never get a verdict.
 */
import type { Classification } from "../core/types"
import { splitClauses, type Clause } from "./clauses"
import { parse } from "./engine"
import { findLabels } from "./net"
import { normalizeCaption } from "./normalize"
import { decideVerdict } from "./verdict"

export interface ClassifyOptions {
  /** True when the seller (the user of the extension) said it; client lines get no verdict. */
  self: boolean
}

export interface QuestionFacts {
  question: boolean
  questionCount: number
  questionKind: Classification["questionKind"]
}

function questionFacts(clauses: readonly Clause[]): QuestionFacts {
  const asked = clauses.filter((clause) => clause.question !== null)
  return { question: asked.length > 0, questionCount: asked.length, questionKind: asked[0]?.question ?? null }
}

const NOTHING: QuestionFacts = { question: false, questionCount: 0, questionKind: null }

export function classifyUtterance(text: string, options: ClassifyOptions): Classification {
  const caption = normalizeCaption(text)
  if (caption.tokens.length === 0) return { verdict: "neutral", labels: [], ...NOTHING }
  const doc = parse(caption.text)
  const clauses = splitClauses(doc)
  const facts = questionFacts(clauses)
  if (!options.self) return { verdict: "neutral", labels: [], ...facts }
  const labels = findLabels(doc, clauses, caption)
  return { verdict: decideVerdict(labels), labels, ...facts }
}

/** Question detection alone (for either speaker), without the rules. */
export function detectQuestions(text: string): QuestionFacts {
  const caption = normalizeCaption(text)
  if (caption.tokens.length === 0) return NOTHING
  return questionFacts(splitClauses(parse(caption.text)))
}

/** Does this caption ask anything? Works on lowercase text without question marks. */
export function isQuestion(text: string): boolean {
  return detectQuestions(text).question
}
