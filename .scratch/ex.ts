import { RULES } from "../src/nlp/rules"
import { classifyUtterance } from "../src/nlp/classify"
let bad = 0
for (const rule of RULES) {
  for (const t of rule.examples.fires) { const c = classifyUtterance(t, { self: true }); if (!c.labels.some(l => l.rule === rule.id)) { bad++; console.log("NOFIRE", rule.id, "|", t, "|", c.labels.map(l=>l.rule).join(",")) } }
  for (const t of rule.examples.misses) { const c = classifyUtterance(t, { self: true }); const l = c.labels.find(l => l.rule === rule.id); if (l) { bad++; console.log("MISFIRE", rule.id, "|", t, "|", l.evidence) } }
}
console.log("bad", bad)
