/** Small synthetic store packages (path → contents) for the package checks and budget tests. */

/** The first bytes of a PNG of the given size: all the checks read. */
export function pngHeader(width: number, height: number): Buffer {
  const header = Buffer.alloc(33)
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0)
  header.writeUInt32BE(13, 8)
  header.write("IHDR", 12, "ascii")
  header.writeUInt32BE(width, 16)
  header.writeUInt32BE(height, 20)
  return header
}

export const bytes = (size: number, fill = "x") => Buffer.from(fill.repeat(size))
const json = (value: unknown) => Buffer.from(JSON.stringify(value))
const page = (script: string, style?: string) =>
  Buffer.from(
    `<!doctype html><html><head>${style ? `<link rel="stylesheet" href="/${style}">` : ""}</head><body><script src="/${script}" type="module"></script></body></html>`,
  )

export function chromeManifest(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    manifest_version: 3,
    name: "One-Up Coach",
    version: "0.1.0",
    description: "A coach.",
    icons: { "128": "icon128.png" },
    action: { default_icon: { "128": "icon128.png" }, default_popup: "popup.html" },
    background: { service_worker: "static/background/index.js" },
    options_ui: { page: "options.html", open_in_tab: true },
    side_panel: { default_path: "sidepanel.html" },
    permissions: ["storage", "sidePanel"],
    content_scripts: [{ matches: ["https://meet.google.com/*"], js: ["meet.1234.js"], css: [] }],
    ...extra,
  }
}

export function firefoxManifest(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const { side_panel: _sidePanel, ...manifest } = chromeManifest()
  return {
    ...manifest,
    permissions: ["storage"],
    background: { scripts: ["static/background/index.js"] },
    sidebar_action: { default_panel: "sidepanel.html" },
    browser_specific_settings: {
      gecko: { id: "one-up-coach@one-up-coach", data_collection_permissions: { required: ["none"] } },
    },
    ...extra,
  }
}

/** A package that passes every check, with sizes chosen per file. */
export function fakePackage(
  manifest: Record<string, unknown> = chromeManifest(),
  sizes: Partial<Record<"background" | "content" | "popup" | "sidepanel" | "options", number>> = {},
): Map<string, Buffer> {
  return new Map<string, Buffer>([
    ["manifest.json", json(manifest)],
    ["icon128.png", pngHeader(128, 128)],
    ["static/background/index.js", bytes(sizes.background ?? 1000)],
    ["meet.1234.js", bytes(sizes.content ?? 500)],
    ["popup.html", page("popup.aaaa.js", "popup.cccc.css")],
    ["popup.aaaa.js", bytes(sizes.popup ?? 2000)],
    ["popup.cccc.css", Buffer.from("body{background:url(icon128.png)}")],
    ["sidepanel.html", page("sidepanel.bbbb.js")],
    ["sidepanel.bbbb.js", bytes(sizes.sidepanel ?? 2000)],
    ["options.html", page("options.dddd.js")],
    ["options.dddd.js", bytes(sizes.options ?? 2000)],
  ])
}
