/**
 * Launches Chromium with the built extension loaded (tests and the demo share this), and finds
 * the extension's id from its service worker.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { chromium, type BrowserContext } from "playwright-core"
import { CHROMIUM_ARGS, findChromium } from "./find-chromium"

export interface LaunchedExtension {
  context: BrowserContext
  extensionId: string
  close(): Promise<void>
}

export interface LaunchProfile {
  /** Reuse this profile folder (a browser restart); it is then kept on close. */
  userDataDir?: string
}

export async function launchWithExtension(
  extensionDir: string,
  headless: boolean,
  profile: LaunchProfile = {},
): Promise<LaunchedExtension> {
  const executablePath = findChromium()
  if (!executablePath) {
    throw new Error(
      "No Chromium found: install Debian's chromium package or set CHROME_PATH=/path/to/chromium.",
    )
  }
  const userDataDir = profile.userDataDir ?? mkdtempSync(join(tmpdir(), "one-up-chromium-"))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    viewport: headless ? { width: 1280, height: 800 } : null,
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  })
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"))
  return {
    context,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close()
      if (!profile.userDataDir) rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}
