/**
 * Figures measured by the tests themselves (load, faults, privacy, hostile input…), kept in
 * tests/reports/figures.json and rendered into the README's "Reliability and privacy" section
 * by src/tools/reliability-report.ts at the end of the e2e run (tests/helpers/e2e-global-teardown.ts).
 *
 *   recordFigure("load.heap", "Service worker JS heap after a 3-hour call", "9.4 MB")
 *
 * Test files may run in parallel (unit and e2e projects, several workers): every write takes a
 * lock file, re-reads the latest figures, merges, and replaces the file atomically (rename).
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs"
import { dirname, join } from "node:path"
import { ROOT } from "./paths"

export const FIGURES_FILE = join(ROOT, "tests/reports/figures.json")

export interface Figure {
  /** What was measured, as the README shows it. */
  label: string
  /** The measured figure, formatted (units included). */
  value: string
  /** ISO-8601 time of the measurement. */
  measuredAt: string
}

export type Figures = Record<string, Figure>

/** A lock older than this belongs to a process that died: it is broken. */
const STALE_LOCK_MS = 10_000
const LOCK_WAIT_MS = 15_000

export function readFigures(file = FIGURES_FILE): Figures {
  if (!existsSync(file)) return {}
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as unknown
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Figures) : {}
  } catch {
    return {} // a corrupt file is replaced by the next write
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/** Takes the lock file if free (breaking a stale one); false when another process holds it. */
function tryLock(lock: string): boolean {
  try {
    closeSync(openSync(lock, "wx"))
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error
  }
  try {
    if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { force: true })
  } catch {
    // released meanwhile
  }
  return false
}

function withLock<T>(file: string, run: () => T): T {
  const lock = `${file}.lock`
  const deadline = Date.now() + LOCK_WAIT_MS
  while (!tryLock(lock)) {
    if (Date.now() > deadline) throw new Error(`figures: could not lock ${lock}`)
    sleepSync(20 + Math.random() * 30)
  }
  try {
    return run()
  } finally {
    rmSync(lock, { force: true })
  }
}

/** Merges one figure into the figures file (creating the folder), atomically. */
export function recordFigure(id: string, label: string, value: string, file = FIGURES_FILE): void {
  mkdirSync(dirname(file), { recursive: true })
  withLock(file, () => {
    const figures = readFigures(file)
    figures[id] = { label, value, measuredAt: new Date().toISOString() }
    const sorted = Object.fromEntries(Object.entries(figures).sort(([a], [b]) => a.localeCompare(b)))
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`
    writeFileSync(temp, `${JSON.stringify(sorted, null, 2)}\n`)
    renameSync(temp, file)
  })
}
