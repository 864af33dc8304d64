import { parse } from "../src/nlp/engine"
for (const t of ["our ai powered next gen platform really changes the game", "we should get your it lead and the cfo in. the market shifted and rates are rising", "legal review stalled, finance signs off", "what are your biggest pain points", "the other vendors are running outdated tech"]) {
  const d = parse(t)
  console.log(d.docs.map(s=>s.map(x=>x.text+"/"+[...(x.tags??[])].join(",")).join(" ")).join(" || "))
}
