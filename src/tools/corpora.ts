/**
 * The labelled data the classifier is trained and measured on, with who wrote each set:
 * - `project`: tests/corpus/*.jsonl, written by the engineer who wrote the rules (self-written:
 *   its figures measure memory more than generalisation), except round-7.jsonl, product-tour lines
 *   a teammate wrote to fill the gap balanced sets leave (see that folder's README);
 * - `oneup-dev` parts 1, 2, 4: four independent writers' lines (tests/corpus/oneup-dev/), used for
 *   training and scored by cross-validation (train without the part, score it);
 * - `team` parts a, b, c (tests/corpus/team/): written by teammates who never saw the rules or
 *   any other labelled line; trained on and scored by cross-validation like parts 1, 2, 4;
 * - `team` parts d to i: written the same way (part i: understated One-Down moves), a holdout: scored only as wholes by the shipped
 *   model, never trained or tuned on, never read line by line;
 * - `probes` (tests/corpus/probes/): short blind probes by teammates who read only the principles;
 *   each was scored once untouched, then its misses were read and turned into rules, so like the
 *   project corpus it is training data only, never a measure;
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
export const TEAM_DIR = join(CORPUS_DIR, "team")
export const PROBE_DIR = join(CORPUS_DIR, "probes")
export const SWDA_FILE = join(CORPUS_DIR, "swda-dev/swda-train-300.txt.gz")

/** The independent dev parts the model may learn from, and the one it must never see. */
export const TRAINABLE_PARTS = [1, 2, 4] as const
export const SEALED_PART = 3
/**
 * Team parts: lines written for this project by teammates who never saw the rules, the project
 * corpus or any oneup-dev line (only docs/one-up.md), each in its own voice; see its README.
 * Parts j and k are long turns (25-70 words, mostly neutral): the older parts hold almost no long
 * neutral seller line, so without them the model learned that a long line is a move.
 */
export const TEAM_PARTS = ["a", "b", "c", "j", "k"] as const
/**
 * Team holdout: more parts written the same way (l and m: long turns), scored as a whole by the
 * shipped model and never trained or tuned on, and no line of them is read or printed (like the
 * sealed part).
 */
export const TEAM_HOLDOUT_PARTS = ["d", "e", "f", "g", "h", "i", "l", "m"] as const

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

/** The oneup-dev line format, which the team parts share (they add a question label). */
interface LabelledLine {
  id: string
  self: boolean
  text: string
  gold: "up" | "down" | "neutral"
  principle: string | null
  question?: boolean
}

function parseLabelledLines(text: string, file: string): CorpusRow[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i): CorpusRow => {
      const d = JSON.parse(line) as LabelledLine
      const labelled = d.gold !== "neutral" && isPrincipleId(d.principle)
      if (typeof d.text !== "string" || (d.gold !== "neutral" && !labelled))
        throw new Error(`${file}:${i + 1}: malformed line`)
      return {
        id: d.id,
        text: d.text,
        self: d.self,
        verdict: d.gold,
        labels: labelled ? [`${d.principle}:${d.gold}`] : [],
        ...(typeof d.question === "boolean" ? { question: d.question } : {}),
      }
    })
}

/** One oneup-dev part as corpus rows (they carry no question labels). */
export function devPart(part: number): NamedCorpus {
  const file = `part-${part}.jsonl`
  const rows = parseLabelledLines(readFileSync(join(DEV_DIR, file), "utf8"), file)
  return { name: part === SEALED_PART ? `oneup-dev part ${part} (SEALED)` : `oneup-dev part ${part}`, rows }
}

/** One team part (tests/corpus/team/), with its question labels. */
export function teamPart(
  part: (typeof TEAM_PARTS)[number] | (typeof TEAM_HOLDOUT_PARTS)[number],
): NamedCorpus {
  const file = `part-${part}.jsonl`
  return {
    name: `team part ${part}`,
    rows: parseLabelledLines(readFileSync(join(TEAM_DIR, file), "utf8"), file),
  }
}

/**
 * The blind probes (tests/corpus/probes/, see its README), one corpus per file: training data
 * only. Their misses were read and turned into rules, so a score on them measures memory.
 */
export function probeCorpora(): NamedCorpus[] {
  return readdirSync(PROBE_DIR)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .map((f) => ({
      name: `probe ${f.replace(/^probe-|\.jsonl$/g, "")}`,
      rows: parseLabelledLines(readFileSync(join(PROBE_DIR, f), "utf8"), f),
    }))
}

/** The team holdout parts, for scoring as wholes only. */
export function teamHoldout(): NamedCorpus[] {
  return TEAM_HOLDOUT_PARTS.map(teamPart)
}

/**
 * Every part written apart from the rules that the model may learn from, each scored by a model
 * trained without it (cross-validation). The sealed part is not among them.
 */
export function independentParts(): NamedCorpus[] {
  return [...TRAINABLE_PARTS.map(devPart), ...TEAM_PARTS.map(teamPart)]
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

/** The utterances of the first n conversations (all of them when n is undefined), in file order. */
export function firstConversations(utterances: readonly SwdaUtterance[], n?: number): SwdaUtterance[] {
  if (n === undefined) return [...utterances]
  const kept = new Set([...new Set(utterances.map((u) => u.conversation))].slice(0, n))
  return utterances.filter((u) => kept.has(u.conversation))
}

/** The SwDA caption-style form: lowercase, only letters, digits, apostrophes and spaces. */
export function swdaCaptionForm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
}
