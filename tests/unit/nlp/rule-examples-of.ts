/**
 * Every rule's own examples, read from its file's `examples` export (kept out of the bundle:
 * only tests import them). Loading by id also proves each rule lives in `<id>.ts`.
 */
import type { RuleExamples } from "../../../src/nlp/rule"
import { RULES } from "../../../src/nlp/rules"

const loaded = await Promise.all(
  RULES.map(async (rule) => {
    const module = (await import(`../../../src/nlp/rules/${rule.id}.ts`)) as { examples?: RuleExamples }
    return [rule.id, module.examples ?? { fires: [], misses: [], paraphrases: [] }] as const
  }),
)

export const RULE_EXAMPLES: ReadonlyMap<string, RuleExamples> = new Map(loaded)

export function examplesOf(ruleId: string): RuleExamples {
  return RULE_EXAMPLES.get(ruleId) ?? { fires: [], misses: [], paraphrases: [] }
}
