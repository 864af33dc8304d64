/**
 * `npm start`: builds the extension and opens Chromium with it on the bundled demo call (a Meet
 * page replaying a sample discovery call's captions), with the live coach beside it.
 * With no display (or --headless) it runs the same demo headless and saves screenshots of the
 * side panel and the popup to demo-output/.
 */
import { execFileSync } from "node:child_process"
import { mkdirSync } from "node:fs"
import { join } from "node:path"
import { openDemo, ROOT } from "./demo"

const args = process.argv.slice(2)
const headless = args.includes("--headless") || !process.env.DISPLAY
const outputDir = join(ROOT, "demo-output")

async function main(): Promise<void> {
  if (!args.includes("--no-build"))
    execFileSync("npx", ["tsx", join(ROOT, "src/tools/build.ts")], { stdio: "inherit" })
  const demo = await openDemo({ headless, speed: headless ? 3 : 1 })

  if (!headless) {
    console.log(
      "Demo running: the meeting tab replays a sales call; the One-Up Coach panel is in the next tab.",
    )
    console.log(
      "Open the real side panel with Alt+Shift+O (or the toolbar button → Open live coach). Ctrl+C quits.",
    )
    await demo.panel.bringToFront()
    await new Promise(() => undefined)
    return
  }

  mkdirSync(outputDir, { recursive: true })
  const sawNudge = await demo.panel
    .getByTestId("nudge")
    .first()
    .waitFor({ timeout: 60_000 })
    .then(
      () => true,
      () => false,
    )
  await demo.panel.screenshot({ path: join(outputDir, "sidepanel.png") })
  await demo.done()
  await demo.leave()
  await demo.panel.waitForTimeout(1_500)
  await demo.panel.screenshot({ path: join(outputDir, "sidepanel-ended.png") })
  const popup = await demo.openPopup()
  await popup.screenshot({ path: join(outputDir, "popup.png"), fullPage: true })
  await demo.browser.close()
  console.log(`Headless demo finished${sawNudge ? "" : " (no nudge appeared)"}. Screenshots in ${outputDir}:`)
  for (const name of ["sidepanel.png", "sidepanel-ended.png", "popup.png"])
    console.log(`  ${join(outputDir, name)}`)
}

main().catch((error: unknown) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
