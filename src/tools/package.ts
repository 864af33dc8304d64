/**
 * `npm run package`: store-ready packages for every browser, each checked for what the stores
 * reject before it is called ready.
 *
 *   build/chrome-mv3.zip    Chrome Web Store, and the same file for Microsoft Edge Add-ons
 *   build/firefox-mv3.zip   addons.mozilla.org (a zip is what an .xpi is; AMO signs it)
 *   build/one-up-coach-source.zip   the source AMO reviewers ask for, since our code is bundled
 *
 * Each target is built, zipped, read back from the zip and checked (src/tools/package-checks.ts:
 * manifest, referenced files, no source maps or tests, size budgets); the Firefox build also goes
 * through Mozilla's linter (src/tools/firefox-lint.ts). Exits 1 on any problem.
 *   npm run package -- --target=chrome-mv3    one target only
 *   npm run package -- --report-only          write and report, exit 0 on problems (the e2e run
 *                                             does this: tests/e2e/package.test.ts judges them)
 */
import { execFileSync } from "node:child_process"
import { readFileSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { browserOf, buildTarget, ROOT, TARGETS } from "./build-target"
import { formatKb, measureBudgets } from "./budgets"
import { lintFirefox, unexplainedWarnings } from "./firefox-lint"
import { checkPackage, type StoreBrowser } from "./package-checks"
import { readPackageDir } from "./package-files"
import { readZip, zipEntries } from "./zip"

export const SOURCE_ARCHIVE = join(ROOT, "build/one-up-coach-source.zip")

export function zipPathOf(target: string): string {
  return join(ROOT, "build", `${target}.zip`)
}

/** The zip holds exactly the folder's files, byte for byte. */
function sameFiles(folder: ReadonlyMap<string, Buffer>, zipped: ReadonlyMap<string, Buffer>): string[] {
  const names = new Set([...folder.keys(), ...zipped.keys()])
  return [...names]
    .filter((name) => !folder.get(name)?.equals(zipped.get(name) ?? Buffer.alloc(0)) || !zipped.has(name))
    .map((name) => `${name}: differs between the build folder and the zip`)
}

async function packageTarget(target: string): Promise<string[]> {
  const outDir = buildTarget(target)
  const folder = readPackageDir(outDir)
  const zipPath = zipPathOf(target)
  writeFileSync(zipPath, zipEntries([...folder].map(([name, data]) => ({ name, data }))))
  const zipped = readZip(readFileSync(zipPath))
  const browser = browserOf(target) as StoreBrowser
  const problems = [...sameFiles(folder, zipped), ...checkPackage(zipped, browser)]

  if (browser === "firefox") {
    const report = await lintFirefox(outDir)
    for (const error of report.errors)
      problems.push(`web-ext lint error ${error.code} in ${error.file ?? "?"}: ${error.message}`)
    const readFile = (name: string) => zipped.get(name)?.toString("utf8") ?? ""
    for (const warning of unexplainedWarnings(report, readFile))
      problems.push(
        `web-ext lint warning not explained: ${warning.code} in ${warning.file ?? "?"}: ${warning.message}`,
      )
    console.log(
      `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings (all explained in the README unless listed below)`,
    )
  }

  console.log(`\n${zipPath}: ${zipped.size} files, ${formatKb(readFileSync(zipPath).length)} zipped`)
  for (const budget of measureBudgets(zipped))
    console.log(
      `  ${budget.bytes <= budget.limit ? "ok  " : "OVER"} ${budget.label.padEnd(36)} ${formatKb(budget.bytes).padStart(10)} of ${formatKb(budget.limit)}`,
    )
  return problems.map((problem) => `${target}: ${problem}`)
}

/** The tracked source files as they are on disk, for AMO's reviewers (needs git). */
function writeSourceArchive(): void {
  const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT })
    .toString("utf8")
    .split("\0")
    .filter(Boolean)
  writeFileSync(
    SOURCE_ARCHIVE,
    zipEntries(tracked.map((name) => ({ name, data: readFileSync(join(ROOT, name)) }))),
  )
  console.log(`\n${SOURCE_ARCHIVE}: ${tracked.length} source files for the AMO review`)
}

async function main(): Promise<void> {
  const only = process.argv.find((arg) => arg.startsWith("--target="))?.slice("--target=".length)
  const targets = only ? [only] : [...TARGETS]
  const problems: string[] = []
  for (const target of targets) problems.push(...(await packageTarget(target)))
  try {
    writeSourceArchive()
  } catch (error) {
    console.warn(
      `source archive not written (git is needed): ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  if (problems.length > 0) {
    console.error(`\nNot ready for the stores:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`)
    if (!process.argv.includes("--report-only")) process.exit(1)
    return
  }
  console.log(`\nReady for the stores: ${targets.map(zipPathOf).join(", ")}`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`package failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
}
