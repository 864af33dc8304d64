/**
 * `npm run eval`: how well the classifier judges lines it did not learn from, sealed part first.
 *
 *   1. oneup-dev part 3, SEALED: scored as a whole by the shipped model (never trained or tuned
 *      on it); no line of it is ever printed. This is the honest figure.
 *   2. oneup-dev parts 1, 2, 4 by cross-validation: for each part, a model trained without it
 *      scores it. Independent writers, but the calibration was chosen on these parts.
 *   3. The project's own corpus (tests/corpus/*.jsonl): SELF-WRITTEN by the rules' author and
 *      trained on: a memory check, not a generalisation figure.
 *   4. Spoken questions on Switchboard (swda-dev), lowercase without punctuation.
 *
 *   npm run eval                  everything
 *   npm run eval -- --quick       skip Switchboard (66k utterances)
 */
import { PRINCIPLE_IDS } from "../core/principles"
import type { Verdict } from "../core/types"
import { evaluate, f1, precision, recall, type EvalReport, type Mismatch } from "../nlp/evaluate"
import { installModelFromDisk } from "../nlp/model/load-from-disk"
import { SEALED_PART, TRAINABLE_PARTS, devPart, projectCorpus } from "./corpora"
import { questionReport } from "./question-eval"
import { activate, train } from "./model-lab"
import { TRAINING_OPTIONS } from "./training-options"

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6)
const VERDICTS: Verdict[] = ["up", "down", "neutral"]

function headline(report: EvalReport): string {
  const { principleRecall: pr, neutralFalseAlarms: fa } = report
  return [
    `verdict macro-F1 ${pct(report.verdict.macroF1)}`,
    `principle recall ${pct(pr.total ? pr.hit / pr.total : 1)} (${pr.hit}/${pr.total})`,
    `neutral false alarms ${pct(fa.total ? fa.flagged / fa.total : 0)} (${fa.flagged}/${fa.total})`,
    `client lines judged ${report.clientJudged}`,
  ].join("   ")
}

function printDetails(report: EvalReport): void {
  console.log("  confusion (rows: expected, columns: predicted)")
  console.log(`  ${"".padEnd(10)}${VERDICTS.map((v) => v.padStart(9)).join("")}`)
  for (const e of VERDICTS)
    console.log(
      `  ${e.padEnd(10)}${VERDICTS.map((p) => String(report.verdict.confusion[e][p]).padStart(9)).join("")}`,
    )
  for (const v of VERDICTS) {
    const c = report.verdict.perClass[v]
    console.log(`  ${v.padEnd(8)} P ${pct(precision(c))}  R ${pct(recall(c))}  F1 ${pct(f1(c))}`)
  }
  const rows = PRINCIPLE_IDS.map((id) => {
    const { up, down } = report.principles[id]
    return `    ${id.padEnd(18)} up R ${pct(recall(up))} (${up.tp + up.fn})   down R ${pct(recall(down))} (${down.tp + down.fn})`
  })
  console.log(`  principle recall by label\n${rows.join("\n")}`)
}

function strongest(m: Mismatch): number {
  return Math.max(0, ...m.got.labels.map((l) => l.strength ?? 1))
}

/** The lines it gets most wrong: confident false alarms first, then missed moves. */
function printWorst(report: EvalReport, count = 6): void {
  const falseAlarms = report.mismatches
    .filter((m) => m.row.verdict === "neutral" && m.got.verdict !== "neutral")
    .sort((a, b) => strongest(b) - strongest(a))
  const misses = report.mismatches.filter(
    (m) => m.row.verdict !== "neutral" && m.got.verdict !== m.row.verdict,
  )
  const show = (m: Mismatch): string => {
    const got = m.got.labels.map((l) => `${l.rule}[${l.evidence}] ${l.strength ?? ""}`).join(" ") || "-"
    return `    ${m.row.verdict}${m.row.labels[0] ? ` ${m.row.labels[0]}` : ""} → ${m.got.verdict} ${got}\n      ${m.row.text}`
  }
  console.log(`  worst false alarms (${falseAlarms.length})`)
  for (const m of falseAlarms.slice(0, count)) console.log(show(m))
  console.log(`  worst misses (${misses.length})`)
  for (const m of misses.slice(0, count)) console.log(show(m))
}

function main(): void {
  const quick = process.argv.includes("--quick")

  installModelFromDisk()
  const sealed = evaluate(devPart(SEALED_PART).rows)
  console.log(
    `\n== oneup-dev part ${SEALED_PART}, SEALED (independent writer; never trained or tuned on; ${sealed.rows} lines)`,
  )
  console.log(`  ${headline(sealed)}`)
  printDetails(sealed)

  for (const part of TRAINABLE_PARTS) {
    activate(train([part], TRAINING_OPTIONS))
    const report = evaluate(devPart(part).rows)
    console.log(
      `\n== oneup-dev part ${part}, cross-validated (model trained without it; ${report.rows} lines)`,
    )
    console.log(`  ${headline(report)}`)
    printDetails(report)
    printWorst(report)
  }

  installModelFromDisk()
  const own = evaluate(projectCorpus().flatMap((c) => c.rows))
  console.log(`\n== project corpus, SELF-WRITTEN and trained on (a memory check only; ${own.rows} lines)`)
  console.log(`  ${headline(own)}   question F1 ${pct(own.question.f1)}`)

  if (!quick) {
    const q = questionReport()
    console.log(
      `\n== spoken questions, Switchboard (swda-dev), lowercase without punctuation (${q.utterances} utterances)`,
    )
    console.log(`  question P ${pct(precision(q))}  R ${pct(recall(q))}  F1 ${pct(f1(q))}`)
  }
}

main()
