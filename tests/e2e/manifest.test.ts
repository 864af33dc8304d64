// The built manifests contain every override from manifest-overrides/, and nothing broader.
import { execFileSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
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

describe("Firefox build", () => {
  let manifest: Manifest
  beforeAll(() => {
    execFileSync("npx", ["tsx", "src/tools/build.ts", "--target=firefox-mv3"], { cwd: ROOT, stdio: "pipe" })
    manifest = read(join(ROOT, "build/firefox-mv3-prod/manifest.json"))
  }, 120_000)

  it("uses a sidebar_action instead of Chrome's side panel", () => {
    expect(manifest.sidebar_action).toEqual(override("firefox.json").sidebar_action)
    expect(manifest.side_panel).toBeUndefined()
    expect(manifest.permissions).not.toContain("sidePanel")
    expect(manifest.browser_specific_settings).toBeDefined()
  })
})
