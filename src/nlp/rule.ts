/**
 * What a rule is: data (id, principle, polarity, words for the UI, match patterns) plus its own
 * examples. Rules hold no code; the net (net.ts) compiles every pattern of every rule once.
 */
import type { PrincipleId } from "../core/principles"
import type { Polarity } from "../core/types"

export interface RulePattern {
  /** compromise match syntax (docs/match-syntax.md). Use `start: true` instead of `^`. */
  match: string
  /** Only in clauses that ask something, or only in clauses that do not. */
  clause?: "question" | "statement"
  /** The match must begin its clause (after "so", "okay"…), like `^` but per clause. */
  start?: true
  /** Skip the whole clause when it contains any of these words or #Tags (compromise `ifNo`). */
  ifNo?: string[]
  /** Skip a match whose own span contains this pattern (compromise `notIf`). */
  notIf?: string
}

export interface Rule {
  /** Equal to the file name under src/nlp/rules/ (checked by the conventions test). */
  id: string
  principle: PrincipleId
  polarity: Polarity
  /** Down rules: a concrete One-Up alternative. Up rules: a short word of reinforcement. */
  nudge: string
  patterns: RulePattern[]
  /**
   * Down rules only: keep firing inside an answer to the client's question. Other down rules are
   * silent there (a product fact asked for is an answer, not a pitch), but "good question, I'm not
   * sure, I'll check with product" fails the answer itself.
   */
  inAnswers?: true
}

/**
 * Seller utterances a rule must fire on, and near-misses it must leave alone. Each rule file
 * exports them beside the rule (`export const examples`); only tests import them, so the
 * bundler drops them from the extension.
 */
export interface RuleExamples {
  fires: string[]
  misses: string[]
  /**
   * Lines written after the patterns, in words the patterns never name: each must fire the rule
   * through a word class (#Feature, #Capability, #Competitor…) rather than a listed phrase, so
   * the rule is shown to hear phrasings it was never given.
   */
  paraphrases: string[]
}

/** Identity helper: gives rule files type checking and a single shape to follow. */
export function defineRule(rule: Rule): Rule {
  return rule
}
