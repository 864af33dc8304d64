/**
 * The call as plain text for a terminal (`npm run score -- file --format text`). Untrusted text
 * goes through toSafeLine so a caption cannot move the cursor, recolour or reorder the output.
 */
import type { CallJson } from "../core/types"
import type { Moment } from "../metrics/moments"
import { toSafeLine as safe } from "./escape"
import { buildReportModel, clockPrefix, speakerName, type ReportOptions } from "./model"

const RULE = "─".repeat(60)

export function renderTextReport(call: CallJson, options: ReportOptions = {}): string {
  const report = buildReportModel(call, { includeTranscript: false, ...options })
  const out: string[] = []
  out.push(`One-Up call report${report.title ? `: ${safe(report.title)}` : ""}`, RULE)
  const width = Math.max(...report.facts.map(([label]) => label.length))
  for (const [label, value] of report.facts) out.push(`${label.padEnd(width)}  ${safe(value)}`)

  out.push("", "Principles (One-Up / One-Down)", RULE)
  const titleWidth = Math.max(...report.principles.map((p) => p.title.length))
  for (const p of report.principles)
    out.push(`${p.title.padEnd(titleWidth)}  ${String(p.up).padStart(3)} / ${p.down}`)

  out.push("", "Top One-Down moments", RULE)
  if (report.oneDown.length === 0) out.push("None.")
  report.oneDown.forEach((moment, index) => out.push(...downMoment(moment, index + 1)))

  out.push("", "Top One-Up moments", RULE)
  if (report.oneUp.length === 0) out.push("None yet.")
  for (const moment of report.oneUp)
    out.push(`• ${clockPrefix(moment.start)}"${safe(moment.text)}" [${moment.principle}]`)

  out.push("", "Focus for the next call", RULE)
  report.focus.forEach((point, index) =>
    out.push(`${index + 1}. ${safe(point.title)}: ${safe(point.detail)}`),
  )

  if (report.transcript) {
    out.push("", "Transcript", RULE)
    for (const u of report.transcript) {
      const mark = u.verdict === "neutral" ? "" : u.verdict === "up" ? " ▲" : " ▼"
      out.push(`${clockPrefix(u.start)}${safe(speakerName(u.speaker, u.self))}${mark}: ${safe(u.text)}`)
    }
  }
  return `${out.join("\n")}\n`
}

function downMoment(moment: Moment, rank: number): string[] {
  return [
    `${rank}. ${clockPrefix(moment.start)}You said: "${safe(moment.text)}"`,
    `   ${moment.principle} (rule ${safe(moment.rule)}): "${safe(moment.evidence)}"`,
    `   One-Up instead: ${safe(moment.rewrite ?? "")}`,
  ]
}
