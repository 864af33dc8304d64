/**
 * "This is me": the user names the seller in the side panel. The background reassigns every line
 * (the seller's become seller lines, everyone else's client lines), reclassifies the lines that
 * changed side with the classifier's public API, recomputes the metrics, keeps the choice for the
 * rest of the call, and remembers it per platform for the next calls.
 */
import { describe, expect, it } from "vitest"
import type { UtteranceUpdate } from "../../../src/capture/types"
import { createCoach, FEEDBACK_KEY } from "../../../src/background/coach"
import { ruleInfo } from "../../../src/background/rule-info"
import { createSellerMemory, SELLER_MEMORY_KEY } from "../../../src/background/seller-memory"
import { handleUiRequest, type UiRequestContext } from "../../../src/background/ui-requests"
import type { ContentToBackground } from "../../../src/messaging/contract"
import { parseUiMessage } from "../../../src/messaging/validate"
import { summarizeCall } from "../../../src/metrics/summary"
import { classifyUtterance } from "../../../src/nlp"
import type { CallMeta, LiveUtterance } from "../../../src/session/call-types"
import { isPlaceholderSpeaker, sameSpeaker } from "../../../src/session/seller"
import { SessionManager } from "../../../src/session/session-manager"
import { createMemoryStore } from "../../../src/state/kv-store"
import { STORAGE_KEYS } from "../../../src/state/storage-keys"

const origin = { tabId: 4, windowId: 2 }

function setup(store = createMemoryStore()) {
  let clock = 2_000_000
  const manager = new SessionManager({
    store,
    classify: (text, self) => classifyUtterance(text, { self }),
    summarize: (utterances) => summarizeCall(utterances),
    now: () => clock,
    flushIntervalMs: 5,
    sellerMemory: createSellerMemory(store),
  })
  return { store, manager, advance: (ms: number) => (clock += ms) }
}

function started(callId: string, platform: "zoom" | "teams" | "meet" = "zoom"): ContentToBackground {
  return { kind: "call-started", seq: 1, callId, platform, title: null, startedAt: 2_000_000 }
}

let seq = 10
function lines(
  callId: string,
  updates: Array<[id: string, speaker: string, text: string, pageSelf?: boolean]>,
) {
  return {
    kind: "utterances" as const,
    seq: seq++,
    callId,
    updates: updates.map(([id, speaker, text, pageSelf = false], index): UtteranceUpdate => ({
      callId,
      id,
      speaker,
      // What the page said about the speaker: by default, nothing marked the seller.
      self: pageSelf,
      text,
      start: index * 10,
      end: index * 10 + 8,
      revision: 1,
      final: true,
    })),
  }
}

async function send(manager: SessionManager, message: ContentToBackground) {
  await (
    await manager.handle(message, origin)
  ).persisted
}

/** A Zoom call "c1" in which these lines were said. */
async function callWith(said: Parameters<typeof lines>[1]) {
  const { manager, store } = setup()
  await send(manager, started("c1"))
  await send(manager, lines("c1", said))
  return { manager, store }
}

const COMPANY_STORY =
  "We were founded in 2009 and we're the leading provider of workflow automation with offices in Austin and Denver."
const CLIENT_PAIN = "Honestly the warehouse team keeps missing handoffs and orders sit for a day."

function stored(store: ReturnType<typeof createMemoryStore>, callId: string) {
  return {
    meta: store.data.get(STORAGE_KEYS.callMeta(callId)) as CallMeta,
    utterances: store.data.get(STORAGE_KEYS.callChunk(callId, 0)) as LiveUtterance[],
  }
}

describe("this is me", () => {
  it("makes the chosen speaker the seller: lines reassigned and reclassified, talk ratio recomputed", async () => {
    const { manager, store } = await callWith([
      ["u1", "Participant 2", CLIENT_PAIN],
      ["u2", "Sam Rivera", COMPANY_STORY],
    ])
    const before = stored(store, "c1")
    expect(before.utterances.map((line) => [line.self, line.verdict])).toEqual([
      [false, "neutral"],
      [false, "neutral"],
    ])
    expect(before.meta.summary.talkRatio.self).toBe(0)

    expect(await manager.setSeller("c1", "sam rivera")).toBe(true)
    const after = stored(store, "c1")
    expect(after.utterances.map((line) => line.self)).toEqual([false, true])
    // The company story is judged once it is the seller's (a One-Down moment), with its evidence.
    expect(after.utterances[1]?.verdict).toBe("down")
    expect(after.utterances[1]?.labels.some((label) => label.principle === "teach-models")).toBe(true)
    expect(after.meta.summary.talkRatio.self).toBeGreaterThan(0)
    expect(after.meta.seller).toEqual({ speaker: "Sam Rivera", source: "user" })
    // The capture's revision is untouched, so a resent revision still dedupes.
    expect(after.utterances[1]?.revision).toBe(1)
  })

  it("holds for the rest of the call: new lines follow the choice, whatever the page says", async () => {
    const { manager, store } = await callWith([
      ["u1", "Dana Lee", CLIENT_PAIN],
      ["u2", "Sam Rivera", "Hi Dana."],
    ])
    await manager.setSeller("c1", "Dana Lee")
    // The page (wrongly) says Sam is the user.
    await send(
      manager,
      lines("c1", [
        ["u3", "Sam Rivera", "What happens when a handoff gets missed?", true],
        ["u4", "Dana Lee", "Orders sit."],
      ]),
    )
    expect(stored(store, "c1").utterances.map((line) => [line.speaker, line.self])).toEqual([
      ["Dana Lee", true],
      ["Sam Rivera", false],
      ["Sam Rivera", false],
      ["Dana Lee", true],
    ])
  })

  it("switches back when the user corrects the correction", async () => {
    const { manager, store } = await callWith([
      ["u1", "Dana Lee", CLIENT_PAIN],
      ["u2", "Sam Rivera", COMPANY_STORY],
    ])
    await manager.setSeller("c1", "Dana Lee")
    await manager.setSeller("c1", "Sam Rivera")
    const { utterances, meta } = stored(store, "c1")
    expect(utterances.map((line) => [line.self, line.verdict])).toEqual([
      [false, "neutral"],
      [true, "down"],
    ])
    expect(meta.summary.verdicts.down).toBe(1)
  })

  it("refuses a speaker the call never had", async () => {
    const { manager } = await callWith([["u1", "Dana Lee", CLIENT_PAIN]])
    expect(await manager.setSeller("c1", "Someone Else")).toBe(false)
    expect(await manager.setSeller("nope", "Dana Lee")).toBe(false)
  })

  it("is remembered per platform: the next call on that platform knows the seller once they speak", async () => {
    const store = createMemoryStore()
    const first = setup(store)
    await send(first.manager, started("c1", "zoom"))
    await send(first.manager, lines("c1", [["u1", "Sam Rivera", "Hi Dana."]]))
    await first.manager.setSeller("c1", "Sam Rivera")
    expect(store.data.get(SELLER_MEMORY_KEY)).toEqual({ zoom: "Sam Rivera" })

    // A new service worker, a new call on Zoom, and one on Teams where nothing was chosen.
    const second = setup(store)
    await send(second.manager, started("c2", "zoom"))
    await send(second.manager, lines("c2", [["v1", "Dana Lee", CLIENT_PAIN]]))
    expect(stored(store, "c2").utterances[0]?.self).toBe(false)
    await send(second.manager, lines("c2", [["v2", "Sam Rivera", COMPANY_STORY]]))
    expect(stored(store, "c2").utterances.map((line) => line.self)).toEqual([false, true])
    expect(stored(store, "c2").meta.seller).toEqual({ speaker: "Sam Rivera", source: "remembered" })

    await send(second.manager, started("c3", "teams"))
    await send(second.manager, lines("c3", [["w1", "Sam Rivera", "Hi all."]]))
    expect(stored(store, "c3").utterances[0]?.self).toBe(false)
  })

  it("does not remember a placeholder label, which is someone else in the next call", async () => {
    const { manager, store } = await callWith([["u1", "Participant 1", "Hi Dana."]])
    expect(await manager.setSeller("c1", "Participant 1")).toBe(true)
    expect(stored(store, "c1").utterances[0]?.self).toBe(true)
    expect(store.data.get(SELLER_MEMORY_KEY)).toBeUndefined()
  })

  it("is a UI request: validated, answered, and forgotten with everything else on delete-all", async () => {
    const { manager, store } = await callWith([["u1", "Sam Rivera", "Hi Dana."]])
    let forgotten = 0
    const context: UiRequestContext = {
      manager,
      store,
      coach: {
        dismiss: async () => true,
        notHelpful: async () => true,
        mute: async () => true,
        forgetFeedback: async () => {
          forgotten++
        },
      },
    }
    const request = parseUiMessage({ kind: "set-seller", callId: "c1", speaker: "  Sam Rivera\u200b " })
    expect(request).toEqual({ kind: "set-seller", callId: "c1", speaker: "Sam Rivera" })
    expect(parseUiMessage({ kind: "set-seller", callId: "c1", speaker: "   " })).toBeNull()
    expect(parseUiMessage({ kind: "set-seller", callId: "c1" })).toBeNull()
    if (!request) throw new Error("the request was rejected")
    expect(await handleUiRequest(request, context)).toEqual({ ok: true })
    expect(store.data.get(SELLER_MEMORY_KEY)).toEqual({ zoom: "Sam Rivera" })
    await handleUiRequest({ kind: "delete-all" }, context)
    expect(store.data.get(SELLER_MEMORY_KEY)).toBeUndefined()
    expect(forgotten).toBe(1)
  })
})

describe("seller helpers", () => {
  it.each([
    ["Participant 3", true],
    ["Unknown", true],
    ["Guest", true],
    ["Speaker (DL)", true],
    ["Sam Rivera", false],
    ["You", false],
    ["Participant Relations", false],
  ])("%s is a placeholder: %s", (name, placeholder) => {
    expect(isPlaceholderSpeaker(name)).toBe(placeholder)
  })

  it("compares caption labels without case or spacing differences", () => {
    expect(sameSpeaker("Sam  Rivera ", "sam rivera")).toBe(true)
    expect(sameSpeaker("Sam Rivera", "Sam Riviera")).toBe(false)
  })
})

/** A session manager with the real coach attached, on one store and one clock. */
function coachedManager(store: ReturnType<typeof createMemoryStore>, now: () => number) {
  const coach = createCoach({ store, now, lookup: ruleInfo })
  const manager = new SessionManager({
    store,
    classify: (text, self) => classifyUtterance(text, { self }),
    summarize: (utterances) => summarizeCall(utterances),
    now,
    flushIntervalMs: 5,
    observer: { ...coach.observer, onEnded: () => undefined },
  })
  coach.attach(manager)
  return { coach, manager }
}

describe("the coach when the seller changes", () => {
  async function coached() {
    const store = createMemoryStore()
    let clock = 2_000_000
    const { coach, manager } = coachedManager(store, () => clock)
    await send(manager, started("c1"))
    const said = lines("c1", [["u1", "Sam Rivera", COMPANY_STORY, true]])
    // Said 8 s into the call, judged at once (older lines are too stale to nudge on).
    clock += 9_000
    await send(manager, said)
    return { store, manager, coach }
  }

  it("withdraws the nudge on screen when its words turn out not to be the seller's", async () => {
    const { manager, store, coach } = await coached()
    const shownBefore = stored(store, "c1").meta.coach?.current
    expect(shownBefore?.polarity).toBe("down")
    await manager.setSeller("c1", "Sam Rivera")
    expect(stored(store, "c1").meta.coach?.current?.id).toBe(shownBefore?.id)
    await send(manager, lines("c1", [["u2", "Dana Lee", CLIENT_PAIN]]))
    await manager.setSeller("c1", "Dana Lee")
    expect(stored(store, "c1").meta.coach?.current).toBeNull()
    // End the call so the coach's clock stops with it.
    await send(manager, { kind: "call-ended", seq: seq++, callId: "c1", reason: "left", at: 2_100_000 })
    coach.tick()
  })
})

describe("the coach's carried 'not helpful' marks", () => {
  it("reach the next call, and are forgotten in storage and in memory when asked", async () => {
    const store = createMemoryStore()
    await store.set({ [FEEDBACK_KEY]: { "time-presents-deck": 3 } })
    let clock = 3_000_000
    const { coach, manager } = coachedManager(store, () => clock)
    await new Promise((resolve) => setTimeout(resolve, 0))
    const sellerSays = async (callId: string, id: string) => {
      await send(manager, started(callId))
      clock += 9_000
      await send(manager, lines(callId, [[id, "Sam Rivera", COMPANY_STORY, true]]))
      return stored(store, callId).meta.coach?.rules["time-presents-deck"]?.notHelpful ?? 0
    }
    expect(await sellerSays("c1", "u1")).toBe(3)
    await coach.actions.forgetFeedback()
    expect(store.data.has(FEEDBACK_KEY)).toBe(false)
    expect(await sellerSays("c2", "u2")).toBe(0)
  })
})
