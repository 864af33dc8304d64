/**
 * Pure logic of the question-ceiling experiment (src/tools/question-ceiling.ts): the features a
 * caption-only question detector can see, folds by conversation, a binary logistic regression on
 * top of the product trainer's softmax fit, F1-maximising thresholds and nested cross-validation.
 *
 * Development only: it serves an experiment on Switchboard (CC BY-NC-SA, non-commercial) and
 * must never be imported by anything shipped in the extension.
 */
import { f1, type Counts } from "../nlp/evaluate"
import { fitSoftmax, type TrainOptions } from "../nlp/model/trainer"

/** One caption-form utterance in conversation order, with what a live caption stream knows. */
export interface Turn {
  conversation: string
  speaker: string
  /** Caption form: lowercase words, no punctuation (swdaCaptionForm). */
  text: string
}

/** Who speaks around an utterance, and how the next utterance starts. */
export interface DialogueContext {
  previous: "same" | "other" | "none"
  next: "same" | "other" | "none"
  nextWords: readonly string[]
}

export interface Example {
  conversation: string
  features: readonly string[]
  question: boolean
}

export type ModelOptions = Pick<TrainOptions, "minCount" | "l2" | "iterations" | "learningRate">

/** A binary logistic regression: log-odds = bias + sum of the weights of the features present. */
export interface BinaryModel {
  index: ReadonlyMap<string, number>
  bias: number
  weights: Float64Array
}

export const words = (text: string): string[] => text.split(" ").filter((w) => w !== "")

/** Coarse length: a one-word "yeah" and a long story behave differently; exact counts are too sparse. */
export function lengthBucket(wordCount: number): string {
  if (wordCount <= 2) return String(wordCount)
  if (wordCount <= 4) return "3-4"
  if (wordCount <= 8) return "5-8"
  if (wordCount <= 16) return "9-16"
  return "17+"
}

/**
 * What the words alone show: unigrams, bigrams with "^"/"$" for the start and end (so "^ do"
 * and "you $" mark where a word stands), the first two words, and a length bucket.
 */
export function textFeatures(caption: string): string[] {
  const tokens = words(caption)
  const padded = ["^", ...tokens, "$"]
  const bigrams = padded.slice(1).map((w, i) => `b:${padded[i] ?? ""} ${w}`)
  return [
    ...tokens.map((w) => `w:${w}`),
    ...bigrams,
    `first2:${tokens.slice(0, 2).join(" ")}`,
    `len:${lengthBucket(tokens.length)}`,
  ]
}

/** The rule detector's verdict as a feature, so the model can learn how far to trust it. */
export const ruleFeature = (question: boolean): string => (question ? "rule:question" : "rule:statement")

/**
 * Dialogue context a caption stream also carries (the next line only after it arrives): answers
 * such as "yeah", "no", "uh-huh" from the other speaker follow questions; a speaker who goes
 * on talking has rarely asked anything. The next line's words are keyed by whether the speaker
 * changed, since "yeah" from the other speaker means something else than "yeah" from oneself.
 */
export function contextFeatures(context: DialogueContext): string[] {
  const features = [`prev:${context.previous}`, `next:${context.next}`]
  if (context.next === "none") return features
  const [first = "", second = "$"] = context.nextWords
  return [
    ...features,
    `next1:${context.next}:${first}`,
    `next2:${context.next}:${first} ${second}`,
    `nextlen:${context.next}:${lengthBucket(context.nextWords.length)}`,
  ]
}

function neighbour(turn: Turn, other: Turn | undefined): "same" | "other" | "none" {
  if (!other || other.conversation !== turn.conversation) return "none"
  return other.speaker === turn.speaker ? "same" : "other"
}

/** The context of every turn, from its neighbours in the same conversation. */
export function dialogueContexts(turns: readonly Turn[]): DialogueContext[] {
  return turns.map((turn, i) => {
    const next = neighbour(turn, turns[i + 1])
    return {
      previous: neighbour(turn, turns[i - 1]),
      next,
      nextWords: next === "none" ? [] : words(turns[i + 1]?.text ?? ""),
    }
  })
}

/**
 * Fold of each conversation: ids in sorted order (numeric where they are numbers), cut into
 * `folds` contiguous blocks of near-equal size. No randomness, so every run splits alike.
 */
export function conversationFolds(conversations: Iterable<string>, folds: number): Map<string, number> {
  const sorted = [...new Set(conversations)].sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
  return new Map(sorted.map((id, i) => [id, Math.floor((i * folds) / sorted.length)]))
}

/** Counts of predicted against gold questions. */
export function countOutcomes(predicted: readonly boolean[], gold: readonly boolean[]): Counts {
  const counts = { tp: 0, fp: 0, fn: 0 }
  gold.forEach((question, i) => {
    const asked = predicted[i] === true
    if (asked && question) counts.tp++
    else if (asked) counts.fp++
    else if (question) counts.fn++
  })
  return counts
}

/**
 * The threshold (predict "question" when score >= threshold) that maximises F1 on these scores,
 * halfway between the last score kept and the next one down so that it generalises to unseen
 * scores. Ties in F1 keep the higher threshold; with no question at all nothing is predicted.
 */
export function bestThreshold(
  scores: readonly number[],
  gold: readonly boolean[],
): { threshold: number; f1: number } {
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0))
  const positives = gold.filter(Boolean).length
  let best = { threshold: Infinity, f1: 0 }
  let tp = 0
  let fp = 0
  for (let k = 0; k < order.length; k++) {
    const i = order[k] ?? 0
    if (gold[i]) tp++
    else fp++
    const score = scores[i] ?? 0
    const nextIndex = order[k + 1]
    const next = nextIndex === undefined ? undefined : scores[nextIndex]
    if (next === score) continue // a threshold cannot split equal scores
    const f = f1({ tp, fp, fn: positives - tp })
    if (f > best.f1) best = { threshold: next === undefined ? score : (score + next) / 2, f1: f }
  }
  return best
}

/** Index of every feature seen in at least `minCount` examples, in sorted order (deterministic). */
function vocabulary(examples: readonly Example[], minCount: number): Map<string, number> {
  const seen = new Map<string, number>()
  for (const ex of examples) for (const f of new Set(ex.features)) seen.set(f, (seen.get(f) ?? 0) + 1)
  const kept = [...seen].filter(([, n]) => n >= minCount).map(([f]) => f)
  return new Map(kept.sort().map((f, i) => [f, i]))
}

function featureIndices(index: ReadonlyMap<string, number>, features: readonly string[]): number[] {
  return [...new Set(features)].flatMap((f) => {
    const id = index.get(f)
    return id === undefined ? [] : [id]
  })
}

/**
 * Binary logistic regression fitted with the product trainer's softmax fit over two classes
 * (not-question, question): deterministic full-batch AdaGrad from zero weights. Two-class softmax
 * is logistic regression on the difference of the two classes' weights, which is what is kept.
 */
export function trainBinaryModel(examples: readonly Example[], options: ModelOptions): BinaryModel {
  const index = vocabulary(examples, options.minCount)
  const samples = examples.map((ex) => ({
    ids: featureIndices(index, ex.features),
    target: ex.question ? 1 : 0,
    weight: 1,
  }))
  const fit = fitSoftmax(samples, index.size, 2, options)
  const weights = new Float64Array(index.size)
  for (let i = 0; i < index.size; i++) weights[i] = (fit.weights[2 * i + 1] ?? 0) - (fit.weights[2 * i] ?? 0)
  return { index, bias: (fit.bias[1] ?? 0) - (fit.bias[0] ?? 0), weights }
}

/** Probability that an utterance with these features is a question. */
export function questionProbability(model: BinaryModel, features: readonly string[]): number {
  let z = model.bias
  for (const id of featureIndices(model.index, features)) z += model.weights[id] ?? 0
  return 1 / (1 + Math.exp(-z))
}

/** Every example scored by a model trained on the other folds (its own fold never seen). */
export function outOfFoldScores(
  examples: readonly Example[],
  foldOf: ReadonlyMap<string, number>,
  options: ModelOptions,
): number[] {
  const scores = new Array<number>(examples.length).fill(0)
  const folds = new Set(foldOf.values())
  for (const fold of [...folds].sort((a, b) => a - b)) {
    const inFold = (ex: Example): boolean => foldOf.get(ex.conversation) === fold
    const model = trainBinaryModel(
      examples.filter((ex) => !inFold(ex)),
      options,
    )
    examples.forEach((ex, i) => {
      if (inFold(ex)) scores[i] = questionProbability(model, ex.features)
    })
  }
  return scores
}

export interface NestedResult {
  /** Out-of-fold probability of every example. */
  scores: number[]
  /** Prediction at the threshold chosen on that example's training folds only. */
  predicted: boolean[]
  /** The threshold chosen for each outer fold, in fold order. */
  thresholds: number[]
}

/**
 * Nested cross-validation: for each outer fold, an inner cross-validation over the training
 * folds' conversations picks the F1-maximising threshold; a model trained on all training folds
 * then scores the held-out fold at that threshold. The held-out fold takes no part in any choice.
 */
export function nestedCrossValidation(
  examples: readonly Example[],
  foldOf: ReadonlyMap<string, number>,
  innerFolds: number,
  options: ModelOptions,
): NestedResult {
  const result: NestedResult = { scores: [], predicted: [], thresholds: [] }
  const outer = [...new Set(foldOf.values())].sort((a, b) => a - b)
  const single = outOfFoldScores(examples, foldOf, options)
  result.scores = single
  result.predicted = new Array<boolean>(examples.length).fill(false)
  for (const fold of outer) {
    const training = examples.filter((ex) => foldOf.get(ex.conversation) !== fold)
    const innerFoldOf = conversationFolds(
      training.map((ex) => ex.conversation),
      innerFolds,
    )
    const inner = outOfFoldScores(training, innerFoldOf, options)
    const { threshold } = bestThreshold(
      inner,
      training.map((ex) => ex.question),
    )
    result.thresholds.push(threshold)
    examples.forEach((ex, i) => {
      if (foldOf.get(ex.conversation) === fold) result.predicted[i] = (single[i] ?? 0) >= threshold
    })
  }
  return result
}
