/**
 * `npm run eval`: scores the classifier on the labelled corpus in tests/corpus/ and prints verdict
 * macro-F1, the confusion matrix, per-principle precision/recall and question-detection F1, both
 * as written and with every line forced to lowercase without punctuation (live-caption form).
 *
 *   npm run eval                      all corpus files
 *   npm run eval -- --file=dev        one file
 *   npm run eval -- --mismatches      also list the lines it gets wrong
 */
import { readFileSync, readdirSync } from "node:fs"
import { join } from "node:path"
import { PRINCIPLE_IDS } from "../core/principles"
import type { Verdict } from "../core/types"
import {
  evaluate,
  parseCorpus,
  precision,
  recall,
  f1,
  stripToSpokenForm,
  type CorpusRow,
  type EvalReport,
} from "../nlp/evaluate"

const CORPUS_DIR = join(import.meta.dirname, "../../tests/corpus")

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6)

function load(only: string | undefined): { name: string; rows: CorpusRow[] }[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith(".jsonl") && (!only || f === `${only}.jsonl`))
    .map((f) => ({
      name: f.replace(/\.jsonl$/, ""),
      rows: parseCorpus(readFileSync(join(CORPUS_DIR, f), "utf8"), f),
    }))
}

function printReport(title: string, report: EvalReport, detailed: boolean): void {
  const q = report.question
  console.log(`\n== ${title} (${report.rows} lines)`)
  console.log(
    `verdict macro-F1 ${pct(report.verdict.macroF1)}   question F1 ${pct(q.f1)} (P ${pct(precision(q))} R ${pct(recall(q))})   open/closed right ${q.kindCorrect}/${q.kindTotal}`,
  )
  if (!detailed) return
  const verdicts: Verdict[] = ["up", "down", "neutral"]
  console.log("\nconfusion (rows: expected, columns: predicted)")
  console.log(`${"".padEnd(10)}${verdicts.map((v) => v.padStart(9)).join("")}`)
  for (const e of verdicts)
    console.log(
      `${e.padEnd(10)}${verdicts.map((p) => String(report.verdict.confusion[e][p]).padStart(9)).join("")}`,
    )
  for (const v of verdicts) {
    const c = report.verdict.perClass[v]
    console.log(`  ${v.padEnd(8)} P ${pct(precision(c))}  R ${pct(recall(c))}  F1 ${pct(f1(c))}`)
  }
  console.log("\nper principle          up: P      R    (n)    down: P      R    (n)")
  for (const id of PRINCIPLE_IDS) {
    const { up, down } = report.principles[id]
    const cell = (c: typeof up): string =>
      `${pct(precision(c))} ${pct(recall(c))} ${`(${c.tp + c.fn})`.padStart(5)}`
    console.log(`  ${id.padEnd(18)} ${cell(up)}      ${cell(down)}`)
  }
}

function main(): void {
  const args = process.argv.slice(2)
  const only = args.find((a) => a.startsWith("--file="))?.slice("--file=".length)
  const files = load(only)
  const all = files.flatMap((f) => f.rows)
  for (const { name, rows } of files) printReport(name, evaluate(rows), false)
  const scope = only ? `${only}.jsonl` : "all corpus files"
  const report = evaluate(all)
  printReport(`${scope}, as written`, report, true)
  printReport(`${scope}, lowercase without punctuation`, evaluate(all, stripToSpokenForm), true)
  if (args.includes("--mismatches")) {
    console.log("\nmismatches (expected → got)")
    for (const { row, got } of report.mismatches) {
      const labels = got.labels.map((l) => `${l.principle}:${l.polarity}[${l.evidence}]`).join(" ")
      console.log(
        `- ${row.self ? "S" : "C"} ${row.verdict}→${got.verdict} q:${row.question ? 1 : 0}→${got.question ? 1 : 0} ${row.labels.join(",") || "-"} → ${labels || "-"}\n    ${row.text}`,
      )
    }
  }
}

main()
