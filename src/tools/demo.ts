/**
 * The bundled demo call, shared by `npm start` and `npm run screenshots`: Chromium with the built
 * extension, the demo Meet page (src/demo/) served at a real Meet URL, and the side panel page.
 */
import { readFileSync } from "node:fs"
import { extname, join, resolve } from "node:path"
import type { BrowserContext, Page } from "playwright-core"
import { launchWithExtension, type LaunchedExtension } from "./launch"

export const ROOT = resolve(import.meta.dirname, "../..")
const EXTENSION_DIR = join(ROOT, "build/chrome-mv3-prod")
const DEMO_DIR = join(ROOT, "src/demo")
const DEMO_URL = "https://meet.google.com/one-demo-cal"

export interface Demo {
  browser: LaunchedExtension
  meeting: Page
  panel: Page
  /** Resolves when the demo call has said its last line. */
  done(): Promise<void>
  /** Leaves the call (the meeting's leave button) and closes the meeting tab. */
  leave(): Promise<void>
  openPopup(width?: number): Promise<Page>
}

async function serveDemo(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.protocol.startsWith("http"),
    async (route) => {
      const url = new URL(route.request().url())
      if (url.host !== "meet.google.com") return route.abort("blockedbyclient") // nothing else is needed
      const file = extname(url.pathname) === ".js" ? "demo-call.js" : "demo-call.html"
      const type = file.endsWith(".js") ? "text/javascript" : "text/html"
      await route.fulfill({
        body: readFileSync(join(DEMO_DIR, file)),
        headers: { "content-type": `${type}; charset=utf-8` },
      })
    },
  )
}

export interface DemoOptions {
  headless: boolean
  speed: number
  colorScheme?: "light" | "dark"
  /** The unpacked extension to load; the build folder unless said (e.g. an unzipped store package). */
  extensionDir?: string
}

export async function openDemo(options: DemoOptions): Promise<Demo> {
  const browser = await launchWithExtension(options.extensionDir ?? EXTENSION_DIR, options.headless)
  const { context, extensionId } = browser
  await serveDemo(context)
  const meeting = context.pages()[0] ?? (await context.newPage())
  await meeting.goto(`${DEMO_URL}?speed=${options.speed}`)
  const panel = await context.newPage()
  if (options.colorScheme) await panel.emulateMedia({ colorScheme: options.colorScheme })
  await panel.setViewportSize({ width: 400, height: 860 })
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`)
  await meeting.bringToFront()
  await meeting.evaluate(() => (window as unknown as { __demo: { start(): void } }).__demo.start())
  return {
    browser,
    meeting,
    panel,
    done: () =>
      meeting.evaluate(() => (window as unknown as { __demo: { done: Promise<void> } }).__demo.done),
    async leave() {
      await meeting.getByRole("button", { name: "Leave call" }).click()
      await meeting.close()
    },
    async openPopup(width = 420) {
      const popup = await context.newPage()
      if (options.colorScheme) await popup.emulateMedia({ colorScheme: options.colorScheme })
      await popup.setViewportSize({ width, height: 760 })
      await popup.goto(`chrome-extension://${extensionId}/popup.html`)
      await popup.getByTestId("summary").waitFor({ timeout: 10_000 })
      return popup
    },
  }
}
