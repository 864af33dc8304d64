/**
 * Scoring the classifier against a labelled corpus (tests/corpus/*.jsonl): verdict macro-F1 and
 * confusion matrix, per-principle precision/recall, question-detection F1. Pure functions, so the
 * eval command and the regression test share them; reading files is left to the caller.
 */
import { PRINCIPLE_IDS, isPrincipleId, type PrincipleId } from "../core/principles"
import type { Classification, Polarity, QuestionKind, Verdict } from "../core/types"
import { classifyUtterance } from "./classify"

/** One labelled corpus line. `labels` are "principle:polarity" strings. */
export interface CorpusRow {
  id?: string
  text: string
  self: boolean
  verdict: Verdict
  labels: string[]
  /** Absent where the data set has no question labels (the oneup-dev parts). */
  question?: boolean
  kind?: QuestionKind
}

export interface Counts {
  tp: number
  fp: number
  fn: number
}

export interface Mismatch {
  row: CorpusRow
  got: Classification
}

export interface EvalReport {
  rows: number
  verdict: {
    macroF1: number
    perClass: Record<Verdict, Counts>
    confusion: Record<Verdict, Record<Verdict, number>>
  }
  principles: Record<PrincipleId, Record<Polarity, Counts>>
  /** Up/down seller lines whose expected principle:polarity is among the predicted labels. */
  principleRecall: { hit: number; total: number }
  /** Neutral seller lines given an up or down verdict. */
  neutralFalseAlarms: { flagged: number; total: number }
  /** Client lines that got a verdict or a label (must be 0: the product never judges the client). */
  clientJudged: number
  question: Counts & { f1: number; kindCorrect: number; kindTotal: number; labelled: number }
  mismatches: Mismatch[]
}

const VERDICTS: readonly Verdict[] = ["up", "down", "neutral"]

export function f1(c: Counts): number {
  return c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn)
}

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp)
}

export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn)
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 })

/** Parse JSON Lines text into corpus rows, rejecting malformed lines with their line number. */
export function parseCorpus(jsonl: string, source = "corpus"): CorpusRow[] {
  return jsonl
    .split("\n")
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line !== "")
    .map(({ line, n }) => {
      const row = JSON.parse(line) as CorpusRow
      const bad = row.labels.find((l) => !isPrincipleId(l.split(":")[0]) || !/:(up|down)$/.test(l))
      if (typeof row.text !== "string" || !VERDICTS.includes(row.verdict) || bad) {
        throw new Error(`${source}:${n}: malformed row`)
      }
      return row
    })
}

/** Captions as the fastest live captioners send them: lowercase, no punctuation at all. */
export function stripToSpokenForm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'’\s-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
}

/** Verdict macro-F1 over (expected, got) pairs: what evaluate() reports, for callers that judge lines themselves. */
export function verdictMacroF1(pairs: readonly (readonly [Verdict, Verdict])[]): number {
  const perClass = { up: zero(), down: zero(), neutral: zero() }
  for (const [expected, got] of pairs)
    for (const v of VERDICTS) {
      if (expected === v && got === v) perClass[v].tp++
      else if (got === v) perClass[v].fp++
      else if (expected === v) perClass[v].fn++
    }
  return VERDICTS.reduce((sum, v) => sum + f1(perClass[v]), 0) / VERDICTS.length
}

export function evaluate(
  rows: readonly CorpusRow[],
  transform: (text: string) => string = (t) => t,
): EvalReport {
  const perClass = { up: zero(), down: zero(), neutral: zero() }
  const confusion = Object.fromEntries(
    VERDICTS.map((v) => [v, { up: 0, down: 0, neutral: 0 }]),
  ) as EvalReport["verdict"]["confusion"]
  const principles = Object.fromEntries(
    PRINCIPLE_IDS.map((p) => [p, { up: zero(), down: zero() }]),
  ) as EvalReport["principles"]
  const question = { ...zero(), f1: 0, kindCorrect: 0, kindTotal: 0, labelled: 0 }
  const principleRecall = { hit: 0, total: 0 }
  const neutralFalseAlarms = { flagged: 0, total: 0 }
  let clientJudged = 0
  const mismatches: Mismatch[] = []

  for (const row of rows) {
    const got = classifyUtterance(transform(row.text), { self: row.self })
    confusion[row.verdict][got.verdict]++
    for (const v of VERDICTS) {
      if (row.verdict === v && got.verdict === v) perClass[v].tp++
      else if (got.verdict === v) perClass[v].fp++
      else if (row.verdict === v) perClass[v].fn++
    }
    const expected = new Set(row.labels)
    const predicted = new Set(got.labels.map((l) => `${l.principle}:${l.polarity}`))
    for (const key of new Set([...expected, ...predicted])) {
      const [principle, polarity] = key.split(":") as [PrincipleId, Polarity]
      const counts = principles[principle][polarity]
      if (expected.has(key) && predicted.has(key)) counts.tp++
      else if (predicted.has(key)) counts.fp++
      else counts.fn++
    }
    if (!row.self && (got.verdict !== "neutral" || got.labels.length > 0)) clientJudged++
    if (row.self && row.verdict === "neutral") {
      neutralFalseAlarms.total++
      if (got.verdict !== "neutral") neutralFalseAlarms.flagged++
    }
    if (row.self && row.verdict !== "neutral") {
      principleRecall.total++
      if ([...expected].some((key) => predicted.has(key))) principleRecall.hit++
    }
    if (row.question !== undefined) question.labelled++
    if (row.question === true && got.question) question.tp++
    else if (got.question && row.question === false) question.fp++
    else if (row.question === true) question.fn++
    if (row.question && got.question && row.kind) {
      question.kindTotal++
      if (got.questionKind === row.kind) question.kindCorrect++
    }
    const labelsDiffer = expected.size !== predicted.size || [...expected].some((k) => !predicted.has(k))
    const questionDiffers = row.question !== undefined && got.question !== row.question
    if (got.verdict !== row.verdict || questionDiffers || labelsDiffer) mismatches.push({ row, got })
  }
  question.f1 = f1(question)
  const macroF1 = VERDICTS.reduce((sum, v) => sum + f1(perClass[v]), 0) / VERDICTS.length
  return {
    rows: rows.length,
    verdict: { macroF1, perClass, confusion },
    principles,
    principleRecall,
    neutralFalseAlarms,
    clientJudged,
    question,
    mismatches,
  }
}
