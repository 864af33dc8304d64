/**
 * The One-Up classifier's public surface. Everything else under src/nlp is internal.
 *
 *   classifyUtterance(text, { self })  → verdict, labels with evidence, question facts
 *   detectQuestions(text) / isQuestion(text) → question facts for either speaker
 *   getRule(id) / RULES                 → description, nudge and principle for the nudge UI
 */
export {
  classifyUtterance,
  detectQuestions,
  isQuestion,
  type ClassifyOptions,
  type QuestionFacts,
} from "./classify"
export { RULES, getRule } from "./rules"
export type { Rule, RulePattern } from "./rule"
export { decideVerdict } from "./verdict"
export { installModelFromUrl } from "./model/load-from-url"
export { hasInstalledModel } from "./model/installed"
