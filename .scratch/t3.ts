import { normalizeCaption, originalSpan } from "../src/nlp/normalize"
for (const t of ["Um, so what do you what does your company do?", "we we saw like fifteen percent you know and i think i think dont worry", "Its next-gen, 2,000 users. lets go. it lets you id say", "you know what i mean right", "I'm   not sure—I'll check."]) {
  const n = normalizeCaption(t); console.log(JSON.stringify(n.text), n.tokens.map(x=>x.text).join("|"), "=>", originalSpan(n, 0, 12))
}
