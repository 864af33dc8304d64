import { nlp } from "../src/nlp/engine"
const tests: [string, string][] = [
  ["you got a couple minutes", "got (a|a couple) minutes"],
  ["you got a couple minutes", "got (a couple|a) minutes"],
  ["you got a couple minutes", "(you got|got) (a couple|a) minutes"],
  ["you got a couple minutes", "(got|you got) (a couple|a) minutes"],
]
for (const [t, p] of tests) console.log(t, "|", p, "=>", JSON.stringify(nlp(t).match(p).out("array")))
