/**
 * The review page's classifier in Node tests: the background's own classify-lines answer,
 * called directly instead of through runtime messaging.
 */
import { classifyLines } from "../../../src/background/classify-lines"
import type { LineClassifier } from "../../../src/ui/review/judge"

export const localClassifier: LineClassifier = async (lines) => classifyLines(lines).classifications
