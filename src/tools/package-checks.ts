/**
 * What the stores reject, checked on a package's files (a build folder, or a zip read back):
 * a manifest that is not valid, a referenced file that is missing, source maps, tests or other
 * development files, and packages over the size budgets (src/tools/budgets.ts). Chrome's checks
 * apply to the Edge upload too (the same zip).
 */
import { budgetProblems, measureBudgets } from "./budgets"
import { pageReferences, resolveReference, styleReferences } from "./package-files"

export type StoreBrowser = "chrome" | "firefox"

type Files = ReadonlyMap<string, Uint8Array>
type Manifest = Record<string, unknown>

/** AMO's add-on id forms: a GUID in braces, or an email-like id; at most 80 characters. */
export const GECKO_ID =
  /^(?:\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}|[a-zA-Z0-9-._]*@[a-zA-Z0-9-._]+)$/

/** Firefox's data collection categories (manifest key data_collection_permissions.required). */
export const DATA_COLLECTION_TYPES = [
  "none",
  "authenticationInfo",
  "bookmarksInfo",
  "browsingActivity",
  "financialAndPaymentInfo",
  "healthInfo",
  "locationInfo",
  "personalCommunications",
  "personallyIdentifyingInfo",
  "searchTerms",
  "websiteActivity",
  "websiteContent",
]

/** Files no store package should hold: what they are, and how to recognise them. */
const FORBIDDEN_FILES: Array<[string, RegExp]> = [
  ["source map", /\.map$/i],
  ["test file", /(?:^|\/)(?:tests?|__tests__|__mocks__)\/|\.(?:test|spec)\.[cm]?[jt]sx?$/i],
  ["TypeScript source", /\.tsx?$/i],
  ["dependency folder", /(?:^|\/)node_modules\//],
  ["hidden or OS file", /(?:^|\/)(?:\.[^/]+|Thumbs\.db|desktop\.ini|__MACOSX)(?:\/|$)/i],
  ["nested archive", /\.(?:zip|xpi|crx)$/i],
]

const text = (files: Files, name: string) => Buffer.from(files.get(name) ?? []).toString("utf8")
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)
const strings = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((item): item is string => typeof item === "string")
    : typeof value === "string"
      ? [value]
      : []

/** Every package file the manifest names (icons, pages, scripts, styles). */
export function manifestReferences(manifest: Manifest): string[] {
  const action = isRecord(manifest.action) ? manifest.action : {}
  const background = isRecord(manifest.background) ? manifest.background : {}
  const optionsUi = isRecord(manifest.options_ui) ? manifest.options_ui : {}
  const sidePanel = isRecord(manifest.side_panel) ? manifest.side_panel : {}
  const sidebar = isRecord(manifest.sidebar_action) ? manifest.sidebar_action : {}
  const icons = (value: unknown) => (isRecord(value) ? Object.values(value).flatMap(strings) : strings(value))
  const contentScripts = Array.isArray(manifest.content_scripts)
    ? manifest.content_scripts.filter(isRecord)
    : []
  const resources = Array.isArray(manifest.web_accessible_resources)
    ? manifest.web_accessible_resources.filter(isRecord).flatMap((entry) => strings(entry.resources))
    : []
  return [
    ...icons(manifest.icons),
    ...icons(action.default_icon),
    ...strings(action.default_popup),
    ...strings(background.service_worker),
    ...strings(background.scripts),
    ...strings(background.page),
    ...strings(optionsUi.page),
    ...strings(manifest.options_page),
    ...strings(sidePanel.default_path),
    ...strings(sidebar.default_panel),
    ...icons(sidebar.default_icon),
    ...contentScripts.flatMap((entry) => [...strings(entry.js), ...strings(entry.css)]),
    ...resources.filter((resource) => !resource.includes("*")),
  ].map((reference) => resolveReference("manifest.json", reference))
}

function pngSize(data: Uint8Array | undefined): [number, number] | null {
  if (!data || data.length < 24) return null
  const buffer = Buffer.from(data)
  if (buffer.readUInt32BE(0) !== 0x89504e47) return null
  return [buffer.readUInt32BE(16), buffer.readUInt32BE(20)]
}

function manifestProblems(manifest: Manifest, files: Files, browser: StoreBrowser): string[] {
  const problems: string[] = []
  if (manifest.manifest_version !== 3) problems.push("manifest_version must be 3")
  const name = typeof manifest.name === "string" ? manifest.name : ""
  if (name.trim() === "" || name.length > 75) problems.push("name must be 1 to 75 characters")
  const version = typeof manifest.version === "string" ? manifest.version : ""
  const parts = version.split(".")
  if (!/^\d+(?:\.\d+){0,3}$/.test(version) || parts.some((part) => Number(part) > 65535 || /^0\d/.test(part)))
    problems.push(
      `version "${version}" must be one to four dot-separated integers (0-65535, no leading zeros)`,
    )
  const description = typeof manifest.description === "string" ? manifest.description : ""
  if (description === "" || description.length > 132) problems.push("description must be 1 to 132 characters")
  const icon128 = isRecord(manifest.icons) ? manifest.icons["128"] : undefined
  const size =
    typeof icon128 === "string" ? pngSize(files.get(resolveReference("manifest.json", icon128))) : null
  if (!size || size[0] !== 128 || size[1] !== 128)
    problems.push('icons must include a 128×128 PNG under "128"')

  const background = isRecord(manifest.background) ? manifest.background : {}
  const permissions = strings(manifest.permissions)
  if (browser === "chrome") {
    if (typeof background.service_worker !== "string") problems.push("Chrome needs background.service_worker")
    if (manifest.side_panel !== undefined && !permissions.includes("sidePanel"))
      problems.push("side_panel needs the sidePanel permission")
  } else {
    if (strings(background.scripts).length === 0)
      problems.push("Firefox needs background.scripts (no service_worker)")
    if (manifest.side_panel !== undefined || permissions.includes("sidePanel"))
      problems.push(
        "Firefox has no side panel: use sidebar_action, not side_panel or the sidePanel permission",
      )
    problems.push(...geckoProblems(manifest))
  }
  return problems
}

function geckoProblems(manifest: Manifest): string[] {
  const settings = isRecord(manifest.browser_specific_settings) ? manifest.browser_specific_settings : {}
  const gecko = isRecord(settings.gecko) ? settings.gecko : {}
  const problems: string[] = []
  const id = typeof gecko.id === "string" ? gecko.id : ""
  if (!GECKO_ID.test(id) || id.length > 80 || /\.invalid$|example\./.test(id))
    problems.push(`browser_specific_settings.gecko.id "${id}" is not a publishable add-on id`)
  const collection = isRecord(gecko.data_collection_permissions) ? gecko.data_collection_permissions : {}
  const required = strings(collection.required)
  if (required.length === 0 || required.some((type) => !DATA_COLLECTION_TYPES.includes(type)))
    problems.push(
      "browser_specific_settings.gecko.data_collection_permissions.required must list known data types",
    )
  if (required.includes("none") && required.length > 1)
    problems.push('data_collection_permissions.required: "none" must stand alone')
  return problems
}

/** Every problem a store would reject the package for; empty when it is fit to upload. */
export function checkPackage(files: Files, browser: StoreBrowser): string[] {
  const problems = checkPackageContents(files, browser)
  // Without a readable manifest the budgets would only repeat that problem.
  if (problems.some((problem) => /^(?:no manifest\.json|manifest\.json is not)/.test(problem)))
    return problems
  return [...problems, ...budgetProblems(measureBudgets(files))]
}

/** The checks without the size budgets: manifest, referenced files, files that must not ship. */
export function checkPackageContents(files: Files, browser: StoreBrowser): string[] {
  if (!files.has("manifest.json")) return ["no manifest.json at the package root"]
  let manifest: Manifest
  try {
    const parsed = JSON.parse(text(files, "manifest.json")) as unknown
    if (!isRecord(parsed)) return ["manifest.json is not a JSON object"]
    manifest = parsed
  } catch (error) {
    return [`manifest.json is not valid JSON: ${error instanceof Error ? error.message : String(error)}`]
  }
  const problems = manifestProblems(manifest, files, browser)

  const referenced = new Map<string, string>()
  for (const file of manifestReferences(manifest)) referenced.set(file, "manifest.json")
  for (const name of files.keys()) {
    if (name.endsWith(".html"))
      for (const file of pageReferences(name, text(files, name))) referenced.set(file, name)
    if (name.endsWith(".css"))
      for (const file of styleReferences(name, text(files, name))) referenced.set(file, name)
  }
  for (const [file, from] of referenced)
    if (!files.has(file)) problems.push(`${from} refers to ${file}, which is missing`)

  for (const name of files.keys()) {
    for (const [what, pattern] of FORBIDDEN_FILES)
      if (pattern.test(name)) problems.push(`${name}: ${what} in the package`)
    if (name.split("/")[0]?.startsWith("_") && !name.startsWith("_locales/"))
      problems.push(`${name}: names starting with "_" are reserved by the browser`)
    if (/\.(?:js|css)$/.test(name) && /[#@]\s*sourceMappingURL=/.test(text(files, name)))
      problems.push(`${name}: points to a source map`)
  }
  return problems
}
