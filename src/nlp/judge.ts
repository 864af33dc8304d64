/**
 * The verdict on a seller line, from the two layers together:
 * - rules are precise and name the principle, but only hear phrasings they were written for;
 * - the model hears everyday wording, but is a weaker witness on its own.
 *
 * Policy:
 * 1. A rule label stands unless the model finds its polarity very unlikely in this context
 *    (p < ruleVeto): "what works best for you" while booking a slot is not handing over the
 *    buying process.
 * 2. Rule labels of both polarities left: the more likely polarity wins (the model breaks ties).
 * 3. No rule label left: the model's own verdict, with its neutral prior raised for real calls.
 * 4. Every label carries a strength; rule labels are stronger than model-only ones, because two
 *    independent witnesses agree.
 */
import type { PrincipleId } from "../core/principles"
import type { Label, Polarity, Verdict } from "../core/types"
import type { VerdictScores } from "./model/linear-model"

export interface ModelOpinion {
  scores: VerdictScores
  /** The principle the model prefers for a polarity, and the words behind that judgement. */
  explain: (polarity: Polarity) => { principle: PrincipleId; probability: number; evidence: string } | null
  ruleVeto: number
  modelMin: number
}

export interface Judgement {
  verdict: Verdict
  labels: Label[]
}

const round = (x: number): number => Math.round(x * 100) / 100

/** Strength of a rule label: the rule's own word, raised or lowered by how the model hears it. */
function ruleStrength(pPolarity: number): number {
  return round(0.55 + 0.45 * pPolarity)
}

export function modelLabelId(principle: PrincipleId, polarity: Polarity): string {
  return `model-${principle}-${polarity}`
}

export function judge(ruleLabels: readonly Label[], opinion: ModelOpinion): Judgement {
  const p = opinion.scores.probabilities
  const kept = ruleLabels.filter((label) => p[label.polarity] >= opinion.ruleVeto)
  if (kept.length > 0) {
    const polarities = new Set(kept.map((l) => l.polarity))
    const verdict: Polarity =
      polarities.size === 1 ? (kept[0]?.polarity ?? "down") : p.up > p.down ? "up" : "down"
    return {
      verdict,
      labels: kept
        .filter((l) => l.polarity === verdict)
        .map((l) => ({ ...l, strength: ruleStrength(p[verdict]), source: "rule" as const })),
    }
  }
  const verdict = opinion.scores.verdict
  if (verdict === "neutral" || opinion.scores.confidence < opinion.modelMin)
    return { verdict: "neutral", labels: [] }
  const explained = opinion.explain(verdict)
  if (!explained || explained.evidence === "") return { verdict: "neutral", labels: [] }
  return {
    verdict,
    labels: [
      {
        principle: explained.principle,
        polarity: verdict,
        rule: modelLabelId(explained.principle, verdict),
        evidence: explained.evidence,
        strength: round(opinion.scores.confidence * Math.sqrt(explained.probability)),
        source: "model",
      },
    ],
  }
}
