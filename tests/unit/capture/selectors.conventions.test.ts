/**
 * Every dated selector era names the fixture that proves it, and that fixture exists with the
 * window.__fixture replay the e2e tests and README rely on.
 */
import fs from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { MEET_BLOCK_ERAS, MEET_REGION } from "../../../src/capture/platforms/meet/selectors"
import {
  TEAMS_CAPTIONS_TOGGLE,
  TEAMS_LANGUAGE_MENU,
  TEAMS_MORE_BUTTON,
  TEAMS_LEAVE,
  TEAMS_ROOTS,
  TEAMS_SELF,
  TEAMS_TITLE,
} from "../../../src/capture/platforms/teams/selectors"
import {
  ZOOM_CAPTIONS_BUTTON,
  ZOOM_FRAME,
  ZOOM_LEAVE,
  ZOOM_ROOTS,
} from "../../../src/capture/platforms/zoom/selectors"
import { FIXTURES_DIR } from "./fixture-page"

const ERAS = [
  ...MEET_BLOCK_ERAS,
  ...MEET_REGION,
  ...ZOOM_FRAME,
  ...ZOOM_ROOTS,
  ...ZOOM_LEAVE,
  ...ZOOM_CAPTIONS_BUTTON,
  ...TEAMS_ROOTS,
  ...TEAMS_LEAVE,
  ...TEAMS_CAPTIONS_TOGGLE,
  ...TEAMS_MORE_BUTTON,
  ...TEAMS_LANGUAGE_MENU,
  ...TEAMS_TITLE,
  ...TEAMS_SELF,
].map((entry) => entry.era)

describe("selector eras", () => {
  it.each([...new Set(ERAS)])("%s has a fixture page with a replay", (era) => {
    const folder = path.join(FIXTURES_DIR, era)
    expect(fs.existsSync(path.join(folder, "index.html"))).toBe(true)
    expect(fs.readFileSync(path.join(folder, "replay.js"), "utf8")).toContain(`"${era}"`)
  })

  it("lists every fixture folder in the fixtures README", () => {
    const readme = fs.readFileSync(path.join(FIXTURES_DIR, "README.md"), "utf8")
    const folders = fs
      .readdirSync(FIXTURES_DIR, { withFileTypes: true })
      .filter(
        (entry) => entry.isDirectory() && fs.existsSync(path.join(FIXTURES_DIR, entry.name, "replay.js")),
      )
      .map((entry) => entry.name)
    expect(folders.length).toBeGreaterThanOrEqual(8)
    for (const folder of folders) expect(readme).toContain(`\`${folder}/\``)
  })
})
