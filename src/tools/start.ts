/**
 * `npm start`: builds the extension and opens Chromium with it on the bundled demo call (a Meet
 * page replaying a sample discovery call's captions), with the live coach beside it.
 * With no display (or --headless) it runs the same demo headless and saves screenshots of the
 * side panel and the popup to demo-output/.
 */
import { execFileSync } from "node:child_process"
import { mkdirSync, readFileSync } from "node:fs"
import { extname, join, resolve } from "node:path"
import type { BrowserContext, Page } from "playwright-core"
import { launchWithExtension } from "./launch"

const root = resolve(import.meta.dirname, "../..")
const extensionDir = join(root, "build/chrome-mv3-prod")
const demoDir = join(root, "src/demo")
const outputDir = join(root, "demo-output")
const DEMO_URL = "https://meet.google.com/demo-call-one"
const args = process.argv.slice(2)
const headless = args.includes("--headless") || !process.env.DISPLAY

async function serveDemo(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.protocol.startsWith("http"),
    async (route) => {
      const url = new URL(route.request().url())
      if (url.host !== "meet.google.com") return route.abort("blockedbyclient") // nothing else is needed
      const file = extname(url.pathname) === ".js" ? "demo-call.js" : "demo-call.html"
      const type = file.endsWith(".js") ? "text/javascript" : "text/html"
      await route.fulfill({ body: readFileSync(join(demoDir, file)), headers: { "content-type": `${type}; charset=utf-8` } })
    },
  )
}

async function waitForNudge(panel: Page): Promise<boolean> {
  try {
    await panel.getByTestId("nudge").first().waitFor({ timeout: 60_000 })
    return true
  } catch {
    return false
  }
}

async function main(): Promise<void> {
  if (!args.includes("--no-build")) execFileSync("npx", ["tsx", join(root, "src/tools/build.ts")], { stdio: "inherit" })
  const browser = await launchWithExtension(extensionDir, headless)
  const { context, extensionId } = browser
  await serveDemo(context)
  const meeting = context.pages()[0] ?? (await context.newPage())
  await meeting.goto(`${DEMO_URL}?speed=${headless ? 3 : 1}`)
  const panel = await context.newPage()
  await panel.setViewportSize({ width: 400, height: 860 })
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`)
  await meeting.bringToFront()
  await meeting.evaluate(() => (window as unknown as { __demo: { start(): void } }).__demo.start())

  if (!headless) {
    console.log("Demo running: the meeting tab replays a sales call; the One-Up Coach panel is in the next tab.")
    console.log("Open the real side panel with Alt+Shift+O (or the toolbar button → Open live coach). Ctrl+C quits.")
    await panel.bringToFront()
    await new Promise(() => undefined)
    return
  }

  mkdirSync(outputDir, { recursive: true })
  const sawNudge = await waitForNudge(panel)
  await panel.screenshot({ path: join(outputDir, "sidepanel.png") })
  await meeting.evaluate(() => (window as unknown as { __demo: { done: Promise<void> } }).__demo.done)
  await meeting.getByRole("button", { name: "Leave call" }).click()
  await meeting.close()
  await panel.waitForTimeout(1_500)
  await panel.screenshot({ path: join(outputDir, "sidepanel-ended.png") })
  const popup = await context.newPage()
  await popup.setViewportSize({ width: 420, height: 760 })
  await popup.goto(`chrome-extension://${extensionId}/popup.html`)
  await popup.waitForTimeout(1_000)
  await popup.screenshot({ path: join(outputDir, "popup.png"), fullPage: true })
  await browser.close()
  console.log(`Headless demo finished${sawNudge ? "" : " (no nudge appeared)"}. Screenshots in ${outputDir}:`)
  for (const name of ["sidepanel.png", "sidepanel-ended.png", "popup.png"]) console.log(`  ${join(outputDir, name)}`)
}

main().catch((error: unknown) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
