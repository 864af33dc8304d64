// The built manifests contain every override from manifest-overrides/, and nothing broader.
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { packagedFiles } from "../helpers/packages"
import { EXTENSION_DIR, ROOT } from "../helpers/paths"

type Manifest = Record<string, unknown> & { permissions?: string[]; host_permissions?: string[] }
const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Manifest
const override = (name: string) => read(join(ROOT, "manifest-overrides", name))

describe("built Chrome manifest", () => {
  const manifest = read(join(EXTENSION_DIR, "manifest.json"))

  it("holds the common and Chrome overrides", () => {
    const common = override("common.json")
    for (const permission of [
      ...(common.permissions ?? []),
      ...(override("chrome.json").permissions ?? []),
    ]) {
      expect(manifest.permissions).toContain(permission)
    }
    expect(manifest.host_permissions).toEqual(common.host_permissions)
    expect(manifest.side_panel).toEqual({ default_path: "sidepanel.html" })
    expect(manifest.content_security_policy).toEqual(common.content_security_policy)
    expect(manifest.commands).toEqual(common.commands)
  })

  it("asks for nothing broader than the justified permissions", () => {
    expect(new Set(manifest.permissions)).toEqual(new Set(["storage", "unlimitedStorage", "sidePanel"]))
    const everything = JSON.stringify(manifest)
    expect(everything).not.toContain("<all_urls>")
    expect(manifest.permissions).not.toContain("tabs")
    for (const host of manifest.host_permissions ?? []) {
      expect(host).toMatch(
        /^https:\/\/(meet\.google\.com\/\*|app\.zoom\.us\/\*|(\*\.)?zoom\.us\/wc\/\*|teams\.(microsoft\.com|live\.com|cloud\.microsoft)\/\*)$/,
      )
    }
  })

  it("injects content scripts only into meeting sites, Zoom's web client in all frames", () => {
    const scripts = manifest.content_scripts as Array<{ matches: string[]; all_frames?: boolean }>
    const matches = scripts.flatMap((script) => script.matches)
    const zoom = ["https://app.zoom.us/*", "https://zoom.us/wc/*", "https://*.zoom.us/wc/*"]
    expect(matches).toEqual(expect.arrayContaining(["https://meet.google.com/*", ...zoom]))
    for (const match of matches)
      expect(match).toMatch(/^https:\/\/(meet\.google\.com\/|app\.zoom\.us\/|(\*\.)?zoom\.us\/wc\/|teams\.)/)
    const zoomScript = scripts.find((script) => script.matches.includes("https://*.zoom.us/wc/*"))
    expect(zoomScript?.matches).toEqual(expect.arrayContaining(zoom))
    expect(zoomScript?.all_frames).toBe(true)
  })
})

describe("Firefox package", () => {
  // Built by `npm run package` (npm run test:e2e runs it); read back from the zip.
  const manifest = JSON.parse(
    packagedFiles("firefox-mv3").get("manifest.json")?.toString("utf8") ?? "{}",
  ) as Manifest & {
    browser_specific_settings: { gecko: Record<string, unknown> }
    commands: Record<string, unknown>
    background: { scripts?: string[]; service_worker?: string }
  }

  it("uses a sidebar_action instead of Chrome's side panel, opened by the same shortcut", () => {
    expect(manifest.sidebar_action).toEqual(override("firefox.json").sidebar_action)
    expect(manifest.side_panel).toBeUndefined()
    expect(manifest.permissions).not.toContain("sidePanel")
    expect(Object.keys(manifest.commands)).toEqual(["_execute_sidebar_action"])
  })

  it("declares no data collection and carries the add-on id from manifest-overrides/firefox.json", () => {
    const gecko = (override("firefox.json").browser_specific_settings as { gecko: Record<string, unknown> })
      .gecko
    expect(manifest.browser_specific_settings.gecko.id).toBe(gecko.id)
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ["none"],
    })
  })

  it("runs its background as a script (Firefox has no extension service workers)", () => {
    expect(manifest.background.scripts?.length).toBe(1)
    expect(manifest.background.service_worker).toBeUndefined()
  })

  it("asks for the same permissions and hosts as Chrome, minus the side panel", () => {
    const chrome = read(join(EXTENSION_DIR, "manifest.json"))
    expect(new Set(manifest.permissions)).toEqual(
      new Set(chrome.permissions?.filter((name) => name !== "sidePanel")),
    )
    expect(manifest.host_permissions).toEqual(chrome.host_permissions)
  })
})
