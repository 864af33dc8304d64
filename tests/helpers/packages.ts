/**
 * The store packages `npm run package` wrote (npm run test:e2e runs it before the e2e tests):
 * read back from their zips, as a store would unpack them.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { readZip } from "../../src/tools/zip"
import { EXTENSION_DIR, ROOT } from "./paths"

export const PACKAGE_TARGETS = [
  { target: "chrome-mv3", browser: "chrome" },
  { target: "firefox-mv3", browser: "firefox" },
] as const

export const zipPath = (target: string) => join(ROOT, "build", `${target}.zip`)
export const buildDir = (target: string) => join(ROOT, "build", `${target}-prod`)

/** The package's files; fails clearly when it is missing or older than the Chrome build. */
export function packagedFiles(target: string): Map<string, Buffer> {
  const path = zipPath(target)
  if (!existsSync(path))
    throw new Error(`${path} is missing: run \`npm run package\` (npm run test:e2e does).`)
  if (statSync(path).mtimeMs < statSync(join(EXTENSION_DIR, "manifest.json")).mtimeMs)
    throw new Error(`${path} is older than the build: run \`npm run package\` again.`)
  return readZip(readFileSync(path))
}

/** Unzips a package into a fresh folder, as a user unpacking the store download would. */
export function unpackToFreshFolder(target: string): string {
  const dir = mkdtempSync(join(tmpdir(), `one-up-${target}-unpacked-`))
  for (const [name, data] of packagedFiles(target)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    writeFileSync(join(dir, name), data)
  }
  return dir
}
