/**
 * Training and cross-validation shared by `npm run train` and `npm run eval`: which lines the
 * model learns from, and how a part is scored by a model that never saw it.
 */
import type { CorpusRow } from "../nlp/evaluate"
import { analyseCaption, sellerLineFeatures } from "../nlp/classify"
import { decodeModel, type StoredModel } from "../nlp/model/linear-model"
import { installModel } from "../nlp/model/installed"
import {
  DEFAULT_TRAIN_OPTIONS,
  trainModel,
  type TrainOptions,
  type TrainingExample,
} from "../nlp/model/trainer"
import { callsIn, type CallGroup } from "./call-questions"
import { callVerdictRows } from "./call-verdicts"
import {
  SEALED_PART,
  TRAINABLE_PARTS,
  independentParts,
  probeCorpora,
  projectCorpus,
  type NamedCorpus,
} from "./corpora"

const featureCache = new Map<string, string[]>()

function features(text: string): string[] {
  let cached = featureCache.get(text)
  if (!cached) {
    const parsed = analyseCaption(text)
    cached = parsed ? sellerLineFeatures(parsed.doc, parsed.clauses) : []
    featureCache.set(text, cached)
  }
  return cached
}

/** The trainer's options plus how the training data is weighed, which is chosen here. */
export interface TrainingSettings extends TrainOptions {
  /**
   * Weight of a line written apart from the rules (oneup-dev and team parts) against one of the
   * project corpus, whose single writer also wrote the rules.
   */
  independentWeight: number
  /** Weight of a seller turn of the development calls (whole calls, turns both labellers agree on). */
  callWeight: number
}

const DEFAULT_SETTINGS: TrainingSettings = { ...DEFAULT_TRAIN_OPTIONS, independentWeight: 1, callWeight: 1 }

/** Where a training corpus came from, which sets its weight. */
type Provenance = "project" | "probe" | "independent" | "call"

/**
 * The call groups the model learns from: the development ones (the first set's read calls and
 * the third set). The first set's unread calls and the second set are never trained on; they
 * measure. `npm run eval` scores each development group by a model trained without it.
 */
export const TRAINED_CALL_GROUPS: readonly CallGroup[] = ["read", "third"]

/** The training corpus name of a call group (what `without` names to leave it out). */
export function callCorpusName(group: CallGroup): string {
  return `calls ${group}`
}

function developmentCalls(): NamedCorpus[] {
  return TRAINED_CALL_GROUPS.map((group) => ({
    name: callCorpusName(group),
    rows: callVerdictRows(new Set(callsIn(group))).rows,
  }))
}

/** Seller lines as training examples (client lines are never judged, so never learned from). */
export function toExamples(rows: readonly CorpusRow[], weight = 1): TrainingExample[] {
  return rows
    .filter((row) => row.self)
    .map((row) => ({ features: features(row.text), verdict: row.verdict, principles: row.labels, weight }))
}

/**
 * Everything the shipped model may learn from, minus the independent parts or call groups named
 * in `without`. The project corpus comes first, then the blind probes (written apart from the
 * rules, but the rules were then written from their misses, so they weigh like the project
 * corpus), then the independent parts, which cross-validation scores, then the development calls.
 */
export function trainingCorpora(
  without: readonly string[] = [],
): (NamedCorpus & { provenance: Provenance })[] {
  const parts = independentParts().filter((p) => !without.includes(p.name))
  const calls = developmentCalls().filter((c) => !without.includes(c.name))
  return [
    ...projectCorpus().map((c) => ({ ...c, provenance: "project" as const })),
    ...probeCorpora().map((c) => ({ ...c, provenance: "probe" as const })),
    ...parts.map((c) => ({ ...c, provenance: "independent" as const })),
    ...calls.map((c) => ({ ...c, provenance: "call" as const })),
  ]
}

export function train(
  without: readonly string[] = [],
  settings: TrainingSettings = DEFAULT_SETTINGS,
): StoredModel {
  if ((TRAINABLE_PARTS as readonly number[]).includes(SEALED_PART))
    throw new Error("the sealed part is never trained on")
  const corpora = trainingCorpora(without)
  const { independentWeight, callWeight, ...options } = settings
  const weight: Record<Provenance, number> = {
    project: 1,
    probe: 1,
    independent: independentWeight,
    call: callWeight,
  }
  const examples = corpora.flatMap((c) => toExamples(c.rows, weight[c.provenance]))
  return trainModel(examples, {
    ...options,
    meta: {
      ...(options.meta ?? {}),
      trainedOn: corpora.map((c) => c.name).join(", "),
    },
  })
}

/** Install a stored model in this process (the classifier uses the installed one). */
export function activate(model: StoredModel): void {
  installModel(decodeModel(JSON.parse(JSON.stringify(model))))
}
