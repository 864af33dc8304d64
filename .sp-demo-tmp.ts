// temporary (removed right after): live demo run against the built extension, screenshots to /tmp/sp-demo
import { readFileSync } from "node:fs"
import { extname, join } from "node:path"
import { launchWithExtension } from "./src/tools/launch"
const root = "/work/main"
const browser = await launchWithExtension(join(root, "build/chrome-mv3-prod"), true)
const { context, extensionId } = browser
await context.route((url) => url.protocol.startsWith("http"), async (route) => {
  const url = new URL(route.request().url())
  if (url.host !== "meet.google.com") return route.abort("blockedbyclient")
  const file = extname(url.pathname) === ".js" ? "demo-call.js" : "demo-call.html"
  await route.fulfill({ body: readFileSync(join(root, "src/demo", file)), headers: { "content-type": `${file.endsWith(".js") ? "text/javascript" : "text/html"}; charset=utf-8` } })
})
const panel = await context.newPage()
const errors: string[] = []
panel.on("pageerror", (e) => errors.push(e.message))
panel.on("console", (m) => { if (m.type() === "error") errors.push(m.text()) })
await panel.setViewportSize({ width: 360, height: 800 })
await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`)
await panel.waitForTimeout(800)
console.log("idle state:", await panel.getByTestId("capture-status").getAttribute("data-state"))
await panel.screenshot({ path: "/tmp/sp-demo/0-idle.png" })
const meeting = await context.newPage()
await meeting.goto("https://meet.google.com/demo-call-one?speed=3")
await meeting.evaluate(() => (window as unknown as { __demo: { start(): void } }).__demo.start())
const seen = new Set<string>()
for (let i = 0; i < 40; i++) {
  await panel.waitForTimeout(1000)
  const info = await panel.evaluate(() => ({
    state: document.querySelector('[data-testid="capture-status"]')?.getAttribute("data-state"),
    rows: document.querySelectorAll('[data-testid="utterance"]').length,
    nudges: [...document.querySelectorAll('[data-testid="nudge"]')].map((n) => `${n.getAttribute("data-principle")}/${n.getAttribute("data-polarity")}`),
    score: document.querySelector('[data-testid="metric-score"]')?.getAttribute("data-value"),
    talk: document.querySelector('[data-testid="metric-talk-ratio"]')?.getAttribute("data-value"),
    q: document.querySelector('[data-testid="metric-questions"]')?.getAttribute("data-value"),
    mono: document.querySelector('[data-testid="metric-monologue"]')?.getAttribute("data-value"),
    live: document.querySelector('[role="status"]')?.textContent?.slice(0, 60),
  }))
  console.log(i, JSON.stringify(info))
  for (const n of info.nudges) if (!seen.has(n)) { seen.add(n); await panel.screenshot({ path: `/tmp/sp-demo/nudge-${seen.size}.png` }) }
  if (i === 15) await panel.screenshot({ path: "/tmp/sp-demo/mid.png" })
}
await meeting.evaluate(() => (window as unknown as { __demo: { done: Promise<void> } }).__demo.done)
await meeting.getByRole("button", { name: "Leave call" }).click()
await meeting.close()
await panel.waitForTimeout(1500)
console.log("after leave:", await panel.getByTestId("capture-status").getAttribute("data-state"))
await panel.screenshot({ path: "/tmp/sp-demo/ended.png" })
console.log("errors:", errors)
await browser.close()
