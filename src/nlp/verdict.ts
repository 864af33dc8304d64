/**
 * Verdict policy for a seller utterance, from the labels that fired:
 * - no labels: "neutral";
 * - more distinct One-Up rules than One-Down rules: "up";
 * - otherwise (any One-Down rule, and at least as many as One-Up ones): "down".
 * Ties go down on purpose: a One-Down moment is the one worth coaching, and one good phrase in
 * the same breath should not hide it. Repeats of the same rule count once.
 */
import type { Label, Verdict } from "../core/types"

export function decideVerdict(labels: readonly Label[]): Verdict {
  const up = new Set<string>()
  const down = new Set<string>()
  for (const label of labels) (label.polarity === "up" ? up : down).add(label.rule)
  if (up.size === 0 && down.size === 0) return "neutral"
  return up.size > down.size ? "up" : "down"
}
