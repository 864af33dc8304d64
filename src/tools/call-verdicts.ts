/**
 * Verdicts on whole calls: every seller turn of the blind calls in tests/corpus/calls/ was
 * labelled up / down / neutral with one principle twice, apart (labels in
 * tests/corpus/calls/labels/): in the first set by two teammates who read only docs/one-up.md
 * and the calls, in the second and third sets by its writer and one such teammate. Turns both labels agree
 * on become corpus rows, scored by the same `evaluate` as every other data set.
 *
 * Real calls differ from the labelled line sets: turns are long, moves are mild and carried by
 * context ("what made it fall apart?" after the client's story), and most turns are neutral.
 */
import { readFileSync, readdirSync } from "node:fs"
import { join } from "node:path"
import { isPrincipleId } from "../core/principles"
import type { Verdict } from "../core/types"
import type { CorpusRow } from "../nlp/evaluate"
import { CALLS_DIR, readCall } from "./call-questions"

const LABELS_DIR = join(CALLS_DIR, "labels")

interface TurnLabel {
  call: string
  line: number
  gold: Verdict
  principle: string | null
}

function readLabels(file: string): TurnLabel[] {
  return readFileSync(join(LABELS_DIR, file), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => {
      const row = JSON.parse(line) as Partial<TurnLabel>
      const ok =
        typeof row.call === "string" &&
        typeof row.line === "number" &&
        (row.gold === "up" || row.gold === "down" || row.gold === "neutral") &&
        (row.gold === "neutral" ? row.principle === null : isPrincipleId(String(row.principle)))
      if (!ok) throw new Error(`${file} line ${i + 1}: needs call, line, gold and a principle for up/down`)
      return row as TurnLabel
    })
}

export interface CallVerdictData {
  /** Turns both labellers agree on (verdict and, for up/down, principle need not match). */
  rows: CorpusRow[]
  /** Turns labelled twice, and how many of them the two labellers gave the same verdict. */
  doublyLabelled: number
  agreed: number
}

/** The consensus rows of the named calls (all calls when none are named). */
export function callVerdictRows(calls?: ReadonlySet<string>): CallVerdictData {
  const byTurn = new Map<string, TurnLabel[]>()
  for (const file of readdirSync(LABELS_DIR)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()) {
    for (const label of readLabels(file)) {
      if (calls && !calls.has(label.call)) continue
      const key = `${label.call}:${label.line}`
      byTurn.set(key, [...(byTurn.get(key) ?? []), label])
    }
  }
  const texts = new Map<string, string[]>()
  const textOf = (call: string, line: number): string => {
    const turns = texts.get(call) ?? readCall(call).map((turn) => turn.text)
    texts.set(call, turns)
    const text = turns[line - 1]
    if (text === undefined) throw new Error(`labels name ${call} line ${line}, which does not exist`)
    return text
  }
  const data: CallVerdictData = { rows: [], doublyLabelled: 0, agreed: 0 }
  for (const [key, labels] of byTurn) {
    const [first, second] = labels
    if (!first || !second) continue
    data.doublyLabelled++
    if (first.gold !== second.gold) continue
    data.agreed++
    // Where the labellers named different principles, either one counts as right.
    const principles = [...new Set([first.principle, second.principle])].filter((p) => p !== null)
    data.rows.push({
      id: key,
      text: textOf(first.call, first.line),
      self: true,
      verdict: first.gold,
      labels: principles.map((p) => `${p}:${first.gold}`),
    })
  }
  return data
}
