import { it, expect } from "vitest"
import { openFixture } from "../../tests/unit/capture/fixture-page"
import { startCaptureController, type CaptureWindow } from "../../src/capture/controller"
import { createMeetAdapter } from "../../src/capture/platforms/meet/adapter"
import type { UtteranceUpdate } from "../../src/capture/types"

it("meet-2026 end to end", async () => {
  const page = await openFixture("meet-2026", "https://meet.google.com/abc-defg-hij?speed=20")
  const updates: UtteranceUpdate[] = []
  const log: string[] = []
  const controller = startCaptureController({
    doc: page.document, win: page.window as unknown as CaptureWindow, adapter: createMeetAdapter(),
    settings: { myNames: [], autoEnableCaptions: true, notFoundAfterMs: 3000 },
    autoEnableDelayMs: 100,
    sink: { updates: (l) => updates.push(...l), status: (s) => log.push(`status ${s.state} ${s.detail}`), callStarted: (c) => log.push(`start ${c.callId} ${c.title}`), callEnded: (c) => log.push(`end ${c.reason}`) },
    onError: (e) => { throw e },
  })
  await page.fixture.done
  page.fixture.leave()
  await new Promise((r) => setTimeout(r, 2500))
  const latest = new Map<string, UtteranceUpdate>()
  for (const u of updates) latest.set(u.id, u)
  console.log(log.join("\n"))
  console.log([...latest.values()].map((u) => `${u.final} ${u.speaker}: ${u.text}`).join("\n"))
  expect([...latest.values()].map((u) => ({ speaker: u.speaker, self: u.self, text: u.text }))).toEqual(page.fixture.expected)
  controller.dispose()
  await page.close()
}, 60000)
