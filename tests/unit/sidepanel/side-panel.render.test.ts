// @vitest-environment happy-dom
/**
 * Renders the side panel in happy-dom, fed a fake store state, and checks what end-to-end and
 * acceptance tests rely on (contracts.md §4): the data-testids and their attributes.
 */
import { act, createElement } from "react"
import { createRoot, type Root } from "react-dom/client"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import type { CallMeta, LiveUtterance } from "../../../src/session/call-types"
import { DEFAULT_SETTINGS } from "../../../src/state/settings"
import type { NudgeActions } from "../../../src/ui/sidepanel/nudge-actions"
import type { SettingsWatcher } from "../../../src/ui/sidepanel/settings-source"
import { coach, label, meta, nudge, summary, T0, utterance } from "./fixtures"

// The extension API does not exist in Node: a stand-in that records the UI's requests.
const sendMessage = vi.fn(async (_message: unknown) => ({ ok: true }))
vi.mock("webextension-polyfill", () => ({
  default: {
    runtime: { sendMessage },
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
let now = T0
const clock = () => now

function fakeActions(): NudgeActions & { calls: string[] } {
  const calls: string[] = []
  return {
    calls,
    dismiss: async (callId, nudgeId) => (calls.push(`dismiss ${callId} ${nudgeId}`), true),
    notHelpful: async (callId, nudgeId) => (calls.push(`not-helpful ${callId} ${nudgeId}`), true),
    setMuted: async (callId, muted) => (calls.push(`mute ${callId} ${muted}`), true),
  }
}

function setCall(callMeta: CallMeta | null, utterances: LiveUtterance[] = [], loaded = true) {
  act(() => {
    useCallStore.setState(
      { callId: callMeta?.callId ?? null, meta: callMeta, chunks: [utterances], utterances, loaded },
      true,
    )
  })
}

const noFollow = vi.fn((_windowId: number | null) => () => undefined)
const noSettings: SettingsWatcher = () => () => undefined

function renderPanel(props: { actions?: NudgeActions; watchSettings?: SettingsWatcher } = {}) {
  act(() => {
    root.render(
      createElement(SidePanel, {
        windowId: 1,
        follow: noFollow,
        watchSettings: props.watchSettings ?? noSettings,
        clock,
        ...(props.actions ? { actions: props.actions } : {}),
      }),
    )
  })
}

const $ = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`)
const $$ = (testId: string) => [...container.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)]
const click = (element: Element | null | undefined) => {
  expect(element).toBeTruthy()
  act(() => (element as HTMLElement).click())
}

beforeEach(() => {
  now = T0 + 61_000
  container = document.createElement("div")
  document.body.append(container)
  root = createRoot(container)
  sendMessage.mockClear()
  noFollow.mockClear()
})

afterEach(() => {
  act(() => root.unmount())
  container.remove()
  vi.useRealTimers()
})

describe("side panel", () => {
  it("follows the window's call and shows status, nudge, meters and transcript", () => {
    const lines = [
      utterance({
        speaker: "You",
        self: true,
        verdict: "down",
        text: "What keeps you up at night?",
        labels: [label()],
      }),
      utterance({
        speaker: "Dana Reyes",
        self: false,
        verdict: "neutral",
        text: "Mostly churn.",
        final: false,
      }),
    ]
    setCall(meta({ coach: coach(nudge()) }), lines)
    renderPanel({ actions: fakeActions() })

    expect(noFollow).toHaveBeenCalledWith(1)
    expect($("capture-status")?.dataset.state).toBe("capturing")
    expect($("capture-status")?.textContent).toContain("nothing leaves this browser")

    const nudges = $$("nudge")
    expect(nudges).toHaveLength(1)
    expect(nudges[0]?.dataset.principle).toBe("discovery")
    expect(nudges[0]?.dataset.polarity).toBe("down")
    expect(nudges[0]?.className).toContain("nudge-corrective")
    expect(nudges[0]?.textContent).toContain("“what keeps you up at night”")
    expect(nudges[0]?.querySelector('button[aria-label="Dismiss nudge"]')).not.toBeNull()
    expect(container.querySelector('[role="status"][aria-live="polite"]')?.textContent).toContain(
      "Help them discover",
    )

    expect($("metric-score")?.dataset.value).toBe("72")
    expect($("metric-talk-ratio")?.dataset.value).toBe("0.41")
    expect($("metric-talk-ratio")?.textContent).toContain("41 %")
    expect($("metric-talk-ratio")?.textContent).toContain("43 %")
    expect($("metric-questions")?.dataset.value).toBe("5")
    expect($("metric-questions")?.textContent).toContain("3 open · 2 closed")

    const rows = $$("utterance")
    expect(rows.map((row) => row.dataset.speaker)).toEqual(["You", "Dana Reyes"])
    expect(rows.map((row) => row.dataset.self)).toEqual(["true", "false"])
    expect(rows.map((row) => row.dataset.verdict)).toEqual(["down", "neutral"])
    expect(rows.map((row) => row.dataset.final)).toEqual(["true", "false"])
    expect(rows[0]?.querySelector('[data-testid="utterance-text"]')?.textContent).toBe(
      "What keeps you up at night?",
    )
    expect(rows[1]?.className).toContain("row-live")
  })

  it("shows the seller's labels as the row's description and makes one row the Tab stop", () => {
    const lines = [
      utterance({ verdict: "down", labels: [label({ evidence: "pain points" })] }),
      utterance({ self: false, speaker: "Client" }),
      utterance({
        verdict: "up",
        labels: [label({ polarity: "up", principle: "counsel", evidence: "I'd pilot" })],
      }),
    ]
    setCall(meta(), lines)
    renderPanel({ actions: fakeActions() })
    const rows = $$("utterance")
    const describedBy = rows[0]?.getAttribute("aria-describedby")
    const description = describedBy ? container.querySelector(`[id="${describedBy}"]`)?.textContent : ""
    expect(description).toContain("Help them discover")
    expect(description).toContain("One-Down")
    expect(description).toContain("pain points")
    expect(rows[1]?.hasAttribute("aria-describedby")).toBe(false)
    expect(rows.filter((row) => row.tabIndex === 0)).toEqual([rows[2]])
    expect(rows[2]?.textContent).toContain("One-Up")
  })

  it("moves focus between transcript lines with the arrow keys", () => {
    setCall(meta(), [utterance(), utterance(), utterance()])
    renderPanel({ actions: fakeActions() })
    const rows = $$("utterance")
    act(() => rows[2]?.focus())
    act(() => {
      rows[2]?.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowUp", bubbles: true }))
    })
    expect(document.activeElement).toBe(rows[1])
    expect(rows[1]?.tabIndex).toBe(0)
  })

  it("draws a reinforcement quieter than a corrective nudge", () => {
    setCall(meta({ coach: coach(nudge({ polarity: "up", quiet: true, principle: "counsel" })) }))
    renderPanel({ actions: fakeActions() })
    expect($("nudge")?.dataset.polarity).toBe("up")
    expect($("nudge")?.dataset.principle).toBe("counsel")
    expect($("nudge")?.className).toContain("nudge-quiet")
  })

  it("takes the nudge off screen at expiresAt as the clock ticks", () => {
    vi.useFakeTimers()
    setCall(meta({ coach: coach(nudge({ expiresAt: T0 + 62_000 })) }))
    renderPanel({ actions: fakeActions() })
    expect($$("nudge")).toHaveLength(1)
    now = T0 + 62_000
    act(() => vi.advanceTimersByTime(600))
    expect($$("nudge")).toHaveLength(0)
    expect(container.querySelector('[role="status"]')?.textContent).toBe("")
  })

  it("does not show an expired nudge, nor one on an ended call", () => {
    now = T0 + 80_000
    setCall(meta({ coach: coach(nudge()) }))
    renderPanel({ actions: fakeActions() })
    expect($$("nudge")).toHaveLength(0)
    now = T0 + 61_000
    setCall(meta({ state: "ended", endedAt: T0 + 61_000, coach: coach(nudge()) }))
    expect($$("nudge")).toHaveLength(0)
    expect($("capture-status")?.dataset.state).toBe("ended")
    expect($("mute-call")).toBeNull()
  })

  it("dismisses and marks not helpful through the background, hiding the nudge at once", () => {
    const actions = fakeActions()
    setCall(meta({ coach: coach(nudge()) }))
    renderPanel({ actions })
    click($("nudge")?.querySelector('button[aria-label="Dismiss nudge"]'))
    expect(actions.calls).toEqual(["dismiss call-1 nudge-1"])
    expect($$("nudge")).toHaveLength(0)

    setCall(meta({ coach: coach(nudge({ id: "nudge-2" })) }))
    click([...container.querySelectorAll("button")].find((button) => button.textContent === "Not helpful"))
    expect(actions.calls).toContain("not-helpful call-1 nudge-2")
    expect($$("nudge")).toHaveLength(0)
  })

  it("mutes in one click and offers Unmute; the stored mute state is shown too", () => {
    const actions = fakeActions()
    setCall(meta({ coach: coach(nudge()) }))
    renderPanel({ actions })
    click($("mute-call"))
    expect(actions.calls).toEqual(["mute call-1 true"])
    expect($$("nudge")).toHaveLength(0)
    expect(container.textContent).toContain("Nudges muted for this call")

    setCall(meta({ coach: coach(nudge({ id: "nudge-3" }), { muted: true }) }))
    expect($$("nudge")).toHaveLength(0)
    expect($("mute-call")).toBeNull()
    click($("unmute-call"))
    expect(actions.calls).toContain("mute call-1 false")
    expect($$("nudge")).toHaveLength(1)
  })

  it("sends the mute request to the background by default", async () => {
    setCall(meta())
    renderPanel()
    click($("mute-call"))
    await act(async () => undefined)
    expect(sendMessage).toHaveBeenCalledWith({ kind: "mute-call", callId: "call-1", muted: true })
  })

  it("shows a dash and an empty data-value while the score is not known", () => {
    setCall(meta({ summary: summary({ score: null, scoreNote: "not enough conversation to score" }) }))
    renderPanel({ actions: fakeActions() })
    expect($("metric-score")?.dataset.value).toBe("")
    expect($("metric-score")?.textContent).toContain("—")
  })

  it("warns when the seller talks more than 65 % and tallies each principle", () => {
    const principles = summary().principles
    principles.counsel = { up: 2, down: 1 }
    setCall(meta({ summary: summary({ talkRatio: { self: 0.72, byWords: 0.7, byTime: 0.72 }, principles }) }))
    renderPanel({ actions: fakeActions() })
    expect($("metric-talk-ratio")?.className).toContain("tone-warn")
    const cells = [
      ...container.querySelectorAll<HTMLElement>('[data-testid="principle-tally"] [data-principle]'),
    ]
    expect(cells).toHaveLength(10)
    const counsel = cells.find((cell) => cell.dataset.principle === "counsel")
    expect([counsel?.dataset.up, counsel?.dataset.down]).toEqual(["2", "1"])
  })

  it("times the seller's current monologue and turns amber past the configured threshold", () => {
    const lines = [utterance({ start: 0, end: 80, final: false })]
    now = T0 + 81_000
    setCall(meta(), lines)
    renderPanel({ actions: fakeActions() })
    expect($("metric-monologue")?.dataset.value).toBe("80")
    expect($("metric-monologue")?.className).toContain("tone-warn")

    const settings: SettingsWatcher = (onSettings) => {
      onSettings({ ...DEFAULT_SETTINGS, monologueThresholdSec: 90 })
      return () => undefined
    }
    renderPanel({ actions: fakeActions(), watchSettings: settings })
    expect($("metric-monologue")?.className).not.toContain("tone-warn")
  })

  it("says how to turn captions on, and what to do when the page changed", () => {
    setCall(meta({ state: "captions-off", platform: "zoom" }))
    renderPanel({ actions: fakeActions() })
    expect($("capture-status")?.dataset.state).toBe("captions-off")
    expect($("capture-status")?.textContent).toContain("Show Captions")
    setCall(meta({ state: "not-found" }))
    expect($("capture-status")?.dataset.state).toBe("not-found")
    expect($("capture-status")?.querySelector("a")?.getAttribute("href")).toMatch(/^mailto:/)
  })

  it("shows the empty state with no call", () => {
    setCall(null)
    renderPanel({ actions: fakeActions() })
    expect($("capture-status")?.dataset.state).toBe("idle")
    expect($("capture-status")?.textContent).toContain(
      "Join a Google Meet, Zoom or Teams call in this window",
    )
    expect($$("utterance")).toHaveLength(0)
    expect($$("nudge")).toHaveLength(0)
    expect(container.textContent).toContain("No call yet")
    // No call, no figures: the meters appear with the first call.
    expect($("metric-score")).toBeNull()
    expect($("principle-tally")).toBeNull()
  })

  it("keeps every utterance in the DOM up to 300, and only a window of a 3-hour call", () => {
    const hour = Array.from({ length: 300 }, (_, i) =>
      utterance({ self: i % 2 === 0, speaker: i % 2 ? "C" : "You" }),
    )
    setCall(meta(), hour)
    renderPanel({ actions: fakeActions() })
    expect($$("utterance")).toHaveLength(300)

    const long = Array.from({ length: 2400 }, () => utterance())
    setCall(meta(), long)
    const rows = $$("utterance")
    expect(rows.length).toBeGreaterThan(5)
    expect(rows.length).toBeLessThan(200)
    expect(rows.at(-1)?.dataset.index).toBe("2399")
  })
})
