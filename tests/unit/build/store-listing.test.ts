// The store listing material in assets/store/ matches the product it describes.
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { DEFAULT_SETTINGS } from "../../../src/state/settings"
import { STORE_SIZE } from "../../../src/tools/store-shots"

const ROOT = join(import.meta.dirname, "../../..")
const read = (path: string) => readFileSync(join(ROOT, path), "utf8")
const packageJson = JSON.parse(read("package.json")) as { description: string }
const overrides = ["common.json", "chrome.json", "firefox.json"].map(
  (name) => JSON.parse(read(`manifest-overrides/${name}`)) as { permissions?: string[]; host_permissions?: string[] },
)
const privacy = read("assets/store/privacy.md")

describe("store descriptions", () => {
  it("has a short description that is the manifest's, within Chrome's 132 characters", () => {
    const short = read("assets/store/short-description.txt").trim()
    expect(short).toBe(packageJson.description)
    expect(short.length).toBeLessThanOrEqual(132)
  })

  it("has a long description that names every platform and stays within the stores' limits", () => {
    const long = read("assets/store/long-description.txt")
    expect(long.length).toBeLessThanOrEqual(16_000)
    for (const platform of ["Google Meet", "Zoom", "Microsoft Teams"]) expect(long).toContain(platform)
    expect(long).toMatch(/no network requests/i)
  })
})

describe("privacy statement", () => {
  it("explains every permission the manifests ask for", () => {
    const permissions = new Set(overrides.flatMap((override) => override.permissions ?? []))
    expect(permissions.size).toBeGreaterThan(0)
    for (const permission of permissions) expect(privacy).toContain(`\`${permission}\``)
  })

  it("names every meeting site the extension can read, and only those", () => {
    // The host part of each match pattern as written ("*.zoom.us" stays a wildcard host).
    const hosts = overrides
      .flatMap((override) => override.host_permissions ?? [])
      .map((pattern) => /^[a-z]+:\/\/([^/]+)/.exec(pattern)?.[1] ?? pattern)
    for (const host of hosts) expect(privacy).toContain(`\`${host}\``)
    const named = [...privacy.matchAll(/`((?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+)`/g)].map((match) => match[1])
    expect(named.filter((host) => host && !hosts.includes(host))).toEqual([])
  })

  it("states the default retention the code applies", () => {
    expect(privacy).toContain(`${DEFAULT_SETTINGS.retentionDays} days`)
  })

  it("says how to delete one call, every call, and everything", () => {
    expect(privacy).toMatch(/One call/)
    expect(privacy).toMatch(/Delete all calls/)
    expect(privacy).toMatch(/Delete all data/)
    expect(privacy).toMatch(/remove the extension/i)
  })
})

describe("store screenshots", () => {
  it.each(["screenshot-call.png", "screenshot-popup.png"])("%s is a 1280×800 PNG", (name) => {
    const png = readFileSync(join(ROOT, "assets/store", name))
    expect(png.readUInt32BE(0)).toBe(0x89504e47)
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([STORE_SIZE.width, STORE_SIZE.height])
  })
})
