/**
 * PLACEHOLDER (2026-11-26): the classifier is being written; this keeps the signature stable.
 */
import type { Classification } from "../core/types"

export interface ClassifyOptions {
  /** True when the seller (the user of the extension) said it; client lines get no verdict. */
  self: boolean
}

export function classifyUtterance(_text: string, _options: ClassifyOptions): Classification {
  return { verdict: "neutral", labels: [], question: false, questionCount: 0, questionKind: null }
}
