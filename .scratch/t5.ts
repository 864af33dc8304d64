import fs from "node:fs"
import { normalizeCaption } from "../src/nlp/normalize"
import { parse } from "../src/nlp/engine"
import { splitClauses } from "../src/nlp/clauses"
const rows = fs.readFileSync("tests/corpus/"+(process.env.F??"dev")+".jsonl","utf8").trim().split("\n").map(l=>JSON.parse(l))
let tp=0,fp=0,fn=0
for (const r of rows) {
  const n = normalizeCaption(r.text); const d = parse(n.text); const cl = splitClauses(d)
  const q = cl.some(c=>c.question)
  if (q && r.question) tp++; else if (q) fp++; else if (r.question) fn++
  if (q !== r.question || process.argv[2]) console.log(q? "FP":"FN", r.text, "||", cl.map(c=>d.docs[c.sentence]!.slice(c.start,c.end).map(t=>t.text).join(" ")+(c.question?"["+c.question+"]":"")).join(" | "))
}
console.log({tp,fp,fn, f1: 2*tp/(2*tp+fp+fn)})
