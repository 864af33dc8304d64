/**
 * Training the statistical layer (build time only; never bundled into the extension).
 *
 * Multinomial logistic regression with L2 regularisation, fitted by full-batch AdaGrad from zero
 * weights: no random initialisation and no shuffling, so the same data always gives the same
 * bytes (`npm run train` is reproducible and the test can check it).
 */
import {
  MODEL_FORMAT,
  VERDICT_CLASSES,
  encodeBase64,
  type StoredHead,
  type StoredModel,
} from "./linear-model"

export interface TrainingExample {
  features: readonly string[]
  /** Verdict class (up/down/neutral). */
  verdict: string
  /** principle:polarity targets of an up/down line (empty for neutral). */
  principles: readonly string[]
  /** How much this line counts in training (1 when absent). */
  weight?: number
}

export interface TrainOptions {
  /** Features seen in fewer training lines than this are dropped. */
  minCount: number
  /** L2 strength per example (the penalty is l2 × n × |w|²/2). */
  l2: number
  iterations: number
  learningRate: number
  neutralBias: number
  longLineBias: number
  ruleVeto: number
  modelMin: number
  meta?: Record<string, string | number>
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  minCount: 2,
  l2: 0.0015,
  iterations: 300,
  learningRate: 0.4,
  neutralBias: 0,
  longLineBias: 0,
  ruleVeto: 0.02,
  modelMin: 0.5,
}

interface Sample {
  ids: number[]
  target: number
  weight: number
}

/** Fit one softmax head; returns biases and a features × classes weight matrix. */
export function fitSoftmax(
  samples: readonly Sample[],
  featureCount: number,
  classCount: number,
  options: Pick<TrainOptions, "l2" | "iterations" | "learningRate">,
): { bias: Float64Array; weights: Float64Array } {
  const weights = new Float64Array(featureCount * classCount)
  const bias = new Float64Array(classCount)
  const gradW = new Float64Array(weights.length)
  const gradB = new Float64Array(classCount)
  const accW = new Float64Array(weights.length)
  const accB = new Float64Array(classCount)
  const totalWeight = samples.reduce((s, x) => s + x.weight, 0)
  const z = new Float64Array(classCount)
  for (let it = 0; it < options.iterations; it++) {
    gradW.fill(0)
    gradB.fill(0)
    for (const sample of samples) {
      for (let c = 0; c < classCount; c++) z[c] = bias[c] ?? 0
      for (const id of sample.ids)
        for (let c = 0; c < classCount; c++) z[c] = (z[c] ?? 0) + (weights[id * classCount + c] ?? 0)
      let max = -Infinity
      for (let c = 0; c < classCount; c++) max = Math.max(max, z[c] ?? 0)
      let sum = 0
      for (let c = 0; c < classCount; c++) {
        z[c] = Math.exp((z[c] ?? 0) - max)
        sum += z[c] ?? 0
      }
      for (let c = 0; c < classCount; c++) {
        const g = (((z[c] ?? 0) / sum - (c === sample.target ? 1 : 0)) * sample.weight) / totalWeight
        gradB[c] = (gradB[c] ?? 0) + g
        for (const id of sample.ids) gradW[id * classCount + c] = (gradW[id * classCount + c] ?? 0) + g
      }
    }
    for (let i = 0; i < weights.length; i++) {
      const g = (gradW[i] ?? 0) + options.l2 * (weights[i] ?? 0)
      accW[i] = (accW[i] ?? 0) + g * g
      weights[i] = (weights[i] ?? 0) - (options.learningRate * g) / (Math.sqrt(accW[i] ?? 0) + 1e-8)
    }
    for (let c = 0; c < classCount; c++) {
      const g = gradB[c] ?? 0
      accB[c] = (accB[c] ?? 0) + g * g
      bias[c] = (bias[c] ?? 0) - (options.learningRate * g) / (Math.sqrt(accB[c] ?? 0) + 1e-8)
    }
  }
  return { bias, weights }
}

function quantize(
  classes: readonly string[],
  fit: { bias: Float64Array; weights: Float64Array },
): StoredHead {
  let largest = 0
  for (const w of fit.weights) largest = Math.max(largest, Math.abs(w))
  const scale = largest === 0 ? 1 : largest / 127
  const bytes = new Int8Array(fit.weights.length)
  fit.weights.forEach((w, i) => (bytes[i] = Math.round(w / scale)))
  return {
    classes: [...classes],
    bias: [...fit.bias].map((b) => Math.round(b * 1e4) / 1e4),
    scale: Number(scale.toPrecision(6)),
    weights: encodeBase64(new Uint8Array(bytes.buffer)),
  }
}

/** Train both heads on labelled seller lines and return the model as it is stored. */
export function trainModel(
  examples: readonly TrainingExample[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): StoredModel {
  const counts = new Map<string, number>()
  for (const ex of examples) for (const f of new Set(ex.features)) counts.set(f, (counts.get(f) ?? 0) + 1)
  const features = [...counts.entries()]
    .filter(([, n]) => n >= options.minCount)
    .map(([f]) => f)
    .sort()
  const index = new Map(features.map((f, i) => [f, i]))
  const ids = (ex: TrainingExample): number[] =>
    [...new Set(ex.features)].flatMap((f) => {
      const id = index.get(f)
      return id === undefined ? [] : [id]
    })

  const verdictSamples: Sample[] = examples.map((ex) => ({
    ids: ids(ex),
    target: VERDICT_CLASSES.indexOf(ex.verdict as (typeof VERDICT_CLASSES)[number]),
    weight: ex.weight ?? 1,
  }))
  const principleClasses = [...new Set(examples.flatMap((ex) => ex.principles))].sort()
  const principleSamples: Sample[] = examples.flatMap((ex) =>
    ex.principles.map((p) => ({
      ids: ids(ex),
      target: principleClasses.indexOf(p),
      weight: (ex.weight ?? 1) / ex.principles.length,
    })),
  )
  const verdict = fitSoftmax(verdictSamples, features.length, VERDICT_CLASSES.length, options)
  const principle = fitSoftmax(principleSamples, features.length, principleClasses.length, options)
  return {
    format: MODEL_FORMAT,
    meta: { ...(options.meta ?? {}), examples: examples.length, features: features.length },
    features,
    verdict: quantize(VERDICT_CLASSES, verdict),
    principle: quantize(principleClasses, principle),
    calibration: {
      neutralBias: options.neutralBias,
      longLineBias: options.longLineBias,
      ruleVeto: options.ruleVeto,
      modelMin: options.modelMin,
    },
  }
}
