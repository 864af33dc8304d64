import nlp from "compromise"
console.log(nlp.hooks())
const d = nlp("we recommended that you pilot it. she is walking")
console.log(d.has("{recommend}"), d.docs[0]!.map(t=>[t.text,t.pre,t.post,(t as any).root]))
d.compute("root"); console.log(d.docs[0]!.map(t=>[t.text,(t as any).root]))
console.log(nlp("we recommended that").has("{recommend}"))
const d2 = nlp("don't you think. we're the best-in-class, next-gen platform!  ok")
console.log(JSON.stringify(d2.docs.map(s=>s.map(t=>[t.pre,t.text,t.post,t.normal,(t as any).implicit]))))
