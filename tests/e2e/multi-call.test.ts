// Three meeting tabs in calls at once, on three meeting codes, talking at the same time: each
// gets its own call in storage holding only its own lines, and ending one ends only that one.
import type { Page } from "playwright-core"
import { afterEach, describe, expect, it } from "vitest"
import type { CallIndexEntry, CallMeta, LiveUtterance } from "../../src/session/call-types"
import { STORAGE_KEYS } from "../../src/state/storage-keys"
import { launchExtension, type ExtensionBrowser } from "../helpers/extension"
import { recordFigure } from "../helpers/figures"
import { say, startFixture } from "../helpers/fixture-page"
import { waitFor } from "../helpers/panel"

const SAY = { "https://meet.google.com/": "meet-2026-say" }

/** Each meeting's lines: words no other meeting uses, so any crossing over shows. */
const MEETINGS = [
  {
    code: "say-abcd-xyz",
    marker: "alpha",
    lines: [
      ["You", "how are the alpha warehouse handoffs going this week"],
      ["Dana Lee", "the alpha warehouse keeps missing the evening trucks"],
      ["You", "what does a missed alpha truck cost you"],
      ["Dana Lee", "about two alpha pallets a night sit on the dock"],
    ],
  },
  {
    code: "say-efgh-xyz",
    marker: "bravo",
    lines: [
      ["Dana Lee", "our bravo finance team closes the books on friday"],
      ["You", "who signs off on bravo invoices before that"],
      ["Dana Lee", "the bravo controller and nobody else"],
      ["You", "so every bravo invoice waits for one person"],
    ],
  },
  {
    code: "say-ijkl-xyz",
    marker: "charlie",
    lines: [
      ["You", "tell me how charlie dispatch plans the routes today"],
      ["Dana Lee", "charlie dispatch still uses a shared spreadsheet"],
      ["You", "how often does the charlie spreadsheet get out of date"],
      ["Dana Lee", "every charlie shift change it is wrong for an hour"],
    ],
  },
] as const

/** The fixture's final form of a line: first letter capitalised, a full stop added. */
function finalForm(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

interface StoredCall {
  meta: CallMeta
  utterances: LiveUtterance[]
}

async function storedCalls(browser: ExtensionBrowser): Promise<StoredCall[]> {
  const index =
    ((await browser.readStorage([STORAGE_KEYS.callIndex]))[STORAGE_KEYS.callIndex] as
      CallIndexEntry[] | undefined) ?? []
  const metaKeys = index.map((entry) => STORAGE_KEYS.callMeta(entry.callId))
  const metas = await browser.readStorage(metaKeys)
  const calls: StoredCall[] = []
  for (const key of metaKeys) {
    const meta = metas[key] as CallMeta | undefined
    if (!meta) continue
    const chunkKeys = Array.from({ length: meta.chunkCount }, (_, chunk) =>
      STORAGE_KEYS.callChunk(meta.callId, chunk),
    )
    const chunks = chunkKeys.length > 0 ? await browser.readStorage(chunkKeys) : {}
    calls.push({
      meta,
      utterances: chunkKeys.flatMap((chunkKey) => (chunks[chunkKey] as LiveUtterance[]) ?? []),
    })
  }
  return calls
}

function callOf(calls: readonly StoredCall[], code: string): StoredCall | undefined {
  return calls.find((call) => call.meta.callId.includes(code))
}

const lines = (call: StoredCall | undefined) =>
  (call?.utterances ?? []).map(({ speaker, self, text }) => ({ speaker, self, text }))

describe("three calls at once", () => {
  let browser: ExtensionBrowser
  afterEach(async () => browser?.close())

  it("keeps each tab's call to itself, and ending one ends only that one", async () => {
    browser = await launchExtension({ fixtures: SAY })
    await browser.setSettings({ autoEnableCaptions: false })
    const pages: Page[] = []
    for (const meeting of MEETINGS) {
      const page = await browser.openMeeting(`https://meet.google.com/${meeting.code}`)
      await startFixture(page)
      pages.push(page)
    }

    // All three talk at the same time, line by line.
    await Promise.all(
      MEETINGS.map(async (meeting, index) => {
        const page = pages[index] as Page
        for (const [speaker, text] of meeting.lines) await say(page, speaker, text)
      }),
    )
    const expected = MEETINGS.map((meeting) =>
      meeting.lines.map(([speaker, text]) => ({ speaker, self: speaker === "You", text: finalForm(text) })),
    )
    const calls = await waitFor(
      () => storedCalls(browser),
      (list) =>
        MEETINGS.every(
          (meeting, index) =>
            JSON.stringify(lines(callOf(list, meeting.code))) === JSON.stringify(expected[index]) &&
            callOf(list, meeting.code)?.utterances.every((utterance) => utterance.final),
        ),
      30_000,
    )
    expect(calls).toHaveLength(3)
    MEETINGS.forEach((meeting, index) => {
      const call = callOf(calls, meeting.code)
      expect(call, meeting.code).toBeDefined()
      expect(lines(call)).toEqual(expected[index])
      expect(call?.utterances.every((utterance) => utterance.id.startsWith(`${call.meta.callId}:`))).toBe(
        true,
      )
      expect(call?.meta.endedAt).toBeNull()
    })
    expect(new Set(calls.map((call) => call.meta.tabId)).size).toBe(3)
    // No line of one meeting in another's call.
    const crossed = MEETINGS.flatMap((meeting) =>
      (callOf(calls, meeting.code)?.utterances ?? []).filter((utterance) =>
        MEETINGS.some((other) => other !== meeting && utterance.text.toLowerCase().includes(other.marker)),
      ),
    )
    expect(crossed).toEqual([])

    // Closing the second tab ends its call only; the others keep capturing.
    await (pages[1] as Page).close()
    const afterClose = await waitFor(
      () => storedCalls(browser),
      (list) => callOf(list, "say-efgh-xyz")?.meta.endedAt != null,
    )
    expect(callOf(afterClose, "say-efgh-xyz")?.meta.endReason).toBe("tab-closed")
    expect(callOf(afterClose, "say-abcd-xyz")?.meta.endedAt).toBeNull()
    expect(callOf(afterClose, "say-ijkl-xyz")?.meta.endedAt).toBeNull()

    await say(pages[0] as Page, "You", "one more alpha question before we wrap up")
    const later = await waitFor(
      () => storedCalls(browser),
      (list) => callOf(list, "say-abcd-xyz")?.utterances.at(4)?.final === true,
    )
    expect(lines(callOf(later, "say-abcd-xyz")).at(-1)?.text).toBe(
      "One more alpha question before we wrap up.",
    )
    expect(lines(callOf(later, "say-efgh-xyz"))).toEqual(expected[1])
    expect(lines(callOf(later, "say-ijkl-xyz"))).toEqual(expected[2])

    const total = later.reduce((sum, call) => sum + call.utterances.length, 0)
    recordFigure(
      "multi-call.isolation",
      "Three Meet tabs in calls at once, talking at the same time",
      `3 separate calls, ${total} utterances, ${crossed.length} crossed over; closing one tab ended only its call`,
    )
  })
})
