// The Chrome store package, unzipped into a fresh folder as a user (or a store) would, loads in
// Chromium and captures the bundled demo call exactly like the build folder: the same transcript,
// the same verdicts, labels and evidence. Every storage key the call leaves behind is one the
// privacy statement (assets/store/privacy.md) describes.
import { readFileSync, rmSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { LiveUtterance } from "../../src/session/call-types"
import { openDemo } from "../../src/tools/demo"
import { unpackToFreshFolder } from "../helpers/packages"
import { captureState, shownUtterances, waitFor, type ShownUtterance } from "../helpers/panel"
import { EXTENSION_DIR, ROOT } from "../helpers/paths"

const DEMO_LINES = 12

interface DemoRun {
  shown: ShownUtterance[]
  judged: Array<
    Pick<LiveUtterance, "speaker" | "self" | "text" | "verdict" | "labels" | "question" | "final">
  >
  storageKeys: string[]
  finalState: string | null
}

async function captureDemo(extensionDir: string): Promise<DemoRun> {
  const demo = await openDemo({ headless: true, speed: 5, extensionDir })
  try {
    await demo.done()
    const shown = await waitFor(
      () => shownUtterances(demo.panel),
      (rows) => rows.length >= DEMO_LINES && rows.every((row) => row.final),
      30_000,
    )
    await demo.leave()
    const finalState = await waitFor(
      () => captureState(demo.panel),
      (state) => state === "ended",
    )
    const stored = await demo.panel.evaluate(() => chrome.storage.local.get(null))
    const judged = Object.keys(stored)
      .filter((key) => /^call\/[^/]+\/u\/\d+$/.test(key))
      .sort()
      .flatMap((key) => stored[key] as LiveUtterance[])
      .map(({ speaker, self, text, verdict, labels, question, final }) => ({
        speaker,
        self,
        text,
        verdict,
        labels,
        question,
        final,
      }))
    return { shown, judged, storageKeys: Object.keys(stored).sort(), finalState }
  } finally {
    await demo.browser.close()
  }
}

/** Storage keys the privacy statement's table names, as patterns (`call/<id>/meta` → call/[^/]+/meta). */
function describedKeys(): RegExp[] {
  const statement = readFileSync(join(ROOT, "assets/store/privacy.md"), "utf8")
  return [...statement.matchAll(/^\|[^|]+\|\s*`([^`]+)`\s*\|/gm)].map(
    (match) =>
      new RegExp(
        `^${(match[1] ?? "")
          .split(/<[^>]+>/)
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
          .join("[^/]+")}$`,
      ),
  )
}

describe("the packaged Chrome zip, unpacked into a fresh folder", () => {
  let unpacked: string
  let fromBuild: DemoRun
  let fromPackage: DemoRun

  beforeAll(async () => {
    unpacked = unpackToFreshFolder("chrome-mv3")
    fromBuild = await captureDemo(EXTENSION_DIR)
    fromPackage = await captureDemo(unpacked)
  }, 240_000)
  afterAll(() => rmSync(unpacked, { recursive: true, force: true }))

  it("captures the whole demo call and ends it", () => {
    expect(fromPackage.shown).toHaveLength(DEMO_LINES)
    expect(fromPackage.finalState).toBe("ended")
    expect(fromPackage.shown.filter((row) => row.self)).toHaveLength(DEMO_LINES / 2)
    expect(new Set(fromPackage.shown.map((row) => row.verdict))).toEqual(new Set(["up", "down", "neutral"]))
  })

  it("shows exactly what the build folder shows", () => {
    expect(fromPackage.shown).toEqual(fromBuild.shown)
  })

  it("stores the same transcript with the same verdicts, labels and evidence", () => {
    expect(fromPackage.judged).toHaveLength(DEMO_LINES)
    expect(fromPackage.judged).toEqual(fromBuild.judged)
  })

  it("leaves only storage keys the privacy statement describes", () => {
    const patterns = describedKeys()
    expect(patterns.length).toBeGreaterThanOrEqual(5)
    expect(fromPackage.storageKeys.length).toBeGreaterThan(0)
    expect(fromPackage.storageKeys.filter((key) => !patterns.some((pattern) => pattern.test(key)))).toEqual(
      [],
    )
  })
})
