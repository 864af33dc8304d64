/**
 * Renders the figures the tests measured (tests/reports/figures.json, written through
 * tests/helpers/figures.ts) into the README's "Reliability and privacy" section, between
 * `<!-- reliability:start -->` and `<!-- reliability:end -->`. Nothing outside the markers changes.
 *
 *   npx tsx src/tools/reliability-report.ts           rewrite the section
 *   npx tsx src/tools/reliability-report.ts --check   exit 1 if the README is not up to date
 *
 * The e2e run calls it on its own at the end (tests/helpers/e2e-global-teardown.ts), so the
 * README always shows the last measured figures, never hand-typed ones.
 */
import { existsSync, readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { endMarker, replaceMarkedSection, startMarker, writeMarkedSection } from "./readme-section"

export const ROOT = resolve(import.meta.dirname, "../..")
export const README_PATH = join(ROOT, "README.md")
export const FIGURES_PATH = join(ROOT, "tests/reports/figures.json")
const SECTION = "reliability"
export const START_MARKER = startMarker(SECTION)
export const END_MARKER = endMarker(SECTION)

export interface ReportedFigure {
  label: string
  value: string
  measuredAt?: string
}

/** Display names of the figure groups (the part of an id before its first dot). */
const GROUPS: Record<string, string> = {
  load: "Load",
  "multi-call": "Calls in parallel",
  faults: "Faults",
  privacy: "Privacy",
  hostile: "Hostile input",
}

function groupOf(id: string): string {
  const prefix = id.split(".")[0] ?? id
  return GROUPS[prefix] ?? prefix.charAt(0).toUpperCase() + prefix.slice(1).replace(/-/g, " ")
}

function cell(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|").trim()
}

export function parseFigures(json: string): Record<string, ReportedFigure> {
  const parsed = JSON.parse(json) as unknown
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {}
  const figures: Record<string, ReportedFigure> = {}
  for (const [id, entry] of Object.entries(parsed as Record<string, unknown>)) {
    const figure = entry as Partial<ReportedFigure> | null
    if (typeof figure?.label !== "string" || typeof figure.value !== "string") continue
    figures[id] = { label: figure.label, value: figure.value, measuredAt: figure.measuredAt }
  }
  return figures
}

/** The Markdown between the markers: one row per figure, grouped by test, ids in order. */
export function renderSection(figures: Record<string, ReportedFigure>): string {
  const ids = Object.keys(figures).sort((a, b) => a.localeCompare(b))
  const lines = [
    "Measured by the end-to-end tests against the built extension in headless Chromium, and written",
    "here by the test run itself (`src/tools/reliability-report.ts`, from `tests/reports/figures.json`).",
    "",
  ]
  if (ids.length === 0) return [...lines, "_No figures measured yet: run `npm run test:e2e`._"].join("\n")
  lines.push("| Test | Check | Last measured | On |", "|---|---|---|---|")
  for (const id of ids) {
    const figure = figures[id]
    if (!figure) continue
    const day = figure.measuredAt?.slice(0, 10) ?? ""
    lines.push(`| ${cell(groupOf(id))} | ${cell(figure.label)} | ${cell(figure.value)} | ${cell(day)} |`)
  }
  return lines.join("\n")
}

/** The README with the section replaced; throws when the markers are missing or out of order. */
export function replaceSection(readme: string, section: string): string {
  return replaceMarkedSection(readme, SECTION, section)
}

export interface ReportPaths {
  readmePath?: string
  figuresPath?: string
}

/** Rewrites the README's section from the figures file; returns whether the README changed. */
export function writeReliabilityReport(paths: ReportPaths = {}): boolean {
  const readmePath = paths.readmePath ?? README_PATH
  const figuresPath = paths.figuresPath ?? FIGURES_PATH
  const figures = existsSync(figuresPath) ? parseFigures(readFileSync(figuresPath, "utf8")) : {}
  return writeMarkedSection(readmePath, SECTION, renderSection(figures))
}

function main(): void {
  if (process.argv.includes("--check")) {
    const figures = existsSync(FIGURES_PATH) ? parseFigures(readFileSync(FIGURES_PATH, "utf8")) : {}
    const readme = readFileSync(README_PATH, "utf8")
    if (replaceSection(readme, renderSection(figures)) !== readme) {
      console.error(
        "README.md's reliability figures are out of date: run npx tsx src/tools/reliability-report.ts",
      )
      process.exit(1)
    }
    return
  }
  const changed = writeReliabilityReport()
  console.log(
    changed ? "README.md: reliability figures updated" : "README.md: reliability figures already current",
  )
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
