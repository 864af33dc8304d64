/**
 * Each platform adapter against the fixture pages of its DOM eras, in happy-dom: the selectors
 * work per era, the page's own signals (in call, captions on, self name, title) are read, and an
 * unknown caption structure is not mistaken for captions. Layout-forcing APIs throw in these
 * pages (fixture-page.ts), so passing also proves the adapters never force a layout.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { PlatformAdapter } from "../../../src/capture/platforms/adapter"
import { adapterForUrl } from "../../../src/capture/platforms"
import { createMeetAdapter } from "../../../src/capture/platforms/meet/adapter"
import { MEET_BLOCK_ERAS } from "../../../src/capture/platforms/meet/selectors"
import { createTeamsAdapter } from "../../../src/capture/platforms/teams/adapter"
import { createZoomAdapter } from "../../../src/capture/platforms/zoom/adapter"
import { avatarKeyOfImage } from "../../../src/capture/platforms/zoom/speakers"
import { openFixture, type FixturePage } from "./fixture-page"

const SPEED = 50

interface Opened {
  page: FixturePage
  adapter: PlatformAdapter
  /** The document holding the meeting UI (Zoom: the iframe's). */
  doc: Document
}

async function open(folder: string, url: string): Promise<Opened> {
  const page = await openFixture(folder, `${url}?speed=${SPEED}`)
  const adapter = adapterForUrl(url)
  if (!adapter) throw new Error(`no adapter for ${url}`)
  return { page, adapter, doc: adapter.meetingDocument(page.document) }
}

function visible(opened: Opened) {
  const root = opened.adapter.findCaptionRoot(opened.doc)
  if (!root) throw new Error("no caption root")
  return { root, blocks: opened.adapter.readBlocks(root, opened.doc) }
}

describe.each([
  { folder: "meet-2026", url: "https://meet.google.com/abc-defg-hij", you: "You" },
  { folder: "meet-de-2026", url: "https://meet.google.com/dez-abcd-xyz", you: "Du" },
  { folder: "meet-2024-spans", url: "https://meet.google.com/spn-abcd-xyz", you: "You" },
  { folder: "meet-pre-nov-2024", url: "https://meet.google.com/old-abcd-xyz", you: "You" },
])("Meet adapter on $folder", ({ folder, url, you }) => {
  let opened: Opened
  beforeAll(async () => {
    opened = await open(folder, url)
  })
  afterAll(() => opened.page.close())

  it("sees a call with captions off and no caption region before captions are turned on", () => {
    const { adapter, doc } = opened
    expect(adapter.inCall(doc)).toBe(true)
    expect(adapter.captionsOn(doc)).toBe(false)
    expect(adapter.captionsButton(doc)?.getAttribute("aria-pressed")).toBe("false")
    expect(adapter.findCaptionRoot(doc)).toBeNull()
    expect(adapter.selfName(doc)).toBe("Sam Rivera")
    expect(adapter.meetingTitle(doc)).toBe("Northwind × Acme — discovery call")
  })

  it("finds the region by structure, skips its controls, and reads the last turns with 'You' marked", async () => {
    await opened.page.fixture.start()
    const { root, blocks } = visible(opened)
    expect(root.era).toBe("meet-structure")
    expect(root.element.getAttribute("role")).toBe("region")
    expect(opened.adapter.captionsOn(opened.doc)).toBe(true)
    const expected = opened.page.fixture.expected.slice(-4)
    expect(blocks.map(({ speaker, text }) => ({ speaker, text }))).toEqual(
      expected.map(({ speaker, text }) => ({ speaker, text })),
    )
    expect(blocks.map((block) => block.self)).toEqual(
      expected.map((line) => (line.speaker === you ? true : null)),
    )
    expect(new Set(blocks.map((block) => block.key)).size).toBe(blocks.length)
    expect(opened.adapter.readBlocks(root, opened.doc).map((block) => block.key)).toEqual(
      blocks.map((block) => block.key),
    )
  })

  it("reads the same blocks through the class names of its own dated era", () => {
    const { root, blocks } = visible(opened)
    const era = MEET_BLOCK_ERAS.find(
      (candidate) => candidate.era === folder.replace("meet-de-2026", "meet-2026"),
    )
    if (!era) throw new Error(`no class era for ${folder}`)
    const byClass = opened.adapter.readBlocks({ element: root.element, era: era.era }, opened.doc)
    expect(byClass.map(({ speaker, text }) => ({ speaker, text }))).toEqual(
      blocks.map(({ speaker, text }) => ({ speaker, text })),
    )
  })
})

describe("Meet adapter on an unknown caption structure", () => {
  let opened: Opened
  beforeAll(async () => {
    opened = await open("unknown-structure", "https://meet.google.com/unk-nown-xyz")
  })
  afterAll(() => opened.page.close())

  it("finds no caption root although captions are on and text is shown", async () => {
    await opened.page.fixture.start()
    const { adapter, doc } = opened
    expect(adapter.inCall(doc)).toBe(true)
    expect(adapter.captionsOn(doc)).toBe(true)
    expect(adapter.findCaptionRoot(doc)).toBeNull()
    expect(doc.body.textContent).toContain("We'd need sign-off from finance")
  })
})

describe.each([
  { folder: "zoom-2026", era: "zoom-2026", priya: "Participant 1" },
  { folder: "zoom-2024-box", era: "zoom-2024-box", priya: "Priya Shah" },
])("Zoom adapter on $folder", ({ folder, era, priya }) => {
  let opened: Opened
  beforeAll(async () => {
    opened = await open(folder, "https://app.zoom.us/wc/123/join")
  })
  afterAll(() => opened.page.close())

  it("reaches into the same-origin meeting frame", () => {
    const { adapter, doc, page } = opened
    expect(doc).not.toBe(page.document)
    expect(doc.querySelector(".footer__leave-btn-container")).not.toBeNull()
    expect(adapter.inCall(page.document)).toBe(false)
    expect(adapter.inCall(doc)).toBe(true)
    expect(adapter.captionsOn(doc)).toBe(false)
    expect(adapter.captionsButton(doc)?.getAttribute("aria-label")).toBe("Show Captions")
    expect(adapter.findCaptionRoot(doc)).toBeNull()
    expect(adapter.selfName(doc)).toBe("Sam Rivera")
    expect(adapter.meetingTitle(doc)).toBeNull()
  })

  it("labels rows by avatar: names from the page, the user marked, others labelled stably", async () => {
    const { adapter, doc } = opened
    const seen = new Map<string, { speaker: string; self: boolean | null }>()
    const sample = () => {
      const root = adapter.findCaptionRoot(doc)
      if (!root) return
      expect(root.era).toBe(era)
      for (const block of adapter.readBlocks(root, doc))
        seen.set(block.speaker, { speaker: block.speaker, self: block.self })
    }
    const timer = setInterval(sample, 5)
    await opened.page.fixture.start()
    clearInterval(timer)
    sample()
    const speakers = [...seen.values()].sort((a, b) => a.speaker.localeCompare(b.speaker))
    expect(speakers).toEqual(
      [
        { speaker: "Dana Lee", self: null },
        { speaker: priya, self: null },
        { speaker: "Sam Rivera", self: true },
      ].sort((a, b) => a.speaker.localeCompare(b.speaker)),
    )
    const { blocks } = visible(opened)
    const last = opened.page.fixture.expected.at(-1)
    expect(blocks.at(-1)?.speaker).toBe(last?.speaker)
    expect(last?.text.endsWith(blocks.at(-1)?.text ?? "?")).toBe(true)
  })
})

describe("Teams adapter on teams-2026", () => {
  let opened: Opened
  beforeAll(async () => {
    opened = await open("teams-2026", "https://teams.microsoft.com/v2/")
  })
  afterAll(() => opened.page.close())

  it("sees the call, and no captions button while the More menu is closed", () => {
    const { adapter, doc } = opened
    expect(adapter.inCall(doc)).toBe(true)
    expect(adapter.captionsButton(doc)).toBeNull()
    expect(adapter.captionsOn(doc)).toBeNull()
    expect(adapter.findCaptionRoot(doc)).toBeNull()
    expect(adapter.selfName(doc)).toBe("Sam Rivera")
    expect(adapter.meetingTitle(doc)).toBe("Northwind × Acme — discovery call")
  })

  it("reads the mounted items of the virtual list by data-tid", async () => {
    await opened.page.fixture.start()
    const { root, blocks } = visible(opened)
    expect(root.era).toBe("teams-2026")
    expect(root.element.getAttribute("data-tid")).toBe("closed-caption-v2-virtual-list-content")
    const expected = opened.page.fixture.expected.slice(-5)
    expect(blocks.map(({ speaker, text }) => ({ speaker, text }))).toEqual(
      expected.map(({ speaker, text }) => ({ speaker, text })),
    )
    expect(blocks.every((block) => block.self === null)).toBe(true)
  })

  it("runs with layout-forcing APIs poisoned (the guard these tests rely on works)", () => {
    expect(() => (opened.doc.body as HTMLElement).innerText).toThrow(/forced a layout/)
    expect(() => opened.doc.body.getBoundingClientRect()).toThrow(/forced a layout/)
  })
})

describe("adapterForUrl and meeting codes", () => {
  it.each([
    ["https://meet.google.com/abc-defg-hij", "meet", "abc-defg-hij"],
    ["https://meet.google.com/abc-defg-hij?authuser=1", "meet", "abc-defg-hij"],
    ["https://app.zoom.us/wc/8812345678/join", "zoom", "8812345678"],
    ["https://us06web.zoom.us/wc/8812345678/start", "zoom", "8812345678"],
    ["https://teams.microsoft.com/v2/", "teams", null],
    ["https://teams.live.com/v2/", "teams", null],
    ["https://teams.cloud.microsoft/v2/", "teams", null],
    [
      "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ%40thread.v2/0",
      "teams",
      "19:meeting_NzQ@thread.v2",
    ],
  ])("%s is a %s meeting page", (url, platform, code) => {
    const adapter = adapterForUrl(url)
    expect(adapter?.platform).toBe(platform)
    expect(adapter?.meetingCode(url)).toBe(code)
  })

  it.each([
    "https://meet.google.com/",
    "https://meet.google.com/landing",
    "https://zoom.us/pricing",
    "https://app.zoom.us/wc/home",
    "https://teams.microsoft.com.evil.example/v2/",
    "https://example.com/meet.google.com/abc-defg-hij",
  ])("%s is not a meeting page", (url) => {
    expect(adapterForUrl(url)).toBeNull()
  })

  it("keys Zoom avatar photos without the size query Zoom varies", () => {
    expect(avatarKeyOfImage("https://us05images.zoom.us/p/v2/abc/def.png?size=40")).toBe(
      avatarKeyOfImage("https://us05images.zoom.us/p/v2/abc/def.png"),
    )
  })

  it("creates independent adapters", () => {
    expect(createMeetAdapter().platform).toBe("meet")
    expect(createZoomAdapter().rollingWindow).toBe(true)
    expect(createTeamsAdapter().rollingWindow).toBe(false)
  })
})
