import { classifyUtterance } from "../src/nlp/classify"
for (const t of process.argv.slice(2)) console.log(t, "=>", JSON.stringify(classifyUtterance(t, { self: true })))
