/**
 * The statistical layer at run time: a multinomial logistic regression over the sparse features
 * of features.ts, shipped as a JSON data file (assets/model/one-up-model.json, made by
 * `npm run train`). Two heads share one feature list: the verdict (up / down / neutral) and the
 * principle of a One-Up or One-Down line (principle:polarity).
 *
 * Weights travel as base64 int8 with one scale per head: a quarter of the size of JSON numbers,
 * and the rounding (1/127 of the largest weight) is far below what changes a decision.
 */
import { isPrincipleId, type PrincipleId } from "../../core/principles"
import type { Polarity, Verdict } from "../../core/types"

export const MODEL_FORMAT = "one-up-coach/model@1"
export const VERDICT_CLASSES: readonly Verdict[] = ["up", "down", "neutral"]

/** One head as stored: biases, and a features × classes int8 matrix (row-major, base64). */
export interface StoredHead {
  classes: string[]
  bias: number[]
  scale: number
  weights: string
}

export interface StoredModel {
  format: typeof MODEL_FORMAT
  /** What it was trained on and how, for the README and for reproducibility checks. */
  meta: Record<string, string | number>
  features: string[]
  verdict: StoredHead
  principle: StoredHead
  calibration: {
    /** Added to the neutral logit: real calls are mostly neutral, the training data is not. */
    neutralBias: number
    /**
     * Added on top for lines of LONG_LINE_WORDS or more. A long turn carries many weak features,
     * and in real calls long turns are mostly answers and logistics (absent in older files: 0).
     */
    longLineBias?: number
    /** A rule label is dropped when the model gives its polarity less than this probability. */
    ruleVeto: number
    /** With no rule behind it, an up/down verdict needs at least this calibrated probability. */
    modelMin: number
  }
}

interface Head {
  classes: string[]
  bias: Float64Array
  /** features × classes. */
  weights: Float32Array
}

export interface LinearModel {
  features: ReadonlyMap<string, number>
  verdict: Head
  principle: Head
  neutralBias: number
  longLineBias: number
  ruleVeto: number
  modelMin: number
}

/** Lines of this many words or more get the long-line bias (the model's longer length buckets). */
export const LONG_LINE_WORDS = 21

export interface VerdictScores {
  /** What the model hears in this line alone (no prior). */
  probabilities: Record<Verdict, number>
  /** The model's own verdict, after the neutral prior for real calls. */
  verdict: Verdict
  /** The probability of that verdict under the prior. */
  confidence: number
}

// atob/btoa exist in workers, pages and Node alike; Node's Buffer would make the bundler ship
// a 30 KB polyfill into the service worker.
function decodeBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
}

export function encodeBase64(bytes: Uint8Array): string {
  let s = ""
  for (const b of bytes) s += String.fromCharCode(b)
  return btoa(s)
}

function decodeHead(head: StoredHead, featureCount: number, name: string): Head {
  const bytes = decodeBase64(head.weights)
  if (bytes.length !== featureCount * head.classes.length)
    throw new Error(
      `model: ${name} weights have ${bytes.length} values, expected ${featureCount * head.classes.length}`,
    )
  const weights = new Float32Array(bytes.length)
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length)
  for (let i = 0; i < signed.length; i++) weights[i] = (signed[i] ?? 0) * head.scale
  return { classes: [...head.classes], bias: Float64Array.from(head.bias), weights }
}

/** Check a parsed JSON value and turn it into a model; throws a one-line reason when it is not one. */
export function decodeModel(value: unknown): LinearModel {
  const stored = value as Partial<StoredModel> | null
  if (!stored || stored.format !== MODEL_FORMAT) throw new Error(`model: not a ${MODEL_FORMAT} file`)
  if (!Array.isArray(stored.features) || !stored.verdict || !stored.principle || !stored.calibration)
    throw new Error("model: missing features, heads or calibration")
  if (stored.verdict.classes.join() !== VERDICT_CLASSES.join())
    throw new Error("model: unexpected verdict classes")
  for (const c of stored.principle.classes) {
    const [principle, polarity] = c.split(":")
    if (!isPrincipleId(principle) || (polarity !== "up" && polarity !== "down"))
      throw new Error(`model: unknown principle class ${c}`)
  }
  const features = new Map(stored.features.map((f, i) => [f, i]))
  return {
    features,
    verdict: decodeHead(stored.verdict, stored.features.length, "verdict"),
    principle: decodeHead(stored.principle, stored.features.length, "principle"),
    neutralBias: stored.calibration.neutralBias,
    longLineBias: stored.calibration.longLineBias ?? 0,
    ruleVeto: stored.calibration.ruleVeto,
    modelMin: stored.calibration.modelMin,
  }
}

function softmax(logits: Float64Array): Float64Array {
  const max = Math.max(...logits)
  const exps = logits.map((x) => Math.exp(x - max))
  const sum = exps.reduce((a, b) => a + b, 0)
  return exps.map((x) => x / sum)
}

function logits(head: Head, ids: readonly number[]): Float64Array {
  const n = head.classes.length
  const out = Float64Array.from(head.bias)
  for (const id of ids) for (let c = 0; c < n; c++) out[c] = (out[c] ?? 0) + (head.weights[id * n + c] ?? 0)
  return out
}

/** Feature ids the model knows, from feature names (unknown names carry no weight). */
export function featureIds(model: LinearModel, names: readonly string[]): number[] {
  const ids: number[] = []
  for (const name of names) {
    const id = model.features.get(name)
    if (id !== undefined) ids.push(id)
  }
  return ids
}

const asRecord = (p: Float64Array): Record<Verdict, number> => ({
  up: p[0] ?? 0,
  down: p[1] ?? 0,
  neutral: p[2] ?? 0,
})

export function scoreVerdict(model: LinearModel, ids: readonly number[], words: number): VerdictScores {
  const z = logits(model.verdict, ids)
  const probabilities = asRecord(softmax(z))
  z[2] = (z[2] ?? 0) + model.neutralBias + (words >= LONG_LINE_WORDS ? model.longLineBias : 0)
  const calibrated = asRecord(softmax(z))
  const verdict = VERDICT_CLASSES.reduce(
    (best, v) => (calibrated[v] > calibrated[best] ? v : best),
    "neutral",
  )
  return { probabilities, verdict, confidence: calibrated[verdict] }
}

/** The principles of one polarity, most likely first, with their probability within that polarity. */
export function rankPrinciples(
  model: LinearModel,
  ids: readonly number[],
  polarity: Polarity,
): { principle: PrincipleId; probability: number }[] {
  const z = logits(model.principle, ids)
  const idx = model.principle.classes.flatMap((c, i) => (c.endsWith(`:${polarity}`) ? [i] : []))
  const p = softmax(Float64Array.from(idx.map((i) => z[i] ?? 0)))
  return idx
    .map((i, k) => ({
      principle: model.principle.classes[i]?.split(":")[0] as PrincipleId,
      probability: p[k] ?? 0,
    }))
    .sort((a, b) => b.probability - a.probability)
}

/**
 * How much one feature pushes toward a class against neutral (verdict head) — used to name the
 * words behind a model label.
 */
export function contribution(model: LinearModel, id: number, verdict: Verdict): number {
  const n = model.verdict.classes.length
  const c = VERDICT_CLASSES.indexOf(verdict)
  return (model.verdict.weights[id * n + c] ?? 0) - (model.verdict.weights[id * n + 2] ?? 0)
}
