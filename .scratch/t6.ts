import { normalizeCaption } from "../src/nlp/normalize"
import { parse } from "../src/nlp/engine"
for (const t of process.argv.slice(2)) {
  const d = parse(normalizeCaption(t).text)
  console.log(d.docs.map(s=>s.map(x=>x.text+"/"+[...(x.tags??[])].filter(t=>!["Noun","Verb","Singular","PresentTense"].includes(t)).join(",")).join(" ")).join(" || "))
}
