/**
 * `npm run screenshots`: the README's pictures, from the demo call: the side panel mid-call in
 * light and dark mode, and the popup's summary after the call, written to assets/screenshots/;
 * and the 1280×800 store listing screenshots of the same moments, written to assets/store/.
 */
import { mkdirSync } from "node:fs"
import { join } from "node:path"
import { openDemo, ROOT } from "./demo"
import { composeCallShot, composePopupShot } from "./store-shots"

const outputDir = join(ROOT, "assets/screenshots")
const storeDir = join(ROOT, "assets/store")

async function shoot(colorScheme: "light" | "dark"): Promise<void> {
  const forStore = colorScheme === "light"
  const demo = await openDemo({ headless: true, speed: 2, colorScheme })
  // Mid-call: after the seller's company story, while its nudge is on screen.
  await demo.panel.getByText("five hundred customers", { exact: false }).first().waitFor({ timeout: 60_000 })
  await demo.panel
    .getByTestId("nudge")
    .first()
    .waitFor({ timeout: 30_000 })
    .catch(() => undefined)
  await demo.panel.screenshot({ path: join(outputDir, `sidepanel-${colorScheme}.png`) })
  if (forStore)
    await composeCallShot(
      demo.browser.context,
      demo.meeting,
      demo.panel,
      join(storeDir, "screenshot-call.png"),
    )
  await demo.done()
  await demo.leave()
  const popup = await demo.openPopup(400)
  await popup.screenshot({ path: join(outputDir, `popup-${colorScheme}.png`), fullPage: true })
  if (forStore) await composePopupShot(demo.browser.context, popup, join(storeDir, "screenshot-popup.png"))
  await demo.browser.close()
}

async function main(): Promise<void> {
  mkdirSync(outputDir, { recursive: true })
  mkdirSync(storeDir, { recursive: true })
  await shoot("light")
  await shoot("dark")
  console.log(`Screenshots written to ${outputDir} and ${storeDir}`)
}

main().catch((error: unknown) => {
  console.error(`screenshots failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
