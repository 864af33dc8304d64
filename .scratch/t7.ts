import { nlp } from "../src/nlp/engine"
const doc = nlp("we met last week and what keeps you up at night is the big question")
const net = nlp.buildNet([{ match: "keeps you up", reason: "x" }])
const view = doc.update([[0, 5, 14]] as any)
const r = view.sweep(net, { tagger: false })
console.log(r.found.map((f: any) => [f.reason, f.view.pointer, f.view.text()]))
const r2 = doc.sweep(net, { tagger: false })
console.log(r2.found.map((f: any) => [f.reason, f.view.pointer, f.view.text()]))
