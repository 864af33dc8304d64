/**
 * The verdict on a seller line, from the two layers together:
 * - rules are precise and name the principle, but only hear phrasings they were written for;
 * - the model hears everyday wording, but is a weaker witness on its own.
 *
 * Policy:
 * 1. A rule label stands unless the model finds its polarity unlikely in this context
 *    (p < ruleVeto, 0.1 in the shipped model): "I'll be quick, the invoice went out on the third"
 *    is not asking for time. A line of under eight words is hardly more than the rule's own
 *    words, so there is no context to overrule it with and the rule stands.
 * 2. Rule labels of both polarities left: the more likely polarity wins (the model breaks ties).
 * 3. No rule label left: the model's own verdict, with its neutral prior raised for real calls.
 *    (Silencing the model on every recap or answer to the client was tried: it cut false alarms on
 *    long factual answers, 21 → 7 of 120 in a teammate's probe, but lost the moves sellers make
 *    inside an answer, "you asked about approvals, so it lets you set up chains and…": 96.7 →
 *    46.3 % on a second probe of such turns.)
 * 4. A line that asks which thing the client meant ("do you mean the version or the servers?",
 *    "did you say weeks or months?") gets no model-only verdict: the model hears the client's
 *    nouns and the question shape of discovery, but the answer settles a word. Rules still fire
 *    on a move made in the same line.
 * 5. Every label carries a strength; rule labels are stronger than model-only ones, because two
 *    independent witnesses agree.
 * 6. A rule names the principle its words were written for, but the same words often serve
 *    another: "walk me through how you reconcile" is a history question to its rule and discovery
 *    to most labellers. When the model reaches the rules' verdict by itself and is sure of another
 *    principle, its label joins the rules' (on the development calls such
 *    labels named a labeller's principle 11 of 13 times, the rules' own 133 of 178).
 */
import type { PrincipleId } from "../core/principles"
import type { Label, Polarity, Verdict } from "../core/types"
import type { VerdictScores } from "./model/linear-model"

/** Below this many words a line gives the model no context beyond the rule's own words. */
export const VETO_MIN_WORDS = 8

/**
 * The model's principle joins a rule's only when it holds this much of the model's principle
 * weight: at 0.3 such labels named the labeller's principle 16 of 27 times on development calls,
 * at 0.7 11 of 13, as often as the rules' own principles or more.
 */
export const SECOND_OPINION_MIN_PRINCIPLE = 0.7

export interface ModelOpinion {
  scores: VerdictScores
  /** Words in the line (after normalising), for the veto's context. */
  words: number
  /** The principle the model prefers for a polarity, and the words behind that judgement. */
  explain: (polarity: Polarity) => { principle: PrincipleId; probability: number; evidence: string } | null
  /** The principle alone (cheap: finding the words is the costly part of explain). */
  prefers: (polarity: Polarity) => { principle: PrincipleId; probability: number } | null
  ruleVeto: number
  modelMin: number
  /** The line asks which thing the client meant or said (#Clarify): no model-only verdict. */
  clarifying: boolean
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
  const veto = opinion.words >= VETO_MIN_WORDS ? opinion.ruleVeto : 0
  const kept = ruleLabels.filter((label) => p[label.polarity] >= veto)
  if (kept.length > 0) {
    const polarities = new Set(kept.map((l) => l.polarity))
    const verdict: Polarity =
      polarities.size === 1 ? (kept[0]?.polarity ?? "down") : p.up > p.down ? "up" : "down"
    const labels: Label[] = kept
      .filter((l) => l.polarity === verdict)
      .map((l) => ({ ...l, strength: ruleStrength(p[verdict]), source: "rule" as const }))
    const second = secondOpinion(
      opinion,
      verdict,
      labels.map((l) => l.principle),
    )
    return { verdict, labels: second ? [...labels, second] : labels }
  }
  const verdict = opinion.scores.verdict
  if (verdict === "neutral" || opinion.clarifying || opinion.scores.confidence < opinion.modelMin)
    return { verdict: "neutral", labels: [] }
  const label = modelLabel(opinion, verdict)
  return label ? { verdict, labels: [label] } : { verdict: "neutral", labels: [] }
}

/** The model's own label for a polarity, or null when it cannot name the words behind it. */
function modelLabel(opinion: ModelOpinion, verdict: Polarity): Label | null {
  const explained = opinion.explain(verdict)
  if (!explained || explained.evidence === "") return null
  return {
    principle: explained.principle,
    polarity: verdict,
    rule: modelLabelId(explained.principle, verdict),
    evidence: explained.evidence,
    strength: round(opinion.scores.confidence * Math.sqrt(explained.probability)),
    source: "model",
  }
}

/**
 * Policy 6: the model's principle beside the rules' labels, when the model reaches the rules'
 * verdict on its own with confidence and puts most of its principle weight on one principle.
 */
function secondOpinion(
  opinion: ModelOpinion,
  verdict: Polarity,
  named: readonly PrincipleId[],
): Label | null {
  const { scores } = opinion
  if (scores.verdict !== verdict || scores.confidence < opinion.modelMin) return null
  // The principle first: on most lines a rule fires on the model hears the same principle, and
  // quoting its words (the costly part of explain) for a label then dropped is wasted work.
  const preferred = opinion.prefers(verdict)
  if (!preferred || preferred.probability < SECOND_OPINION_MIN_PRINCIPLE) return null
  if (named.includes(preferred.principle)) return null
  return modelLabel(opinion, verdict)
}
