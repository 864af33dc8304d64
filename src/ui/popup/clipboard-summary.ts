/**
 * A short plain-text review of a call for CRM notes: score, talk share, questions and the focus
 * points. Plain text, one idea per line; caption-controlled text (the meeting title) is made
 * printable first.
 */
import type { CallSummary } from "../../core/types"
import { TALK_SHARE_TARGET, QUESTIONS_BAND } from "../../metrics/benchmarks"
import type { FocusPoint } from "../../metrics/focus"
import { formatPercent } from "../../metrics/format"
import { toSafeLine } from "../../report/escape"
import { scoreMeaning } from "./score-meaning"

export interface ClipboardSummaryInput {
  title: string | null
  /** The call's date as the user reads it (formatted by the caller). */
  dateText: string
  platformText: string
  summary: CallSummary
  focus: readonly FocusPoint[]
}

export function clipboardSummary({
  title,
  dateText,
  platformText,
  summary,
  focus,
}: ClipboardSummaryInput): string {
  const about = [platformText, dateText].filter((part) => part !== "").join(", ")
  const safeTitle = title ? toSafeLine(title) : ""
  const heading = `One-Up call review${safeTitle ? `: ${safeTitle}` : ""}${about ? ` (${about})` : ""}`
  const score =
    summary.score === null
      ? `One-Up score: not scored (${summary.scoreNote ?? "not enough conversation to score"})`
      : `One-Up score: ${summary.score}/100. ${scoreMeaning(summary.score)}`
  const lines = [
    heading,
    score,
    `Seller share of talk: ${formatPercent(summary.talkRatio.self)} (best calls ≈ ${formatPercent(TALK_SHARE_TARGET)})`,
    `Seller questions: ${summary.questions.self} (best discovery calls: ${QUESTIONS_BAND.low}–${QUESTIONS_BAND.high})`,
  ]
  if (focus.length > 0) {
    lines.push("Focus for the next call:")
    focus.forEach((point, index) =>
      lines.push(`${index + 1}. ${toSafeLine(point.title)}: ${toSafeLine(point.detail)}`),
    )
  }
  return `${lines.join("\n")}\n`
}
