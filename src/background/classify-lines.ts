/**
 * The background's answer to a classify-lines request: each line classified by the same call
 * as a live caption and as scoreTranscript's scoreUtterance (classifyUtterance with the line's
 * `self`). A plain function of its input, so whatever gates UI requests wraps it unchanged.
 */
import type { Classification } from "../core/types"
import type { ClassifyLine } from "../messaging/contract"
import { classifyUtterance } from "../nlp/index"

export function classifyLines(lines: readonly ClassifyLine[]): { classifications: Classification[] } {
  return { classifications: lines.map((line) => classifyUtterance(line.text, { self: line.self })) }
}
