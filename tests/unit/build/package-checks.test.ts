import { describe, expect, it } from "vitest"
import { KB } from "../../../src/tools/budgets"
import { checkPackage, GECKO_ID, manifestReferences } from "../../../src/tools/package-checks"
import { bytes, chromeManifest, fakePackage, firefoxManifest, pngHeader } from "./fake-package"

describe("checkPackage", () => {
  it("passes a complete Chrome package and a complete Firefox package", () => {
    expect(checkPackage(fakePackage(chromeManifest()), "chrome")).toEqual([])
    expect(checkPackage(fakePackage(firefoxManifest()), "firefox")).toEqual([])
  })

  it("rejects a missing or broken manifest with one message", () => {
    const missing = fakePackage()
    missing.delete("manifest.json")
    expect(checkPackage(missing, "chrome")).toEqual(["no manifest.json at the package root"])
    const broken = fakePackage()
    broken.set("manifest.json", Buffer.from("{ nope"))
    expect(checkPackage(broken, "chrome")).toEqual([expect.stringMatching(/^manifest.json is not valid JSON/)])
  })

  it.each([
    ["manifest_version 2", { manifest_version: 2 }, "manifest_version must be 3"],
    ["a version with a leading zero", { version: "0.01" }, 'version "0.01" must be'],
    ["a version with five parts", { version: "1.2.3.4.5" }, 'version "1.2.3.4.5" must be'],
    ["a description over 132 characters", { description: "x".repeat(133) }, "description must be 1 to 132"],
    ["an empty name", { name: " " }, "name must be 1 to 75"],
    ["no 128 px icon", { icons: { "48": "icon128.png" } }, "icons must include a 128×128 PNG"],
  ])("rejects %s", (_what, change, expected) => {
    const problems = checkPackage(fakePackage(chromeManifest(change)), "chrome")
    expect(problems.some((problem) => problem.includes(expected))).toBe(true)
  })

  it("rejects a 128 icon that is not 128×128", () => {
    const files = fakePackage()
    files.set("icon128.png", pngHeader(96, 96))
    expect(checkPackage(files, "chrome")).toContain('icons must include a 128×128 PNG under "128"')
  })

  it("names every referenced file that is missing: from the manifest, a page or a style sheet", () => {
    const files = fakePackage()
    files.delete("meet.1234.js")
    files.delete("sidepanel.bbbb.js")
    files.set("popup.cccc.css", Buffer.from("a{background:url(/img/missing.svg)} b{background:url(data:image/png;base64,AA)}"))
    expect(checkPackage(files, "chrome").sort()).toEqual([
      "manifest.json refers to meet.1234.js, which is missing",
      "popup.cccc.css refers to img/missing.svg, which is missing",
      "sidepanel.html refers to sidepanel.bbbb.js, which is missing",
    ])
  })

  it.each([
    ["popup.aaaa.js.map", "source map"],
    ["tests/unit/a.js", "test file"],
    ["popup.test.js", "test file"],
    ["src/nlp/index.ts", "TypeScript source"],
    ["node_modules/react/index.js", "dependency folder"],
    [".DS_Store", "hidden or OS file"],
    ["assets/.env", "hidden or OS file"],
    ["old.zip", "nested archive"],
  ])("rejects %s (%s)", (name, what) => {
    const files = fakePackage()
    files.set(name, bytes(10))
    expect(checkPackage(files, "chrome")).toContain(`${name}: ${what} in the package`)
  })

  it("rejects a script that points to a source map, and names the browser reserves", () => {
    const files = fakePackage()
    files.set("popup.aaaa.js", Buffer.from("x()\n//# sourceMappingURL=popup.aaaa.js.map"))
    files.set("_generated/x.json", bytes(2))
    const problems = checkPackage(files, "chrome")
    expect(problems).toContain("popup.aaaa.js: points to a source map")
    expect(problems).toContain('_generated/x.json: names starting with "_" are reserved by the browser')
  })

  it("holds the package to its size budgets", () => {
    const problems = checkPackage(fakePackage(chromeManifest(), { content: 40 * KB }), "chrome")
    expect(problems).toEqual([expect.stringMatching(/^Content script \(meet\) is 40\.0 KB, over its 30\.0 KB budget/)])
  })

  it("requires Chrome's service worker and the sidePanel permission with a side panel", () => {
    const problems = checkPackage(
      fakePackage(chromeManifest({ background: { scripts: ["static/background/index.js"] }, permissions: ["storage"] })),
      "chrome",
    )
    expect(problems).toEqual(["Chrome needs background.service_worker", "side_panel needs the sidePanel permission"])
  })

  it("requires Firefox's background scripts, no side panel, an add-on id and a data collection declaration", () => {
    const problems = checkPackage(
      fakePackage(
        firefoxManifest({
          background: { service_worker: "static/background/index.js" },
          side_panel: { default_path: "sidepanel.html" },
          browser_specific_settings: { gecko: { id: "one-up-coach@example.invalid" } },
        }),
      ),
      "firefox",
    )
    expect(problems).toEqual([
      "Firefox needs background.scripts (no service_worker)",
      "Firefox has no side panel: use sidebar_action, not side_panel or the sidePanel permission",
      'browser_specific_settings.gecko.id "one-up-coach@example.invalid" is not a publishable add-on id',
      "browser_specific_settings.gecko.data_collection_permissions.required must list known data types",
    ])
  })

  it('rejects "none" beside real data types, and unknown types', () => {
    const declare = (required: string[]) =>
      checkPackage(
        fakePackage(
          firefoxManifest({
            browser_specific_settings: { gecko: { id: "a@b", data_collection_permissions: { required } } },
          }),
        ),
        "firefox",
      )
    expect(declare(["none", "websiteContent"])).toEqual(['data_collection_permissions.required: "none" must stand alone'])
    expect(declare(["everything"])).toEqual([
      "browser_specific_settings.gecko.data_collection_permissions.required must list known data types",
    ])
    expect(declare(["websiteContent"])).toEqual([])
  })
})

describe("GECKO_ID", () => {
  it.each(["one-up-coach@one-up-coach", "@one-up-coach", "{12345678-abcd-ef01-2345-6789abcdef01}", "x.y_z@a-b.c"])(
    "accepts %s",
    (id) => expect(GECKO_ID.test(id)).toBe(true),
  )
  it.each(["one-up-coach", "a@b@c", "{1234}", "one up@coach", ""])("rejects %s", (id) =>
    expect(GECKO_ID.test(id)).toBe(false),
  )
})

describe("manifestReferences", () => {
  it("lists icons, pages, scripts and styles the manifest names, without globs", () => {
    const references = manifestReferences({
      ...firefoxManifest(),
      content_scripts: [{ js: ["a.js"], css: ["a.css"] }],
      web_accessible_resources: [{ resources: ["img/*", "font.woff2"] }],
    })
    expect(new Set(references)).toEqual(
      new Set(["icon128.png", "popup.html", "static/background/index.js", "options.html", "sidepanel.html", "a.js", "a.css", "font.woff2"]),
    )
  })
})
