import { RULES } from "../src/nlp/rules"
// tokenization of compromise match strings: groups (...) stay whole
function tokens(m: string): string[] {
  const out: string[] = []; let cur = ""; let depth = 0
  for (const ch of m) {
    if (ch === "(") depth++
    if (ch === ")") depth--
    if (ch === " " && depth === 0) { if (cur) out.push(cur); cur = "" } else cur += ch
  }
  if (cur) out.push(cur)
  return out
}
const isWild = (t: string) => /^(\.|\*)/.test(t) && (t.includes("{") || t.includes("*") || t.includes("?") || t.includes("+"))
const isComplexGroup = (t: string) => t.startsWith("(") && t.replace(/[?+*]$|\{.*\}$/, "").slice(1, -1).split("|").some((c) => /[\s#{@]/.test(c))
for (const r of RULES) for (const p of r.patterns) {
  const ts = tokens(p.match)
  ts.forEach((t, i) => {
    const next = ts[i + 1]
    if (isWild(t) && next && (isComplexGroup(next) || next.endsWith("?"))) console.log(r.id, "|", p.match, "| after", t, "->", next)
  })
}
for (const r of RULES) for (const p of r.patterns) {
  const groups = p.match.match(/\(([^()]*)\)/g) ?? []
  for (const g of groups) {
    const choices = g.slice(1, -1).split("|").map((c) => c.split(" "))
    choices.forEach((a, i) => choices.forEach((b, j) => {
      if (j > i && a.length < b.length && a.every((w, k) => w === b[k])) console.log("PREFIX", r.id, "|", g, "|", a.join(" "), "before", b.join(" "))
    }))
  }
}
