import { nlp } from "../src/nlp/engine"
const pats = ["we have done", "i would recommend", "do not know", "what is your budget", "let us go", "(pain points|challenges)", "{recommend}", "i am not sure", "#Stakeholder", "you are ready", "we are the leading #Noun"]
const net = nlp.buildNet(pats.map((m, i) => ({ match: m, reason: String(i) })))
for (const t of ["we've done forty", "i'd recommend it", "i dont know", "what's your budget", "let's go", "your pain points and challenges", "she recommended it", "im not sure", "your cfo", "whenever you're ready", "we're the leading provider"]) {
  const r = nlp(t).sweep(net, { tagger: false })
  console.log(t, "=>", r.found.map((f: any) => pats[+f.reason] + " :: " + f.view.text()))
}
