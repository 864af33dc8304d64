// The Firefox manifest as the build writes it: Plasmo's Firefox output merged with
// manifest-overrides/common.json and firefox.json, checked for what addons.mozilla.org needs.
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { around, KNOWN_FIREFOX_WARNINGS, unexplainedWarnings, type LintReport } from "../../../src/tools/firefox-lint"
import { mergeManifest, type JsonObject } from "../../../src/tools/manifest-merge"
import { GECKO_ID } from "../../../src/tools/package-checks"

const ROOT = join(import.meta.dirname, "../../..")
const override = (name: string) => JSON.parse(readFileSync(join(ROOT, "manifest-overrides", name), "utf8")) as JsonObject

/** What Plasmo writes for Firefox before the overrides (background as scripts, no side panel). */
const plasmoFirefox: JsonObject = {
  manifest_version: 3,
  name: "One-Up Coach",
  version: "0.1.0",
  action: { default_popup: "popup.html" },
  background: { scripts: ["static/background/index.js"] },
  options_ui: { page: "options.html", open_in_tab: true },
}

const firefox = mergeManifest(mergeManifest(plasmoFirefox, override("common.json")), override("firefox.json")) as {
  browser_specific_settings: { gecko: Record<string, unknown>; gecko_android?: Record<string, unknown> }
  commands: Record<string, { suggested_key?: { default?: string } }>
  sidebar_action?: { default_panel: string }
  side_panel?: unknown
}

describe("Firefox manifest", () => {
  it("declares that the add-on collects no data", () => {
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ["none"] })
  })

  it("has a publishable add-on id, not a placeholder", () => {
    const id = firefox.browser_specific_settings.gecko.id as string
    expect(id).toMatch(GECKO_ID)
    expect(id.length).toBeLessThanOrEqual(80)
    expect(id).not.toMatch(/example|invalid|test/)
  })

  it("needs a Firefox that knows data_collection_permissions (140 desktop, 142 Android)", () => {
    expect(Number.parseFloat(firefox.browser_specific_settings.gecko.strict_min_version as string)).toBeGreaterThanOrEqual(140)
    expect(
      Number.parseFloat(firefox.browser_specific_settings.gecko_android?.strict_min_version as string),
    ).toBeGreaterThanOrEqual(142)
  })

  it("opens the sidebar with the same shortcut Chrome uses for the side panel, and has no Chrome-only command", () => {
    const chromeShortcut = (override("common.json").commands as JsonObject)["open-side-panel"] as {
      suggested_key: { default: string }
    }
    expect(firefox.commands._execute_sidebar_action?.suggested_key?.default).toBe(chromeShortcut.suggested_key.default)
    expect(firefox.commands["open-side-panel"]).toBeUndefined()
    expect(firefox.sidebar_action?.default_panel).toBe("sidepanel.html")
    expect(firefox.side_panel).toBeUndefined()
  })

  it("keeps no comment keys at any depth", () => {
    expect(JSON.stringify(firefox)).not.toContain('"//"')
  })
})

describe("known web-ext lint warnings", () => {
  // React DOM's handling of dangerouslySetInnerHTML, as minified in our page bundles.
  const reactDom = 'if(null!=a){if(null!=r)throw Error(u(60));(null!=a?a.__html:void 0)!==n&&(e.innerHTML=n)}}break;case"multiple":'
  const warning = (column: number) => ({
    code: "UNSAFE_VAR_ASSIGNMENT",
    message: "Unsafe assignment to innerHTML",
    file: "popup.js",
    line: 1,
    column,
  })
  const report = (warnings: LintReport["warnings"]): LintReport => ({
    summary: { errors: 0, notices: 0, warnings: warnings.length },
    errors: [],
    warnings,
    notices: [],
  })

  it("explains React DOM's innerHTML assignment for dangerouslySetInnerHTML", () => {
    const at = reactDom.indexOf("e.innerHTML")
    expect(around(reactDom, warning(at))).toContain("__html")
    expect(unexplainedWarnings(report([warning(at)]), () => reactDom)).toEqual([])
  })

  it("does not explain an innerHTML assignment of our own, or any other warning", () => {
    const ours = 'const box=document.querySelector("#x");box.innerHTML=caption.text;'
    const unknown = { code: "UNSUPPORTED_API", message: "sidePanel.open is not supported", file: "bg.js", line: 1, column: 0 }
    expect(unexplainedWarnings(report([warning(ours.indexOf("box.innerHTML"))]), () => ours)).toHaveLength(1)
    expect(unexplainedWarnings(report([unknown]), () => "chrome.sidePanel.open()")).toEqual([unknown])
  })

  it("holds: none of our code uses dangerouslySetInnerHTML, so React never takes that path", () => {
    const sources = (readdirSync(join(ROOT, "src"), { recursive: true }) as string[]).filter((name) => /\.tsx?$/.test(name))
    expect(sources.length).toBeGreaterThan(50)
    const users = sources.filter((name) => /dangerouslySetInnerHTML\s*[=:]/.test(readFileSync(join(ROOT, "src", name), "utf8")))
    expect(users).toEqual([])
  })

  it("gives every known warning a reason for the README", () => {
    for (const known of KNOWN_FIREFOX_WARNINGS) expect(known.reason.length).toBeGreaterThan(40)
  })
})
