/**
 * The rehearsal box's judgement: each non-empty line the seller typed, judged as one of their
 * own utterances by the same classifier as a live call (on the page: the background's, through
 * a classify-lines request).
 */
import type { Classification, Label, Verdict } from "../../core/types"
import { uiRuleInfo } from "../rule-info"
import { classifyAll, type LineClassifier } from "./judge"

/** Enough for any script a seller rehearses; past this the box says how many were left out. */
export const MAX_REHEARSED_LINES = 60

export interface RehearsedLine {
  /** Position and text, so React keeps a line's row while the lines around it change. */
  key: string
  text: string
  judged: Classification
}

export interface Rehearsal {
  lines: RehearsedLine[]
  /** Non-empty lines beyond MAX_REHEARSED_LINES, not judged. */
  leftOut: number
}

export const NOTHING_REHEARSED: Rehearsal = { lines: [], leftOut: 0 }

/** Rejects with a JudgeError when the classifier cannot be reached. */
export async function rehearse(input: string, classify: LineClassifier): Promise<Rehearsal> {
  const texts = input
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
  if (texts.length === 0) return NOTHING_REHEARSED
  const judged = texts.slice(0, MAX_REHEARSED_LINES)
  const classifications = await classifyAll(
    judged.map((text) => ({ text, self: true })),
    classify,
  )
  return {
    lines: judged.map((text, index) => ({
      key: `${index}:${text}`,
      text,
      judged: classifications[index] as Classification,
    })),
    leftOut: Math.max(0, texts.length - MAX_REHEARSED_LINES),
  }
}

export interface TextPiece {
  text: string
  /** Part of the words that triggered a label. */
  marked: boolean
}

/**
 * The line cut into plain and marked pieces, marking every evidence span found (case-insensitive,
 * first occurrence each; overlapping spans merge). Evidence not found in the text marks nothing.
 */
export function markEvidence(text: string, evidence: readonly string[]): TextPiece[] {
  const lower = text.toLowerCase()
  const ranges = evidence
    .map((span) => span.trim().toLowerCase())
    .filter((span) => span !== "")
    .map((span) => ({ start: lower.indexOf(span), end: lower.indexOf(span) + span.length }))
    .filter((range) => range.start >= 0)
    .sort((a, b) => a.start - b.start)
  const pieces: TextPiece[] = []
  let at = 0
  for (const range of ranges) {
    if (range.end <= at) continue
    const start = Math.max(range.start, at)
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false })
    const last = pieces[pieces.length - 1]
    // A span overlapping or touching the previous one extends its mark.
    if (last?.marked && start === at) last.text += text.slice(start, range.end)
    else pieces.push({ text: text.slice(start, range.end), marked: true })
    at = range.end
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false })
  return pieces
}

/** A drill answer of several lines: One-Down if any line is (one slip is the moment to fix), else One-Up if any line is. */
export function answerVerdict(lines: readonly RehearsedLine[]): Verdict {
  if (lines.some((line) => line.judged.verdict === "down")) return "down"
  return lines.some((line) => line.judged.verdict === "up") ? "up" : "neutral"
}

/** What the coach says about a label: the One-Up move for a One-Down label, praise for a One-Up one. */
export function labelAdvice(label: Label): string | undefined {
  return uiRuleInfo(label.rule)?.nudge
}
