/**
 * Makes sure a Chromium exists for the end-to-end tests: installs Debian's `chromium` package
 * when it can (root, apt-get present), otherwise says how to point the tests at a browser.
 */
import { execSync } from "node:child_process"
import { existsSync } from "node:fs"
import { findChromium } from "./find-chromium"

function main(): void {
  const found = findChromium()
  if (found) {
    console.log(`Chromium: ${found}`)
    return
  }
  if (process.env.CHROME_PATH) {
    console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no browser is there.`)
    process.exit(1)
  }
  const isRoot = process.getuid?.() === 0
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get)…")
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", {
      stdio: "inherit",
    })
    if (findChromium()) return
  }
  console.error(
    "No Chromium found for the end-to-end tests. Install one (Debian: `apt-get install chromium`) " +
      "or set CHROME_PATH=/path/to/chromium and run the tests again.",
  )
  process.exit(1)
}

main()
