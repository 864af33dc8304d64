/**
 * The call as a Markdown report (the popup's "export Markdown" and `--format markdown`). Every
 * piece of caption text, speaker name, evidence span and title goes through escapeMarkdown:
 * they are untrusted and must render as plain text.
 */
import type { CallJson, ScoredUtterance } from "../core/types"
import type { Moment } from "../metrics/moments"
import { escapeMarkdown as md } from "./escape"
import { buildReportModel, clockPrefix, speakerName, type ReportOptions } from "./model"

const VERDICT_MARK = { up: "▲ One-Up", down: "▼ One-Down", neutral: "" } as const

export function renderMarkdown(call: CallJson, options: ReportOptions = {}): string {
  const report = buildReportModel(call, options)
  const out: string[] = []
  out.push(`# One-Up call report${report.title ? `: ${md(report.title)}` : ""}`, "")

  out.push("## Summary", "", "| | |", "|---|---|")
  for (const [label, value] of report.facts) out.push(`| ${label} | ${md(value)} |`)
  out.push("")

  out.push("## Principles", "", "| Principle | One-Up | One-Down |", "|---|---:|---:|")
  for (const p of report.principles) out.push(`| ${md(p.title)} (\`${p.id}\`) | ${p.up} | ${p.down} |`)
  out.push("")

  out.push("## Top One-Down moments", "")
  if (report.oneDown.length === 0) out.push("None: no One-Down moment in your lines.")
  report.oneDown.forEach((moment, index) => out.push(...downMoment(moment, index + 1)))
  out.push("")

  out.push("## Top One-Up moments", "")
  if (report.oneUp.length === 0) out.push("None yet: see the focus points below.")
  for (const moment of report.oneUp) {
    out.push(`- ${clockPrefix(moment.start)}“${md(moment.text)}” (${principleRef(moment)})`)
  }
  out.push("")

  out.push("## Focus for the next call", "")
  report.focus.forEach((point, index) =>
    out.push(`${index + 1}. **${md(point.title)}.** ${md(point.detail)}`),
  )
  out.push("")

  if (report.transcript) {
    out.push("## Transcript", "")
    for (const utterance of report.transcript) out.push(...transcriptLine(utterance))
    out.push("")
  }
  return out.join("\n")
}

function downMoment(moment: Moment, rank: number): string[] {
  return [
    `${rank}. ${clockPrefix(moment.start)}You said: “${md(moment.text)}”`,
    `   - ${principleRef(moment)}, evidence “${md(moment.evidence)}”`,
    `   - One-Up instead: ${md(moment.rewrite ?? "")}`,
  ]
}

function principleRef(moment: Moment): string {
  // Untrusted values never go inside code spans: escapes do not work there.
  return `\`${moment.principle}\` · rule ${md(moment.rule)}`
}

function transcriptLine(u: ScoredUtterance): string[] {
  const who = md(speakerName(u.speaker, u.self))
  const mark = VERDICT_MARK[u.verdict] ? ` ${VERDICT_MARK[u.verdict]}` : ""
  const lines = [`- ${clockPrefix(u.start)}**${who}**${mark}: ${md(u.text)}`]
  for (const label of u.labels) {
    const arrow = label.polarity === "up" ? "▲" : "▼"
    lines.push(`  - ${arrow} \`${label.principle}\` · ${md(label.rule)}: “${md(label.evidence)}”`)
  }
  return lines
}
