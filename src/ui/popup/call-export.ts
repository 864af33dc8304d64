/**
 * The Call JSON (contracts.md §2) of a stored call, built from what the background stored: the
 * meta record and the utterances with their live classifications. Nothing is re-classified, so
 * the export is exactly what the seller saw, and the scoring command can re-score it offline.
 */
import { isPrincipleId } from "../../core/principles"
import { CALL_FORMAT, type CallJson, type Label, type ScoredUtterance } from "../../core/types"
import type { CallMeta, LiveUtterance } from "../../session/call-types"
import { questionTargetFacts } from "../../core/question-facts"

export type ExportKind = "json" | "markdown"

const EXTENSIONS: Record<ExportKind, string> = { json: "json", markdown: "md" }
export const MIME_TYPES: Record<ExportKind, string> = {
  json: "application/json",
  markdown: "text/markdown",
}

export function buildCallJson(meta: CallMeta, utterances: readonly LiveUtterance[]): CallJson {
  return {
    format: CALL_FORMAT,
    platform: meta.platform,
    startedAt: isoOrNull(meta.startedAt),
    endedAt: isoOrNull(meta.endedAt),
    title: meta.title,
    utterances: latestRevisions(utterances).map(toScoredUtterance),
    summary: meta.summary,
  }
}

/** The Call JSON as the file holds it (the same layout the scoring command prints). */
export function callJsonText(call: CallJson): string {
  return `${JSON.stringify(call, null, 2)}\n`
}

/** "one-up-call-2026-03-14-1530.json": the call's local start time, sortable in a folder. */
export function exportFileName(startedAtMs: number | null, kind: ExportKind): string {
  const date = startedAtMs !== null && Number.isFinite(startedAtMs) ? new Date(startedAtMs) : null
  const stamp = date ? localStamp(date) : "undated"
  return `one-up-call-${stamp}.${EXTENSIONS[kind]}`
}

function localStamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0")
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`
  return `${day}-${two(date.getHours())}${two(date.getMinutes())}`
}

function isoOrNull(epochMs: number | null): string | null {
  if (epochMs === null || !Number.isFinite(epochMs)) return null
  const date = new Date(epochMs)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** One entry per utterance id (the latest revision), in the order the ids first appeared. */
function latestRevisions(utterances: readonly LiveUtterance[]): LiveUtterance[] {
  const byId = new Map<string, LiveUtterance>()
  for (const utterance of utterances) {
    const seen = byId.get(utterance.id)
    if (!seen || utterance.revision >= seen.revision) byId.set(utterance.id, utterance)
  }
  return [...byId.values()]
}

export function toScoredUtterance(utterance: LiveUtterance): ScoredUtterance {
  const start = seconds(utterance.start)
  const end = seconds(utterance.end)
  // Client lines are never judged (contracts.md §2), whatever an older classifier stored.
  const judged = utterance.self
  const question = Boolean(utterance.question)
  return {
    id: utterance.id,
    speaker: utterance.speaker,
    self: utterance.self,
    text: utterance.text,
    start,
    end: start !== null && end !== null && end < start ? start : end,
    question,
    questionCount: questionCount(utterance.questionCount, question),
    questionKind: utterance.questionKind ?? null,
    ...questionTargetFacts(utterance),
    verdict: judged ? utterance.verdict : "neutral",
    labels: judged ? (utterance.labels ?? []).filter(isKnownLabel).map((label) => ({ ...label })) : [],
  }
}

function seconds(value: number | null | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : null
}

function questionCount(count: number | undefined, question: boolean): number {
  if (typeof count === "number" && Number.isFinite(count) && count >= 0) return Math.round(count)
  return question ? 1 : 0
}

/** Labels of principles this build knows; a stored label from a newer build would break the contract. */
function isKnownLabel(label: Label): boolean {
  return isPrincipleId(label.principle) && (label.polarity === "up" || label.polarity === "down")
}
