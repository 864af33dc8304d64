/**
 * Generates src/ui/rule-info.json: what the pages show about each classifier rule (principle,
 * polarity, description, nudge) without the rules' patterns, examples or compromise, so a page
 * that needs a rule's words does not bundle the classifier (only the background needs it).
 *
 *   npx tsx src/tools/rule-info.ts            print the JSON
 *   npx tsx src/tools/rule-info.ts --write    rewrite src/ui/rule-info.json
 *
 * `npm run build` rewrites it when stale; tests/unit/build/rule-info.test.ts fails when it is.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { RULES } from "../nlp/rules"
import { describeRule } from "../nlp/rules/descriptions"
import type { UiRuleInfo } from "../ui/rule-info"

export const RULE_INFO_PATH = join(resolve(import.meta.dirname, "../.."), "src/ui/rule-info.json")

/** The file's expected text: rules in registry order, one object each. */
export function ruleInfoJson(): string {
  const info: Record<string, UiRuleInfo> = {}
  for (const rule of RULES) {
    info[rule.id] = {
      principle: rule.principle,
      polarity: rule.polarity,
      description: describeRule(rule.id),
      nudge: rule.nudge,
    }
  }
  return `${JSON.stringify(info, null, 2)}\n`
}

/** Rewrites the file if it differs from the registry; returns whether it changed. */
export function writeRuleInfo(path = RULE_INFO_PATH): boolean {
  const expected = ruleInfoJson()
  if (existsSync(path) && readFileSync(path, "utf8") === expected) return false
  writeFileSync(path, expected)
  return true
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--write")) {
    console.log(writeRuleInfo() ? `${RULE_INFO_PATH} rewritten` : `${RULE_INFO_PATH} already current`)
  } else {
    process.stdout.write(ruleInfoJson())
  }
}
