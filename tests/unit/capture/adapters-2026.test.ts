/**
 * The adapters on the 2026 shapes (fixtures zoom-2026-overlay, teams-2026-toggle, meet-2026-live,
 * and small hand-written DOMs of the same shapes): caption state from each platform's own toggle,
 * never from a wrapper that exists either way; in-call from any leave control; rows read as the
 * page shows them. Layout APIs throw in these pages (fixture-page.ts).
 */
import { Window } from "happy-dom"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import type { PlatformAdapter } from "../../../src/capture/platforms/adapter"
import { adapterForUrl } from "../../../src/capture/platforms"
import { createMeetAdapter } from "../../../src/capture/platforms/meet/adapter"
import { MEET_BLOCK_ERAS } from "../../../src/capture/platforms/meet/selectors"
import { createTeamsAdapter, teamsToggleState } from "../../../src/capture/platforms/teams/adapter"
import { createZoomAdapter } from "../../../src/capture/platforms/zoom/adapter"
import { parseParticipantLabel } from "../../../src/capture/platforms/zoom/speakers"
import { openFixture, type FixturePage } from "./fixture-page"

const SPEED = 50
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

interface Opened {
  page: FixturePage
  adapter: PlatformAdapter
  doc: Document
}

async function open(folder: string, url: string): Promise<Opened> {
  const separator = url.includes("?") ? "&" : "?"
  const page = await openFixture(folder, `${url}${separator}speed=${SPEED}`)
  const adapter = adapterForUrl(url)
  if (!adapter) throw new Error(`no adapter for ${url}`)
  return { page, adapter, doc: adapter.meetingDocument(page.document) }
}

function shown({ adapter, doc }: Opened) {
  const root = adapter.findCaptionRoot(doc)
  if (!root) throw new Error("no caption root")
  return { root, blocks: adapter.readBlocks(root, doc) }
}

describe("Zoom 2026 overlay (zoom-2026-overlay)", () => {
  let opened: Opened
  beforeAll(async () => {
    opened = await open("zoom-2026-overlay", "https://acme.zoom.us/wc/4455/join")
  })
  afterAll(() => opened.page.close())

  it("reads captions as off although the subtitle wrapper and the captions control are in the page", () => {
    const { adapter, doc } = opened
    expect(doc.querySelector(".lt-subtitle-wrap")).not.toBeNull()
    expect(doc.querySelector('#captions[data-feature-type="captions"]')).not.toBeNull()
    expect(adapter.inCall(doc)).toBe(true)
    expect(adapter.captionsOn(doc)).toBe(false)
    expect(adapter.findCaptionRoot(doc)).toBeNull()
    // The toggle, not the captions control's menu button.
    const step = adapter.captionsEnableStep(doc)
    expect(step?.toggle).toBe(true)
    expect(step?.element.getAttribute("aria-label")).toBe("Show Captions")
    expect(adapter.selfName(doc)).toBe("Sam Rivera")
    expect(adapter.endScreen(doc)).toBe(false)
  })

  it("reads only the rows Zoom shows, each turn's own row, with the user marked from the participants list", async () => {
    const { adapter, doc, page } = opened
    const speakers = new Map<string, boolean | null>()
    const counts: number[] = []
    const timer = setInterval(() => {
      const root = adapter.findCaptionRoot(doc)
      if (!root) return
      const blocks = adapter.readBlocks(root, doc)
      counts.push(blocks.length)
      for (const block of blocks) speakers.set(block.speaker, block.self)
    }, 2)
    await page.fixture.start()
    clearInterval(timer)
    expect(adapter.captionsOn(doc)).toBe(true)
    expect(adapter.captionsEnableStep(doc)).toBeNull()
    expect([...speakers].sort()).toEqual([
      ["Dana Lee", null],
      ["Participant 1", null],
      ["Sam Rivera", true],
    ])
    // Old rows stay mounted, hidden: many rows in the page, never more than two read.
    const { blocks, root } = shown(opened)
    expect(root.element.querySelectorAll('[id="live-transcription-subtitle"]').length).toBeGreaterThan(5)
    expect(Math.max(...counts)).toBeLessThanOrEqual(2)
    expect(blocks.map((block) => block.speaker)).toEqual(["Dana Lee", "Sam Rivera"])
    expect(blocks[0]?.text.endsWith("Let's set up a call with them next week.")).toBe(true)
    expect(adapter.hasUnreadCaptions(root, [])).toBe(false)
  })

  it("ends on Zoom's own end screen", () => {
    opened.page.fixture.leave()
    expect(opened.adapter.inCall(opened.doc)).toBe(false)
    expect(opened.adapter.endScreen(opened.doc)).toBe(true)
  })
})

describe("Zoom overlay on small DOMs of the 2026-08 captures", () => {
  let window: Window | null = null
  afterEach(async () => {
    await window?.happyDOM.close()
    window = null
  })

  function page(body: string): Document {
    window = new Window({ url: "https://app.zoom.us/wc/1/join" })
    window.document.body.innerHTML = body
    return window.document as unknown as Document
  }

  const control = (label: string) => `<div id="captions" data-feature-type="captions">
      <button aria-label="${label}"><span>${label}</span></button>
      <button aria-label="More options for captions, menu button"></button></div>`
  const row = (avatar: string, text: string, style = "display: flex") =>
    `<div id="live-transcription-subtitle" style="${style}"><img class="zmu-data-selector-item__icon" src="https://example.invalid/${avatar}.png" alt="" /><span class="live-transcription-subtitle__item">${text}</span></div>`
  const overlay = (rows: string) => `<div class="live-transcription-subtitle__overlay-container">
      <div class="live-transcription-subtitle__frame"><button aria-label="Caption Language"></button>
      <div class="live-transcription-subtitle__content">${rows}</div></div></div>`

  it("tells off from on by the toggle, not by the wrapper", () => {
    const zoom = createZoomAdapter()
    expect(zoom.captionsOn(page(`${control("Show Captions")}<div class="lt-subtitle-wrap"></div>`))).toBe(
      false,
    )
    expect(
      zoom.captionsOn(page(`${control("Hide Captions")}${overlay("")}<div class="lt-subtitle-wrap"></div>`)),
    ).toBe(true)
    expect(zoom.captionsOn(page(`${control("Скрыть субтитры")}`))).toBe(true)
    // No toggle label it knows: the overlay, which exists only while on, still says on.
    expect(zoom.captionsOn(page(`<div id="captions"><button>CC</button></div>${overlay("")}`))).toBe(true)
    expect(
      zoom.captionsOn(
        page(`<div id="captions"><button>CC</button></div><div class="lt-subtitle-wrap"></div>`),
      ),
    ).toBe(null)
  })

  it("reads shown rows only, keys each row element, and resolves glued layers", () => {
    const zoom = createZoomAdapter()
    const doc = page(
      control("Hide Captions") +
        overlay(
          row("b", "Bravo replies.") +
            row(
              "a",
              "Alpha begins. A stale continuation.Alpha begins. A stale continuation overlaps the next layer.",
            ) +
            row("a", "An old turn that Zoom hid.", "display: none"),
        ),
    )
    const root = zoom.findCaptionRoot(doc)
    if (!root) throw new Error("no root")
    const blocks = zoom.readBlocks(root, doc)
    expect(blocks.map((block) => [block.speaker, block.text])).toEqual([
      ["Participant 1", "Bravo replies."],
      ["Participant 2", "Alpha begins. A stale continuation overlaps the next layer."],
    ])
    expect(new Set(blocks.map((block) => block.key)).size).toBe(2)
  })

  it("flags text outside any row, but not the text of hidden rows", () => {
    const zoom = createZoomAdapter()
    const hidden = page(
      control("Hide Captions") + overlay(row("a", "An old turn that Zoom hid.", "display: none")),
    )
    const hiddenRoot = zoom.findCaptionRoot(hidden)
    if (!hiddenRoot) throw new Error("no root")
    expect(zoom.readBlocks(hiddenRoot, hidden)).toEqual([])
    expect(zoom.hasUnreadCaptions(hiddenRoot, [])).toBe(false)
    const unknown = page(control("Hide Captions") + overlay("<p>Dana: orders sit for a day</p>"))
    const unknownRoot = zoom.findCaptionRoot(unknown)
    if (!unknownRoot) throw new Error("no root")
    expect(zoom.hasUnreadCaptions(unknownRoot, [])).toBe(true)
  })

  it.each([
    ["Sam Rivera (Host, Me),computer audio unmuted,video on", { name: "Sam Rivera", roles: "Host, Me" }],
    ["Dana Lee,computer audio muted,video off", { name: "Dana Lee", roles: "" }],
    ["Priya Shah (Co-host)", { name: "Priya Shah", roles: "Co-host" }],
    ["", null],
  ])("reads the participant entry %j", (label, parsed) => {
    expect(parseParticipantLabel(label)).toEqual(parsed)
  })
})

describe("Teams 2026 toggle and leave controls (teams-2026-toggle)", () => {
  let opened: Opened
  beforeAll(async () => {
    opened = await open("teams-2026-toggle", "https://teams.live.com/v2/")
  })
  afterAll(() => opened.page.close())

  it("is in a call with no #hangup-button, and reads captions off from the pinned toggle's data-tid", () => {
    const { adapter, doc } = opened
    expect(doc.querySelector("#hangup-button")).toBeNull()
    expect(adapter.inCall(doc)).toBe(true)
    expect(adapter.captionsOn(doc)).toBe(false)
    const step = adapter.captionsEnableStep(doc)
    expect(step).toMatchObject({ toggle: true })
    expect(step?.element.getAttribute("data-tid")).toBe("closed-captions-button-off")
  })

  it("reads on from the toggle once captions run, and the 2026 list items", async () => {
    const { adapter, doc, page } = opened
    await page.fixture.start()
    expect(doc.querySelector("#closed-captions-button")?.getAttribute("data-tid")).toBe(
      "closed-captions-button-on",
    )
    expect(adapter.captionsOn(doc)).toBe(true)
    expect(adapter.captionsEnableStep(doc)).toBeNull()
    const { blocks } = shown(opened)
    const expected = page.fixture.expected.slice(-5)
    expect(blocks.map(({ speaker, text }) => ({ speaker, text }))).toEqual(
      expected.map(({ speaker, text }) => ({ speaker, text })),
    )
  })

  it("is not in a call once the leave control and captions are gone", () => {
    opened.page.fixture.leave()
    expect(opened.adapter.inCall(opened.doc)).toBe(false)
  })
})

describe("Teams guests (teams-2026-toggle?variant=guest)", () => {
  let opened: Opened
  beforeAll(async () => {
    opened = await open(
      "teams-2026-toggle",
      "https://teams.microsoft.com/light-meetings/launch?variant=guest",
    )
  })
  afterAll(() => opened.page.close())

  it("is in a call by the guest's hang-up, and reaches the toggle through More › Language and speech", () => {
    const { adapter, doc } = opened
    expect(doc.querySelector('[data-tid="anon-hangup-button"]')).not.toBeNull()
    expect(adapter.inCall(doc)).toBe(true)
    expect(adapter.captionsOn(doc)).toBeNull()
    const path: string[] = []
    for (
      let step = adapter.captionsEnableStep(doc);
      step && path.length < 5;
      step = adapter.captionsEnableStep(doc)
    ) {
      path.push(step.element.id)
      step.element.click()
      if (step.toggle) break
    }
    expect(path).toEqual([
      "callingButtons-showMoreBtn",
      "LanguageSpeechMenuControl-id",
      "closed-captions-button",
    ])
    expect(opened.page.fixture.captionsOn).toBe(true)
    expect(adapter.captionsOn(doc)).toBe(true)
  })
})

describe("the Teams captions toggle's state", () => {
  it.each([
    ['<button id="closed-captions-button" data-tid="closed-captions-button-off">', false],
    ['<button id="closed-captions-button" data-tid="closed-captions-button-on">', true],
    ['<div id="closed-captions-button" role="menuitemcheckbox" aria-checked="true">', true],
    ['<div data-tid="closed-captions-button" aria-checked="false">', false],
    ['<div id="closed-captions-button">', null],
  ])("%s → %s", (markup, state) => {
    const window = new Window()
    window.document.body.innerHTML = `${markup}Captions</div>`
    const toggle = window.document.body.firstElementChild as unknown as Element
    expect(teamsToggleState(toggle)).toBe(state)
    void window.happyDOM.close()
  })

  it("counts every known leave control as being in a call", () => {
    const teams = createTeamsAdapter()
    for (const leave of [
      '<button id="hangup-button">',
      '<button data-tid="hangup-main-btn">',
      '<button data-tid="hangup-leave-button">',
      '<button data-tid="hangup-end-meeting-button">',
      '<button data-tid="anon-hangup-button">',
    ]) {
      const window = new Window({ url: "https://teams.microsoft.com/v2/" })
      window.document.body.innerHTML = `${leave}Leave</button>`
      expect(teams.inCall(window.document as unknown as Document)).toBe(true)
      void window.happyDOM.close()
    }
  })
})

describe("Meet live layout with renamed classes (meet-2026-live)", () => {
  let opened: Opened
  beforeAll(async () => {
    opened = await open("meet-2026-live", "https://meet.google.com/liv-abcd-xyz")
  })
  afterAll(() => opened.page.close())

  it("knows the user's name on the pre-join screen, before being admitted", () => {
    const { adapter, doc } = opened
    expect(doc.querySelector(".awLEm")).not.toBeNull()
    expect(adapter.inCall(doc)).toBe(false)
    expect(adapter.selfName(doc)).toBe("Sam Rivera")
  })

  it("once admitted: in call, captions off by the button's aria-pressed, the name from the people panel", async () => {
    const { adapter, doc } = opened
    await pause(100)
    expect(doc.querySelector(".awLEm")).toBeNull()
    expect(adapter.inCall(doc)).toBe(true)
    expect(adapter.captionsOn(doc)).toBe(false)
    expect(adapter.captionsEnableStep(doc)?.toggle).toBe(true)
    expect(adapter.selfName(doc)).toBe("Sam Rivera")
  })

  it("finds the region without tabindex and reads blocks by structure when no class name is known", async () => {
    const { adapter, doc, page } = opened
    await page.fixture.start()
    const { root, blocks } = shown(opened)
    expect(root.era).toBe("meet-structure")
    expect(root.element.getAttribute("role")).toBe("region")
    expect(root.element.hasAttribute("tabindex")).toBe(false)
    const expected = page.fixture.expected.slice(-4)
    expect(blocks.map(({ speaker, text, self }) => ({ speaker, text, self }))).toEqual(
      expected.map(({ speaker, text }) => ({ speaker, text, self: speaker === "You" ? true : null })),
    )
    // None of the class-name eras reads this page: the structural reader is what works.
    for (const era of MEET_BLOCK_ERAS)
      expect(adapter.readBlocks({ element: root.element, era: era.era }, doc)).toEqual([])
    expect(adapter.captionsOn(doc)).toBe(true)
  })

  it("ends on Meet's own end screen", () => {
    opened.page.fixture.leave()
    expect(opened.adapter.inCall(opened.doc)).toBe(false)
    expect(opened.adapter.endScreen(opened.doc)).toBe(true)
  })
})

describe("Meet block layouts on small DOMs", () => {
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

  const texts: Record<string, string> = { "text as one span per sentence": "Orders sit. For a day." }
  const trailing = '<div></div><div><button aria-label="Jump to bottom">Jump to bottom</button></div>'
  const layouts = {
    "text beside the avatar/name wrapper": `<div class="a1"><div class="b2"><img src="x"><div class="c3"><span>Dana Lee</span></div></div><div class="d4">Orders sit for a day.</div></div>`,
    "text inside the avatar/name wrapper": `<div class="a1"><div class="b2"><img src="x"><div class="c3"><span>Dana Lee</span></div><div class="d4">Orders sit for a day.</div></div></div>`,
    "avatar beside a wrapper with the name then the text": `<div class="a1"><img src="x"><div class="b2"><div class="c3"><span>Dana Lee</span></div><div class="d4">Orders sit for a day.</div></div></div>`,
    "text as one span per sentence": `<div class="a1"><div class="b2"><img src="x"><div class="c3">Dana Lee</div></div><div class="d4"><span>Orders sit.</span><span>For a day.</span></div></div>`,
  }

  it.each(Object.entries(layouts))(
    "reads a block with %s, and skips the spacer and Jump to bottom",
    (layout, block) => {
      const meet = createMeetAdapter()
      const doc = page(`<div role="region" aria-label="Captions">${block}${trailing}</div>`)
      const root = meet.findCaptionRoot(doc)
      if (!root) throw new Error("no root")
      const blocks = meet.readBlocks(root, doc)
      expect(blocks).toHaveLength(1)
      expect(blocks[0]?.speaker).toBe("Dana Lee")
      expect(blocks[0]?.text).toBe(texts[layout] ?? "Orders sit for a day.")
    },
  )

  it("finds the captions through the jsname wrapper when no role=region is there", () => {
    const meet = createMeetAdapter()
    const doc = page(
      `<div jsname="dsyhDe"><div class="q"><div>${layouts["text beside the avatar/name wrapper"]}${trailing}</div></div></div>`,
    )
    const root = meet.findCaptionRoot(doc)
    expect(root?.element.getAttribute("jsname")).toBe("dsyhDe")
    expect(root ? meet.readBlocks(root, doc).map((block) => block.speaker) : []).toEqual(["Dana Lee"])
  })

  it("prefers the labelled region inside the jsname wrapper, and recognises it empty by its label", () => {
    const meet = createMeetAdapter()
    const empty = page(
      `<div jsname="dsyhDe"><div role="region" aria-label="Untertitel">${trailing}</div></div>`,
    )
    expect(meet.findCaptionRoot(empty)?.element.getAttribute("aria-label")).toBe("Untertitel")
    const decoy = page(
      `<div jsname="dsyhDe"><div role="region" aria-label="Meeting controls">${trailing}</div></div>`,
    )
    expect(meet.findCaptionRoot(decoy)).toBeNull()
  })

  it("reads captions on or off from the button's icon when it has no aria-pressed", () => {
    const meet = createMeetAdapter()
    const off = page('<button><i aria-hidden="true">closed_caption_off</i></button>')
    expect(meet.captionsOn(off)).toBe(false)
    expect(meet.captionsEnableStep(off)?.toggle).toBe(true)
    const on = page('<button><i aria-hidden="true">closed_caption</i></button>')
    expect(meet.captionsOn(on)).toBe(true)
    expect(meet.captionsEnableStep(on)).toBeNull()
  })

  it("takes the user's name from a people-panel entry marked (You) in any language, never the marker", () => {
    const meet = createMeetAdapter()
    const doc = page(`<div role="list">
      <div role="listitem"><img src="x"><span>Dana Lee</span></div>
      <div role="listitem"><img src="x"><span>Sam Rivera</span><span>(Du)</span></div></div>`)
    expect(meet.selfName(doc)).toBe("Sam Rivera")
    expect(meet.selfName(page('<div role="listitem"><span>You</span><span>(You)</span></div>'))).toBeNull()
  })
})
