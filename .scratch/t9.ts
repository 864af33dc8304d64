import { nlp } from "../src/nlp/engine"
const tests: [string, string][] = [
  ["i am not really sure how", "(not #Adverb? sure|no idea) how"],
  ["i am not sure how", "(not #Adverb? sure|no idea) how"],
  ["i am not sure how", "(not sure|no idea) how"],
  ["the platform is", "(the #Offering|our) is"],
  ["the industry benchmark", "(on average|industry (benchmark|benchmarks))"],
  ["we got a few minutes", "got (a few|a couple of|#Value) minutes"],
  ["we got ten minutes", "got (a few|a couple of|#Value) minutes"],
]
for (const [t, p] of tests) console.log(t, "|", p, "=>", JSON.stringify(nlp(t).match(p).out("array")))
