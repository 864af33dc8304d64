/**
 * The README's Publishing figures: the size budgets as measured on the store packages, and what
 * Mozilla's linter still says about the Firefox package, with the reason for each warning.
 * tests/e2e/package.test.ts measures them into tests/reports/budgets.json; the e2e run's teardown
 * renders that file between `<!-- budgets:start -->` and `<!-- budgets:end -->`.
 *
 *   npx tsx src/tools/budget-report.ts      rewrite the section from the last measured figures
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { formatKb, type BudgetResult } from "./budgets"
import { KNOWN_FIREFOX_WARNINGS } from "./firefox-lint"
import { writeMarkedSection } from "./readme-section"

const ROOT = resolve(import.meta.dirname, "../..")
export const BUDGETS_PATH = join(ROOT, "tests/reports/budgets.json")
const README_PATH = join(ROOT, "README.md")

export interface PackageFigures {
  /** ISO-8601 time of the measurement. */
  measuredAt: string
  /** Per target (chrome-mv3, firefox-mv3): every budget, and the zip's own size. */
  targets: Record<string, { budgets: BudgetResult[]; zipBytes: number }>
  /** web-ext lint on the Firefox package. */
  firefoxLint: { errors: number; warnings: Array<{ code: string; file: string }> }
}

const TARGET_COLUMNS: Array<[string, string]> = [
  ["chrome-mv3", "Chrome / Edge"],
  ["firefox-mv3", "Firefox"],
]

export function renderBudgetSection(figures: PackageFigures | null): string {
  const intro = [
    "Measured on the store packages by the end-to-end run (`tests/e2e/package.test.ts`) and written",
    "here by `src/tools/budget-report.ts`; KB = 1,000 bytes, files as the bundler wrote them.",
    "",
  ]
  if (!figures) return [...intro, "_Not measured yet: run `npm run test:e2e`._"].join("\n")
  const rows = new Map<string, { label: string; limit: number; sizes: Map<string, number> }>()
  for (const [target] of TARGET_COLUMNS) {
    for (const budget of figures.targets[target]?.budgets ?? []) {
      const row = rows.get(budget.id) ?? { label: budget.label, limit: budget.limit, sizes: new Map() }
      row.sizes.set(target, budget.bytes)
      rows.set(budget.id, row)
    }
  }
  const cell = (row: { limit: number; sizes: Map<string, number> }, target: string, id: string) => {
    const bytes = row.sizes.get(target)
    if (bytes === undefined) return "—"
    return id === "unbudgeted" || bytes > row.limit ? `**${formatKb(bytes)}, over**` : formatKb(bytes)
  }
  const table = [
    `| Budget | Limit | ${TARGET_COLUMNS.map(([, name]) => name).join(" | ")} |`,
    `|---|---|${TARGET_COLUMNS.map(() => "---|").join("")}`,
    ...[...rows].map(
      ([id, row]) =>
        `| ${row.label} | ${id === "unbudgeted" ? "none allowed" : formatKb(row.limit)} | ${TARGET_COLUMNS.map(([target]) => cell(row, target, id)).join(" | ")} |`,
    ),
    `| Zip to upload | | ${TARGET_COLUMNS.map(([target]) => formatKb(figures.targets[target]?.zipBytes ?? 0)).join(" | ")} |`,
  ]
  const lint = figures.firefoxLint
  const byCode = new Map<string, string[]>()
  for (const warning of lint.warnings)
    byCode.set(warning.code, [...(byCode.get(warning.code) ?? []), warning.file])
  const files = (list: string[]) =>
    [...new Set(list.map((file) => file.split(".")[0] ?? file))]
      .map((name) => `${name} (${list.filter((file) => file.startsWith(`${name}.`)).length}×)`)
      .join(", ")
  const lintLines = [
    "",
    `\`web-ext lint\` on the Firefox package: **${lint.errors} errors, ${lint.warnings.length} warnings**${lint.warnings.length ? ", each one known:" : "."}`,
  ]
  if (byCode.size > 0) {
    lintLines.push("", "| Warning | Where | Why it is there |", "|---|---|---|")
    for (const [code, list] of byCode) {
      const reason =
        KNOWN_FIREFOX_WARNINGS.find((known) => known.code === code)?.reason ?? "**not explained**"
      lintLines.push(`| \`${code}\` | ${files(list)} | ${reason} |`)
    }
  }
  return [...intro, ...table, ...lintLines, "", `_Measured ${figures.measuredAt.slice(0, 10)}._`].join("\n")
}

export function saveBudgetFigures(figures: PackageFigures, path = BUDGETS_PATH): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, `${JSON.stringify(figures, null, 2)}\n`)
}

export function readBudgetFigures(path = BUDGETS_PATH): PackageFigures | null {
  if (!existsSync(path)) return null
  try {
    return JSON.parse(readFileSync(path, "utf8")) as PackageFigures
  } catch {
    return null
  }
}

/** Rewrites the README section from the figures file; returns whether the README changed. */
export function writeBudgetReport(readmePath = README_PATH, figuresPath = BUDGETS_PATH): boolean {
  return writeMarkedSection(readmePath, "budgets", renderBudgetSection(readBudgetFigures(figuresPath)))
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(
    writeBudgetReport() ? "README.md: budget figures updated" : "README.md: budget figures already current",
  )
}
