/**
 * Builds the extension: Plasmo bundles the entry points, then the manifest overrides in
 * manifest-overrides/ (common.json, then <browser>.json) are merged into the built manifest.
 *   npm run build                      Chrome MV3, load-unpacked folder build/chrome-mv3-prod
 *   npm run build -- --target=firefox-mv3
 *   npm run package                    also writes build/<target>.zip for the store
 */
import { execFileSync } from "node:child_process"
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { mergeManifest, type JsonObject } from "./manifest-merge"
import { zipDirectory } from "./zip"

const root = resolve(import.meta.dirname, "../..")
const args = process.argv.slice(2)
const target = args.find((arg) => arg.startsWith("--target="))?.slice("--target=".length) ?? "chrome-mv3"
const browserName = target.split("-")[0] ?? "chrome"

function readJson(path: string): JsonObject {
  return JSON.parse(readFileSync(path, "utf8")) as JsonObject
}

try {
  execFileSync(join(root, "node_modules/.bin/plasmo"), ["build", `--target=${target}`], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  })
} catch {
  console.error(`Build failed for ${target}: see Plasmo's message above.`)
  process.exit(1)
}

const outDir = join(root, "build", `${target}-prod`)
const manifestPath = join(outDir, "manifest.json")
let manifest = readJson(manifestPath)
for (const name of ["common.json", `${browserName}.json`]) {
  const overridePath = join(root, "manifest-overrides", name)
  if (existsSync(overridePath)) manifest = mergeManifest(manifest, readJson(overridePath))
}
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2))
console.log(`manifest overrides merged into ${manifestPath}`)

if (args.includes("--package")) {
  const zipPath = join(root, "build", `${target}.zip`)
  const count = zipDirectory(outDir, zipPath)
  console.log(`packaged ${count} files into ${zipPath}`)
}
