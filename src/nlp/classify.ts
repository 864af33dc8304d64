/**
 * The One-Up classifier: one caption in, labels + verdict + question facts out.
 * Pipeline: normalize (string work) → one compromise parse with frame tags → clauses and
 * questions (tag reads) → one sweep of the compiled rule net → the statistical layer over
 * features of the same parse → judge (judge.ts). Client lines stop after the questions: they
 * feed the metrics but never get a verdict.
 */
import type { Classification, Label } from "../core/types"
import { splitClauses, wordCount, type Clause } from "./clauses"
import { parse, type Doc } from "./engine"
import { judge, type Judgement } from "./judge"
import { explainModel } from "./model/explain"
import { extractFeatures, featureNames } from "./model/features"
import { installedModel } from "./model/installed"
import { featureIds, rankPrinciples, scoreVerdict, type LinearModel } from "./model/linear-model"
import { findLabels } from "./net"
import { normalizeCaption, type NormalizedCaption } from "./normalize"
import { continuations, countedQuestions } from "./question-count"
import { questionTargets } from "./question-targets"
import { is } from "./terms"

export interface ClassifyOptions {
  /** True when the seller (the user of the extension) said it; client lines get no verdict. */
  self: boolean
}

export interface QuestionFacts {
  question: boolean
  questionCount: number
  questionKind: Classification["questionKind"]
  addressedQuestions: number
  trailingQuestion: boolean
  trailingQuestions: number
}

function questionFacts(doc: Doc, clauses: readonly Clause[]): QuestionFacts {
  const continues = continuations(doc, clauses)
  const asked = countedQuestions(clauses, continues)
  return {
    question: asked.length > 0,
    questionCount: asked.length,
    questionKind: asked[0]?.question ?? null,
    ...questionTargets(doc, clauses, continues),
  }
}

const NOTHING: QuestionFacts = {
  question: false,
  questionCount: 0,
  questionKind: null,
  addressedQuestions: 0,
  trailingQuestion: false,
  trailingQuestions: 0,
}

/** Both layers' view of one seller line; exported for training and evaluation tools. */
export function sellerLineFeatures(doc: Doc, clauses: readonly Clause[]): string[] {
  return featureNames(extractFeatures(doc, clauses))
}

/**
 * Everything about a seller line that does not depend on the model's calibration, then the
 * judgement under a calibration. Split so a calibration sweep parses and runs the rules once per
 * line, not once per grid point.
 */
function prepareSellerLine(
  doc: Doc,
  clauses: readonly Clause[],
  caption: NormalizedCaption,
  model: LinearModel,
): (calibrated: LinearModel) => Judgement {
  const ruleLabels = findLabels(doc, clauses, caption)
  const occurrences = extractFeatures(doc, clauses)
  const ids = featureIds(model, featureNames(occurrences))
  const words = wordCount(clauses)
  // A tag read, not a match: this runs on every seller caption revision.
  const clarifying = doc.docs.some((terms) => terms.some((term) => is(term, "Clarify")))
  return (calibrated) =>
    judge(ruleLabels, {
      scores: scoreVerdict(calibrated, ids, words),
      words,
      ruleVeto: calibrated.ruleVeto,
      modelMin: calibrated.modelMin,
      clarifying,
      explain: (polarity) => explainModel(calibrated, ids, occurrences, polarity, doc, caption),
      prefers: (polarity) => rankPrinciples(calibrated, ids, polarity)[0] ?? null,
    })
}

/**
 * A seller line judged under several calibrations of one model (same weights and features,
 * different thresholds): for `npm run tune:calibration`. Null for an empty caption.
 */
export function judgeUnderCalibrations(
  text: string,
  model: LinearModel,
): ((calibrated: LinearModel) => Judgement) | null {
  const parsed = analyseCaption(text)
  return parsed ? prepareSellerLine(parsed.doc, parsed.clauses, parsed.caption, model) : null
}

export function classifyUtterance(text: string, options: ClassifyOptions): Classification {
  const caption = normalizeCaption(text)
  if (caption.tokens.length === 0) return { verdict: "neutral", labels: [], ...NOTHING }
  const doc = parse(caption.text)
  const clauses = splitClauses(doc)
  const facts = questionFacts(doc, clauses)
  if (!options.self) return { verdict: "neutral", labels: [], ...facts }
  const model = installedModel()
  return { ...prepareSellerLine(doc, clauses, caption, model)(model), ...facts }
}

/** Parse a caption the way classifyUtterance does (for the training and evaluation tools). */
export function analyseCaption(
  text: string,
): { doc: Doc; clauses: Clause[]; caption: NormalizedCaption } | null {
  const caption = normalizeCaption(text)
  if (caption.tokens.length === 0) return null
  const doc = parse(caption.text)
  return { doc, clauses: splitClauses(doc), caption }
}

/** The hand-written rules alone (their own examples are tested this way). */
export function ruleLabels(text: string): Label[] {
  const parsed = analyseCaption(text)
  return parsed ? findLabels(parsed.doc, parsed.clauses, parsed.caption) : []
}

/** Question detection alone (for either speaker), without the rules. */
export function detectQuestions(text: string): QuestionFacts {
  const caption = normalizeCaption(text)
  if (caption.tokens.length === 0) return NOTHING
  const doc = parse(caption.text)
  return questionFacts(doc, splitClauses(doc))
}

/** Does this caption ask anything? Works on lowercase text without question marks. */
export function isQuestion(text: string): boolean {
  return detectQuestions(text).question
}
