/**
 * Mozilla's own checks: `web-ext lint` (addons-linter, what addons.mozilla.org runs on upload) on
 * the Firefox build. Errors block an upload; every warning left must be one we know and can
 * explain, listed here with its reason (the README's Publishing section shows the same list).
 */
import { execFile } from "node:child_process"
import { join } from "node:path"
import { promisify } from "node:util"
import { ROOT } from "./build-target"

export interface LintMessage {
  code: string
  message: string
  file?: string
  line?: number
  column?: number
}

export interface LintReport {
  summary: { errors: number; notices: number; warnings: number }
  errors: LintMessage[]
  warnings: LintMessage[]
  notices: LintMessage[]
}

export interface KnownWarning {
  code: string
  /** Why it is there and why it is safe; shown in the README. */
  reason: string
  /** Proves a warning is the known one, from the flagged file's text around the spot. */
  matches(message: LintMessage, fileText: string): boolean
}

/** The text around a message's line and column (addons-linter counts columns from 0). */
export function around(fileText: string, message: LintMessage, radius = 120): string {
  const line = fileText.split("\n")[(message.line ?? 1) - 1] ?? ""
  const column = message.column ?? 0
  return line.slice(Math.max(0, column - radius), column + radius)
}

export const KNOWN_FIREFOX_WARNINGS: KnownWarning[] = [
  {
    code: "UNSAFE_VAR_ASSIGNMENT",
    reason:
      "React DOM's own code for the `dangerouslySetInnerHTML` prop (two places per page bundle: first render and update). " +
      "Our code never uses that prop (a test checks), so React never takes this path; the linter flags it because it cannot know.",
    matches: (message, fileText) =>
      message.message.includes("innerHTML") && /__html[\s\S]*\.innerHTML\s*=/.test(around(fileText, message)),
  },
]

/** Runs web-ext lint on a built Firefox folder and returns its JSON report. */
export async function lintFirefox(sourceDir: string): Promise<LintReport> {
  const bin = join(ROOT, "node_modules/.bin/web-ext")
  const args = ["lint", "--source-dir", sourceDir, "--output", "json", "--no-config-discovery", "--no-input"]
  let stdout: string
  try {
    stdout = (await promisify(execFile)(bin, args, { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 })).stdout
  } catch (error) {
    // web-ext exits non-zero when the linter finds errors; its report is still on stdout.
    stdout = (error as { stdout?: string }).stdout ?? ""
    if (!stdout.trim().startsWith("{"))
      throw new Error(`web-ext lint did not run: ${String(error)}`, { cause: error })
  }
  return JSON.parse(stdout) as LintReport
}

/** Warnings not explained by KNOWN_FIREFOX_WARNINGS (readFile gives a flagged file's text). */
export function unexplainedWarnings(report: LintReport, readFile: (name: string) => string): LintMessage[] {
  return [...report.warnings, ...report.notices].filter(
    (message) =>
      !KNOWN_FIREFOX_WARNINGS.some(
        (known) =>
          known.code === message.code && known.matches(message, message.file ? readFile(message.file) : ""),
      ),
  )
}
