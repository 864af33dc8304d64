/**
 * The seller's corrections of the coach ("this line was not One-Down, it was One-Up on
 * counsel"), kept in extension storage on this machine. They are the seed of a coach that adapts
 * to its seller; today they are only listed, exported and deleted.
 *
 * Written by the pages (popup, review page, options), not by the background: corrections are not
 * call data, and a read-modify-write race needs two pages saving within the same few
 * milliseconds, which a person clicking cannot do.
 */
import { isPrincipleId, type PrincipleId } from "../core/principles"
import type { Verdict } from "../core/types"
import type { KeyValueStore } from "./kv-store"

/** Correction[]: newest first. */
export const CORRECTIONS_KEY = "corrections"
/** Oldest corrections are dropped past this many; a few hundred KB at most. */
export const MAX_CORRECTIONS = 2_000
const MAX_TEXT = 5_000
const MAX_WHY = 500

const VERDICTS: readonly Verdict[] = ["up", "down", "neutral"]

/** What the seller says about one judged line. */
export interface CorrectionDraft {
  /** The call the line comes from; null for a rehearsal line. */
  callId: string | null
  utteranceId: string | null
  self: boolean
  text: string
  /** What the coach said: its verdict, and the principle and rule of the label shown. */
  coach: { verdict: Verdict; principle: PrincipleId | null; rule: string | null }
  /** What it should be. */
  gold: Verdict
  /** The principle it serves or breaks; null for neutral. */
  principle: PrincipleId | null
  /** The seller's reason, in their words (may be empty). */
  why: string
}

export interface Correction extends CorrectionDraft {
  id: string
  /** Epoch milliseconds. */
  createdAt: number
}

/** One line of the development corpus format (shared/data/oneup-dev/README.md). */
export interface CorpusLine {
  id: string
  self: boolean
  speaker: string
  text: string
  gold: Verdict
  principle: PrincipleId | null
  style: "caption-lower" | "caption-punct" | "clean"
  why: string
}

/** A draft made sound: neutral has no principle, up/down need one, texts are bounded. */
export function checkDraft(
  draft: CorrectionDraft,
): { ok: true; draft: CorrectionDraft } | { ok: false; error: string } {
  const text = draft.text.trim().slice(0, MAX_TEXT)
  if (text === "") return { ok: false, error: "There is no line to correct." }
  if (draft.gold !== "neutral" && draft.principle === null)
    return { ok: false, error: "Pick the principle this line serves or breaks." }
  return {
    ok: true,
    draft: {
      ...draft,
      text,
      principle: draft.gold === "neutral" ? null : draft.principle,
      why: draft.why.replace(/\s+/g, " ").trim().slice(0, MAX_WHY),
    },
  }
}

/** Adds a correction, replacing an earlier one of the same line (the seller changed their mind). */
export function withCorrection(list: readonly Correction[], correction: Correction): Correction[] {
  const sameLine = (other: Correction) =>
    correction.utteranceId !== null &&
    other.callId === correction.callId &&
    other.utteranceId === correction.utteranceId
  return [correction, ...list.filter((other) => !sameLine(other))].slice(0, MAX_CORRECTIONS)
}

/** The stored list, keeping only well-formed records (storage may hold an older shape). */
export function normalizeCorrections(value: unknown): Correction[] {
  if (!Array.isArray(value)) return []
  return value.filter(isCorrection)
}

function isCorrection(value: unknown): value is Correction {
  if (typeof value !== "object" || value === null) return false
  const c = value as Record<string, unknown>
  const coach = c.coach as Record<string, unknown> | null | undefined
  return (
    typeof c.id === "string" &&
    typeof c.createdAt === "number" &&
    typeof c.text === "string" &&
    typeof c.self === "boolean" &&
    VERDICTS.includes(c.gold as Verdict) &&
    (c.principle === null || isPrincipleId(c.principle)) &&
    typeof c.why === "string" &&
    typeof coach === "object" &&
    coach !== null &&
    VERDICTS.includes(coach.verdict as Verdict)
  )
}

/**
 * Caption style as the corpus names it: raw live captions are lowercase without punctuation;
 * anything else came through automatic punctuation (the corpus's "clean" is hand-written text,
 * which a correction of a captured line never is).
 */
export function captionStyle(text: string): CorpusLine["style"] {
  return /[A-Z]/.test(text) || /[.,?!;:]/.test(text) ? "caption-punct" : "caption-lower"
}

export function toCorpusLine(correction: Correction): CorpusLine {
  return {
    id: correction.id,
    self: correction.self,
    // The corpus names the seller "You"; a client's real name stays out of a shared file.
    speaker: correction.self ? "You" : "Client",
    text: correction.text,
    // The product never judges the client (contracts.md §2).
    gold: correction.self ? correction.gold : "neutral",
    principle: correction.self ? correction.principle : null,
    style: captionStyle(correction.text),
    why: correction.gold === "neutral" ? "" : correction.why,
  }
}

/** JSON Lines, oldest first (the order they were made), one corpus line each. */
export function correctionsJsonl(list: readonly Correction[]): string {
  return [...list]
    .reverse()
    .map((correction) => `${JSON.stringify(toCorpusLine(correction))}\n`)
    .join("")
}

export interface CorrectionsStore {
  list(): Promise<Correction[]>
  add(draft: CorrectionDraft): Promise<Correction>
  remove(id: string): Promise<void>
  clear(): Promise<void>
}

export function createCorrectionsStore(
  store: KeyValueStore,
  now: () => number = Date.now,
  newId: () => string = () => crypto.randomUUID(),
): CorrectionsStore {
  const list = async () => normalizeCorrections((await store.get([CORRECTIONS_KEY]))[CORRECTIONS_KEY])
  return {
    list,
    async add(draft) {
      const checked = checkDraft(draft)
      if (!checked.ok) throw new Error(checked.error)
      const correction: Correction = { ...checked.draft, id: `c-${newId()}`, createdAt: now() }
      await store.set({ [CORRECTIONS_KEY]: withCorrection(await list(), correction) })
      return correction
    },
    async remove(id) {
      const rest = (await list()).filter((correction) => correction.id !== id)
      await store.set({ [CORRECTIONS_KEY]: rest })
    },
    clear: () => store.remove([CORRECTIONS_KEY]),
  }
}
