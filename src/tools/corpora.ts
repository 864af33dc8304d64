/**
 * The labelled data the classifier is trained and measured on, with who wrote each set:
 * - `project`: tests/corpus/*.jsonl, written by the engineer who wrote the rules (self-written:
 *   its figures measure memory more than generalisation);
 * - `oneup-dev` parts 1, 2, 4: four independent writers' lines (tests/corpus/oneup-dev/), used for
 *   training and scored by cross-validation (train without the part, score it);
 * - `oneup-dev` part 3: SEALED. Never trained on, never tuned on, never listed line by line:
 *   scored only as a whole. Its figure is the honest one.
 * - `swda-dev`: Switchboard dialogue acts, for spoken question detection only (non-commercial:
 *   development only, never shipped).
 */
import { readFileSync, readdirSync } from "node:fs"
import { join } from "node:path"
import { gunzipSync } from "node:zlib"
import { isPrincipleId } from "../core/principles"
import { parseCorpus, type CorpusRow } from "../nlp/evaluate"

export const CORPUS_DIR = join(import.meta.dirname, "../../tests/corpus")
export const DEV_DIR = join(CORPUS_DIR, "oneup-dev")
export const SWDA_FILE = join(CORPUS_DIR, "swda-dev/swda-train-300.txt.gz")

/** The independent dev parts the model may learn from, and the one it must never see. */
export const TRAINABLE_PARTS = [1, 2, 4] as const
export const SEALED_PART = 3

export interface NamedCorpus {
  name: string
  rows: CorpusRow[]
}

export function projectCorpus(): NamedCorpus[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .map((f) => ({
      name: f.replace(/\.jsonl$/, ""),
      rows: parseCorpus(readFileSync(join(CORPUS_DIR, f), "utf8"), f),
    }))
}

interface DevLine {
  id: string
  self: boolean
  text: string
  gold: "up" | "down" | "neutral"
  principle: string | null
}

/** One oneup-dev part as corpus rows (they carry no question labels). */
export function devPart(part: number): NamedCorpus {
  const file = `part-${part}.jsonl`
  const rows = readFileSync(join(DEV_DIR, file), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i): CorpusRow => {
      const d = JSON.parse(line) as DevLine
      const labelled = d.gold !== "neutral" && isPrincipleId(d.principle)
      if (typeof d.text !== "string" || (d.gold !== "neutral" && !labelled))
        throw new Error(`${file}:${i + 1}: malformed line`)
      return {
        id: d.id,
        text: d.text,
        self: d.self,
        verdict: d.gold,
        labels: labelled ? [`${d.principle}:${d.gold}`] : [],
      }
    })
  return { name: part === SEALED_PART ? `oneup-dev part ${part} (SEALED)` : `oneup-dev part ${part}`, rows }
}

export interface SwdaUtterance {
  conversation: string
  speaker: string
  text: string
  question: boolean
}

/** Question tags of the SwDA recipe (swda-dev/README.md); everything else is not a question. */
const SWDA_QUESTION_TAGS: ReadonlySet<string> = new Set(["qy", "qw", "qo", "qh", "qy^d", "qw^d", "qrr"])

export function swdaUtterances(): SwdaUtterance[] {
  return gunzipSync(readFileSync(SWDA_FILE))
    .toString("utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const [conversation = "", speaker = "", text = "", tag = ""] = line.split("|")
      return { conversation, speaker, text, question: SWDA_QUESTION_TAGS.has(tag.trim()) }
    })
}

/** The SwDA caption-style form: lowercase, only letters, digits, apostrophes and spaces. */
export function swdaCaptionForm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
}
