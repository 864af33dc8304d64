import { normalizeCaption } from "../src/nlp/normalize"
import { parse } from "../src/nlp/engine"
import { splitClauses } from "../src/nlp/clauses"
const [text, pattern] = process.argv.slice(2) as [string, string | undefined]
const d = parse(normalizeCaption(text).text)
console.log(d.docs.map(s=>s.map(x=>(x.text||"∅")+"/"+((x as any).implicit??"")+"/"+[...(x.tags??[])].filter(t=>!["Noun","Verb","Singular","PresentTense"].includes(t)).join(",")).join(" ")).join(" || "))
console.log(splitClauses(d).map(c=>d.docs[c.sentence]!.slice(c.start,c.end).map(t=>t.text).join(" ")+(c.question?"["+c.question+"]":"")).join(" | "))
if (pattern) console.log("match:", JSON.stringify(d.match(pattern).out("array")))
