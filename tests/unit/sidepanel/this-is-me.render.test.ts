// @vitest-environment happy-dom
/**
 * "This is me" in the side panel: every line of another speaker offers it
 * (data-testid="utterance-this-is-me"), pressing it asks the background to make that speaker the
 * seller, and a call where nobody is known as the seller says so (data-testid="seller-unknown")
 * instead of showing the coach.
 */
import { act, createElement } from "react"
import { createRoot, type Root } from "react-dom/client"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import type { CallMeta, LiveUtterance } from "../../../src/session/call-types"
import type { NudgeActions } from "../../../src/ui/sidepanel/nudge-actions"
import type { SellerActions } from "../../../src/ui/sidepanel/seller-actions"
import { coach, meta, nudge, T0, utterance } from "./fixtures"

vi.mock("webextension-polyfill", () => ({
  default: {
    runtime: { sendMessage: async () => ({ ok: true }) },
    storage: {
      local: { get: async () => ({}) },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
  },
}))

const { SidePanel } = await import("../../../src/ui/sidepanel/SidePanel")
const { useCallStore } = await import("../../../src/ui/state/call-store")

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let container: HTMLDivElement
let root: Root

const actions: NudgeActions = {
  dismiss: async () => true,
  notHelpful: async () => true,
  setMuted: async () => true,
}

function setCall(callMeta: CallMeta, utterances: LiveUtterance[]) {
  act(() => {
    useCallStore.setState(
      { callId: callMeta.callId, meta: callMeta, chunks: [utterances], utterances, loaded: true },
      true,
    )
  })
}

function render(seller: SellerActions) {
  act(() => {
    root.render(
      createElement(SidePanel, {
        windowId: 1,
        follow: () => () => undefined,
        watchSettings: () => () => undefined,
        clock: () => T0 + 61_000,
        actions,
        seller,
      }),
    )
  })
}

const rows = () => [...container.querySelectorAll<HTMLElement>('[data-testid="utterance"]')]
const $ = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`)

beforeEach(() => {
  container = document.createElement("div")
  document.body.append(container)
  root = createRoot(container)
})

afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

describe("this is me", () => {
  it("is offered on other speakers' lines and asks the background to make that speaker the seller", async () => {
    const chosen: string[] = []
    render({ setSeller: async (callId, speaker) => (chosen.push(`${callId} ${speaker}`), true) })
    setCall(meta({ coach: coach(nudge()) }), [
      utterance({ speaker: "You", self: true, text: "Hi Dana." }),
      utterance({ speaker: "Dana Lee", self: false, text: "Hi." }),
    ])
    const [own, client] = rows()
    expect(own?.querySelector('[data-testid="utterance-this-is-me"]')).toBeNull()
    const button = client?.querySelector<HTMLButtonElement>('[data-testid="utterance-this-is-me"]')
    expect(button?.getAttribute("aria-label")).toBe("This is me: Dana Lee")
    act(() => button?.click())
    expect(chosen).toEqual(["call-1 Dana Lee"])
    // Someone is the seller: the coach shows, no question asked.
    expect($("seller-unknown")).toBeNull()
    expect($("nudge")).not.toBeNull()
  })

  it("says so when no speaker is known as the seller, instead of coaching nobody", () => {
    render({ setSeller: async () => true })
    setCall(meta({ coach: coach(nudge()) }), [
      utterance({ speaker: "Sam Rivera", self: false, text: "Hi Dana." }),
      utterance({ speaker: "Dana Lee", self: false, text: "Hi." }),
    ])
    expect($("seller-unknown")?.textContent).toContain("This is me")
    expect($("nudge")).toBeNull()
    expect(rows().map((row) => row.dataset.self)).toEqual(["false", "false"])
    expect(container.querySelectorAll('[data-testid="utterance-this-is-me"]')).toHaveLength(2)
    // Once the background marks the seller, the question goes and the lines say who is who.
    setCall(meta({ coach: coach(nudge()) }), [
      utterance({ speaker: "Sam Rivera", self: true, text: "Hi Dana." }),
      utterance({ speaker: "Dana Lee", self: false, text: "Hi." }),
    ])
    expect($("seller-unknown")).toBeNull()
    expect(rows().map((row) => row.dataset.self)).toEqual(["true", "false"])
  })

  it("asks nothing before anyone has spoken", () => {
    render({ setSeller: async () => true })
    setCall(meta(), [])
    expect($("seller-unknown")).toBeNull()
  })
})
