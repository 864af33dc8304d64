/**
 * Builds one browser target: refreshes the pages' rule info, lets Plasmo bundle the entry points
 * (with Parcel's scope hoisting, which drops the per-module wrappers: a quarter of each content
 * script), merges manifest-overrides/ (common.json, then <browser>.json) into the built manifest,
 * adds the privacy statement page the options page links to, and copies the classifier's model
 * file in as it is (the service worker reads it by its fixed name; a bundler import of it would
 * pull ~30 KB of URL-resolving runtime into the worker).
 */
import { execFileSync } from "node:child_process"
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { MODEL_FILE } from "../nlp/model/load-from-disk"
import { PACKAGED_MODEL_PATH } from "../nlp/model/load-from-url"
import { mergeManifest, type JsonObject } from "./manifest-merge"
import { PRIVACY_PAGE, PRIVACY_SOURCE, privacyPageHtml } from "./privacy-page"
import { RULE_INFO_PATH, writeRuleInfo } from "./rule-info"

export const ROOT = resolve(import.meta.dirname, "../..")
export const TARGETS = ["chrome-mv3", "firefox-mv3"] as const
export type Target = (typeof TARGETS)[number]

export function browserOf(target: string): string {
  return target.split("-")[0] ?? "chrome"
}

export function outDirOf(target: string, tag = "prod"): string {
  return join(ROOT, "build", `${target}-${tag}`)
}

function readJson(path: string): JsonObject {
  return JSON.parse(readFileSync(path, "utf8")) as JsonObject
}

export interface BuildOptions {
  /** Extra Plasmo flags, e.g. --source-maps for the bundle report. */
  plasmoFlags?: string[]
  /** Output folder suffix (Plasmo's --tag): build/<target>-<tag>. */
  tag?: string
}

/** Builds the target into build/<target>-<tag> and returns that folder; throws if Plasmo fails. */
export function buildTarget(target: string, options: BuildOptions = {}): string {
  if (writeRuleInfo()) console.log(`${RULE_INFO_PATH} regenerated from the rule registry`)
  const tag = options.tag ?? "prod"
  try {
    execFileSync(
      join(ROOT, "node_modules/.bin/plasmo"),
      ["build", `--target=${target}`, `--tag=${tag}`, "--hoist", ...(options.plasmoFlags ?? [])],
      { cwd: ROOT, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } },
    )
  } catch {
    throw new Error(`Build failed for ${target}: see Plasmo's message above.`)
  }
  const outDir = outDirOf(target, tag)
  const manifestPath = join(outDir, "manifest.json")
  let manifest = readJson(manifestPath)
  for (const name of ["common.json", `${browserOf(target)}.json`]) {
    const overridePath = join(ROOT, "manifest-overrides", name)
    if (existsSync(overridePath)) manifest = mergeManifest(manifest, readJson(overridePath))
  }
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2))
  writeFileSync(join(outDir, PRIVACY_PAGE), privacyPageHtml(readFileSync(join(ROOT, PRIVACY_SOURCE), "utf8")))
  copyFileSync(MODEL_FILE, join(outDir, PACKAGED_MODEL_PATH))
  console.log(`manifest overrides merged, ${PRIVACY_PAGE} and ${PACKAGED_MODEL_PATH} added in ${outDir}`)
  return outDir
}
