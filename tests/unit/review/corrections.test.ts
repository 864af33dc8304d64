// Corrections of the coach: stored locally, one per line, exported in the development corpus's
// JSON Lines format (shared/data/oneup-dev/README.md), deletable.
import { describe, expect, it } from "vitest"
import {
  captionStyle,
  checkDraft,
  CORRECTIONS_KEY,
  correctionsJsonl,
  createCorrectionsStore,
  MAX_CORRECTIONS,
  normalizeCorrections,
  withCorrection,
  type Correction,
  type CorrectionDraft,
} from "../../../src/state/corrections"
import { createMemoryStore } from "../../../src/state/kv-store"

const draft = (overrides: Partial<CorrectionDraft> = {}): CorrectionDraft => ({
  callId: "call-1",
  utteranceId: "u3",
  self: true,
  text: "let me show you the product, feature X is unique to us",
  coach: { verdict: "down", principle: "counsel", rule: "counsel-feature-pitch" },
  gold: "neutral",
  principle: null,
  why: "",
  ...overrides,
})

function setup() {
  const store = createMemoryStore()
  let clock = 1_000
  let id = 0
  const corrections = createCorrectionsStore(
    store,
    () => (clock += 1000),
    () => `id${++id}`,
  )
  return { store, corrections }
}

describe("corrections store", () => {
  it("adds corrections newest first, replacing an earlier correction of the same line", async () => {
    const { corrections } = setup()
    await corrections.add(draft())
    await corrections.add(draft({ utteranceId: "u9", text: "We were founded in 2009." }))
    await corrections.add(draft({ gold: "up", principle: "counsel", why: "this was advice" }))
    const list = await corrections.list()
    expect(list.map((c) => [c.id, c.utteranceId, c.gold])).toEqual([
      ["c-id3", "u3", "up"],
      ["c-id2", "u9", "neutral"],
    ])
    expect(list[0]?.createdAt).toBe(4_000)
  })

  it("keeps every rehearsal correction (no line id to replace by)", async () => {
    const { corrections } = setup()
    await corrections.add(draft({ callId: null, utteranceId: null }))
    await corrections.add(draft({ callId: null, utteranceId: null }))
    expect(await corrections.list()).toHaveLength(2)
  })

  it("deletes one, then all", async () => {
    const { corrections, store } = setup()
    const first = await corrections.add(draft())
    await corrections.add(draft({ utteranceId: "u4" }))
    await corrections.remove(first.id)
    expect((await corrections.list()).map((c) => c.utteranceId)).toEqual(["u4"])
    await corrections.clear()
    expect(await corrections.list()).toEqual([])
    expect(store.data.has(CORRECTIONS_KEY)).toBe(false)
  })

  it("refuses a One-Up or One-Down correction without a principle, and an empty line", async () => {
    const { corrections } = setup()
    await expect(corrections.add(draft({ gold: "up", principle: null }))).rejects.toThrow(
      "Pick the principle",
    )
    await expect(corrections.add(draft({ text: "   " }))).rejects.toThrow("no line")
    expect(await corrections.list()).toEqual([])
  })

  it("drops a principle given with neutral and tidies the reason", () => {
    const checked = checkDraft(draft({ gold: "neutral", principle: "counsel", why: "  just   logistics \n" }))
    expect(checked).toEqual({
      ok: true,
      draft: expect.objectContaining({ principle: null, why: "just logistics" }),
    })
  })

  it("keeps at most MAX_CORRECTIONS, dropping the oldest", () => {
    let list: Correction[] = []
    for (let i = 0; i < MAX_CORRECTIONS + 5; i++) {
      list = withCorrection(list, { ...draft({ utteranceId: `u${i}` }), id: `c${i}`, createdAt: i })
    }
    expect(list).toHaveLength(MAX_CORRECTIONS)
    expect(list[0]?.id).toBe(`c${MAX_CORRECTIONS + 4}`)
    expect(list.some((c) => c.id === "c0")).toBe(false)
  })

  it("ignores stored records that are not corrections", () => {
    const good: Correction = { ...draft(), id: "c1", createdAt: 1 }
    expect(normalizeCorrections([good, { id: "x" }, null, { ...good, gold: "maybe" }])).toEqual([good])
    expect(normalizeCorrections("nope")).toEqual([])
  })
})

describe("export as JSON Lines", () => {
  it("writes one corpus line per correction, oldest first, with exactly the corpus fields", async () => {
    const { corrections } = setup()
    await corrections.add(draft({ gold: "up", principle: "counsel", why: "I gave advice" }))
    await corrections.add(
      draft({ utteranceId: "u7", text: "Sure, I can do Tuesday.", gold: "neutral", why: "logistics" }),
    )
    const lines = correctionsJsonl(await corrections.list())
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines.map((line) => Object.keys(line))).toEqual([
      ["id", "self", "speaker", "text", "gold", "principle", "style", "why"],
      ["id", "self", "speaker", "text", "gold", "principle", "style", "why"],
    ])
    expect(lines).toEqual([
      {
        id: "c-id1",
        self: true,
        speaker: "You",
        text: "let me show you the product, feature X is unique to us",
        gold: "up",
        principle: "counsel",
        style: "caption-punct",
        why: "I gave advice",
      },
      {
        id: "c-id2",
        self: true,
        speaker: "You",
        text: "Sure, I can do Tuesday.",
        gold: "neutral",
        principle: null,
        style: "caption-punct",
        why: "",
      },
    ])
  })

  it("exports a client line as the corpus has them: neutral, no principle, no name", () => {
    const client: Correction = {
      ...draft({ self: false, gold: "down", principle: "counsel" }),
      id: "c9",
      createdAt: 1,
    }
    expect(JSON.parse(correctionsJsonl([client]))).toMatchObject({
      speaker: "Client",
      self: false,
      gold: "neutral",
      principle: null,
    })
  })

  it("names the caption style from the text", () => {
    expect(captionStyle("so um we were founded in 2009 and")).toBe("caption-lower")
    expect(captionStyle("So we were founded in 2009.")).toBe("caption-punct")
    expect(captionStyle("so we were founded, right")).toBe("caption-punct")
  })

  it("is empty for no corrections", () => {
    expect(correctionsJsonl([])).toBe("")
  })
})
