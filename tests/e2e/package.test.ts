// The store packages `npm run package` wrote, read back from their zips as a store unpacks them:
// fit for upload (manifest, every referenced file, no source maps or tests), within the size
// budgets, identical to the build folder, and, for Firefox, clean under Mozilla's own linter.
// The measured figures go to tests/reports/budgets.json, which the README's Publishing section shows.
import { readFileSync, statSync } from "node:fs"
import { beforeAll, describe, expect, it } from "vitest"
import { saveBudgetFigures, type PackageFigures } from "../../src/tools/budget-report"
import { LIMITS, measureBudgets, type BudgetResult } from "../../src/tools/budgets"
import { lintFirefox, unexplainedWarnings, type LintReport } from "../../src/tools/firefox-lint"
import { checkPackageContents } from "../../src/tools/package-checks"
import { readPackageDir } from "../../src/tools/package-files"
import { SOURCE_ARCHIVE } from "../../src/tools/package"
import { readZip } from "../../src/tools/zip"
import { buildDir, PACKAGE_TARGETS, packagedFiles, zipPath } from "../helpers/packages"

const packages = new Map(PACKAGE_TARGETS.map(({ target }) => [target, packagedFiles(target)]))
const budgets = new Map(
  PACKAGE_TARGETS.map(({ target }) => [target, measureBudgets(packages.get(target) ?? new Map())]),
)
const firefoxFiles = packages.get("firefox-mv3") ?? new Map<string, Buffer>()
let lint: LintReport

beforeAll(async () => {
  lint = await lintFirefox(buildDir("firefox-mv3"))
  const figures: PackageFigures = {
    measuredAt: new Date().toISOString(),
    targets: Object.fromEntries(
      PACKAGE_TARGETS.map(({ target }) => [
        target,
        { budgets: budgets.get(target) ?? [], zipBytes: statSync(zipPath(target)).size },
      ]),
    ),
    firefoxLint: {
      errors: lint.errors.length,
      warnings: lint.warnings.map((warning) => ({ code: warning.code, file: warning.file ?? "" })),
    },
  }
  saveBudgetFigures(figures)
}, 120_000)

describe.each(PACKAGE_TARGETS)("the $browser package", ({ target, browser }) => {
  const files = packages.get(target) ?? new Map<string, Buffer>()

  it("passes the store checks: valid manifest, every referenced file present, nothing that must not ship", () => {
    expect(checkPackageContents(files, browser)).toEqual([])
  })

  it("holds exactly the build folder's files, byte for byte", () => {
    const folder = readPackageDir(buildDir(target))
    expect([...files.keys()]).toEqual([...folder.keys()])
    for (const [name, data] of folder) expect(files.get(name)?.equals(data), name).toBe(true)
  })

  it("covers every script with a budget: background, content scripts, pages", () => {
    const results = budgets.get(target) ?? []
    expect(results.find((entry) => entry.id === "unbudgeted")?.files ?? []).toEqual([])
    expect(results.filter((entry) => entry.id.startsWith("content:")).length).toBeGreaterThanOrEqual(3)
    for (const page of ["popup.html", "sidepanel.html", "options.html"])
      expect(results.map((entry) => entry.id)).toContain(`page:${page}`)
  })

  it("ships the privacy statement the options page links to", () => {
    expect(files.get("privacy.html")?.toString("utf8")).toContain("One-Up Coach privacy statement")
  })
})

const budgetRows = PACKAGE_TARGETS.flatMap(({ target }) =>
  (budgets.get(target) ?? [])
    .filter((entry) => entry.id !== "unbudgeted")
    .map((entry): [string, string, BudgetResult] => [target, entry.label, entry]),
)

describe("size budgets", () => {
  it.each(budgetRows)("%s: %s fits its budget", (_target, _label, entry) => {
    expect(entry.bytes, `${entry.files.join(", ")}`).toBeLessThanOrEqual(entry.limit)
  })

  it("counts a trained model file apart, within 250 KB, once one ships", () => {
    for (const { target } of PACKAGE_TARGETS) {
      const models = [...(packages.get(target)?.keys() ?? [])].filter((name) => /one-up-model/.test(name))
      const model = budgets.get(target)?.find((entry) => entry.id === "model")
      if (models.length === 0) expect(model).toBeUndefined()
      else expect(model).toMatchObject({ files: models.sort(), limit: LIMITS.model })
      expect(
        budgets
          .get(target)
          ?.find((entry) => entry.id === "background")
          ?.files.some((name) => /one-up-model/.test(name)),
      ).toBe(false)
    }
  })
})

describe("the Firefox package under web-ext lint (addons.mozilla.org's linter)", () => {
  it("has no errors", () => {
    expect(lint.errors).toEqual([])
  })

  it("has no warning or notice we cannot explain", () => {
    expect(unexplainedWarnings(lint, (name) => firefoxFiles.get(name)?.toString("utf8") ?? "")).toEqual([])
  })

  it("has a background that never touches the side panel Firefox lacks, while Chrome's still opens it", () => {
    const background = (target: "chrome-mv3" | "firefox-mv3") => {
      const files = packages.get(target) ?? new Map<string, Buffer>()
      const manifest = JSON.parse(files.get("manifest.json")?.toString("utf8") ?? "{}") as {
        background: { service_worker?: string; scripts?: string[] }
      }
      const script = manifest.background.service_worker ?? manifest.background.scripts?.[0] ?? ""
      return files.get(script)?.toString("utf8") ?? ""
    }
    expect(background("firefox-mv3")).not.toContain("sidePanel")
    expect(background("chrome-mv3")).toContain("sidePanel")
  })
})

describe("the source archive for the AMO review", () => {
  it("holds the tracked sources and build files, and no build output or dependencies", () => {
    const names = [...readZip(readFileSync(SOURCE_ARCHIVE)).keys()]
    expect(names).toEqual(
      expect.arrayContaining(["package.json", "package-lock.json", "README.md", "src/tools/package.ts"]),
    )
    expect(names.filter((name) => /^(?:build|node_modules)\//.test(name))).toEqual([])
  })
})
