/**
 * Meet adapter edge cases on small hand-written DOMs (the fixture pages cover whole calls):
 * the lobby, an empty translated region, a block structure that changed, class-name fallback.
 */
import { Window } from "happy-dom"
import { afterEach, describe, expect, it } from "vitest"
import { createMeetAdapter } from "../../../src/capture/platforms/meet/adapter"

let window: Window | null = null
afterEach(async () => {
  await window?.happyDOM.close()
  window = null
})

function page(body: string): Document {
  window = new Window({ url: "https://meet.google.com/abc-defg-hij" })
  window.document.body.innerHTML = body
  return window.document as unknown as Document
}

const LEAVE = '<button aria-label="Leave call"><i aria-hidden="true">call_end</i></button>'
const CAPTIONS_ON =
  '<button aria-label="Turn off captions" aria-pressed="true"><i>closed_caption</i></button>'

describe("Meet adapter on small DOMs", () => {
  it("is not in a call in the lobby, where the leave button shows but the captions button does not", () => {
    const adapter = createMeetAdapter()
    expect(adapter.inCall(page(LEAVE))).toBe(false)
    expect(adapter.inCall(page(LEAVE + CAPTIONS_ON))).toBe(true)
  })

  it("recognises an empty caption region by its translated label, and no other region", () => {
    const adapter = createMeetAdapter()
    const doc = page(`
      <div role="region" tabindex="0" aria-label="Besprechungsdetails"><span>Details</span></div>
      <div role="region" tabindex="0" aria-label="Субтитры"><div><button>settings</button>English</div></div>`)
    expect(adapter.findCaptionRoot(doc)?.element.getAttribute("aria-label")).toBe("Субтитры")
    expect(
      adapter.findCaptionRoot(page('<div role="region" tabindex="0" aria-label="Meeting details"></div>')),
    ).toBeNull()
  })

  it("flags a known region whose blocks no reader understands", () => {
    const adapter = createMeetAdapter()
    const doc = page(`
      <div role="region" tabindex="0" aria-label="Captions">
        <div><button>settings</button>English</div>
        <div class="zz9"><b>Dana Lee</b><p>Orders sit for a day, sometimes two.</p></div>
      </div>`)
    const root = adapter.findCaptionRoot(doc)
    expect(root).not.toBeNull()
    if (!root) return
    const blocks = adapter.readBlocks(root, doc)
    expect(blocks).toEqual([])
    expect(adapter.hasUnreadCaptions(root, blocks)).toBe(true)
  })

  it("falls back to the era's class names when the structure changed (avatar gone)", () => {
    const adapter = createMeetAdapter()
    const doc = page(`
      <div role="region" tabindex="0" aria-label="Captions">
        <div class="nMcdL"><div class="KcIKyf"><span class="NWpY1d">Dana Lee</span></div><div class="ygicle VbkSUe">Pretty hectic.</div></div>
      </div>`)
    const root = adapter.findCaptionRoot(doc)
    expect(root?.era).toBe("meet-2026")
    if (!root) return
    expect(adapter.readBlocks(root, doc)).toMatchObject([
      { speaker: "Dana Lee", text: "Pretty hectic.", self: null },
    ])
  })

  it("reads the meeting title from the tab title when the page shows no title element", () => {
    const adapter = createMeetAdapter()
    const doc = page("")
    doc.title = "Meet – Weekly sync"
    expect(adapter.meetingTitle(doc)).toBe("Weekly sync")
    doc.title = "Google Meet"
    expect(adapter.meetingTitle(doc)).toBeNull()
  })
})
