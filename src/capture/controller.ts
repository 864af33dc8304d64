/**
 * The page-side orchestrator: watches one meeting page through its platform adapter, turns the
 * captions into utterances with the segmenter, and reports calls, utterances and capture status
 * to a sink (the content script's transport). Everything it needs comes in as parameters
 * (document, window, clock, settings), so it runs unchanged in Node tests on happy-dom.
 *
 * Cost in the page: the caption observer reads only the caption root (a handful of blocks, via
 * textContent); the page observer only schedules a throttled check; nothing forces layout.
 */
import type { CallEndReason } from "../messaging/contract"
import { decideStatus } from "./call-status"
import type { CaptionRoot, MeetingPlatform, PlatformAdapter } from "./platforms/adapter"
import { createSegmenter, type Segmenter, type SegmenterOptions } from "./segmenter"
import { createSelfMatcher, type IsSelf } from "./self"
import type { CaptionBlock, CaptureStatus, UtteranceUpdate } from "./types"

export interface CallStartInfo {
  callId: string
  platform: MeetingPlatform
  title: string | null
  /** Epoch ms when the user joined, as this page saw it. */
  startedAt: number
}

export interface CallEndInfo {
  callId: string
  reason: CallEndReason
  at: number
}

export interface CaptureSink {
  callStarted(call: CallStartInfo): void
  /** Changed utterances (live and final) of the current call, in order of creation. */
  updates(list: UtteranceUpdate[]): void
  /** Sent on change only; carries the current call's id. */
  status(status: CaptureStatus): void
  callEnded(call: CallEndInfo): void
}

/** The parts of `window` the controller uses: the content script's window, or happy-dom's. */
export type CaptureWindow = Pick<
  Window,
  "setTimeout" | "clearTimeout" | "setInterval" | "clearInterval" | "addEventListener" | "removeEventListener"
> & {
  location: { href: string }
  MutationObserver: typeof MutationObserver
  /** Chrome's Navigation API, when present. */
  navigation?: EventTarget
}

export interface CaptureSettings {
  /** The seller's names as meetings show them (options page). */
  myNames: readonly string[]
  /** Press the page's own captions button once per call if captions are off. */
  autoEnableCaptions: boolean
  /** Captions on but no known structure for this long → status not-found. */
  notFoundAfterMs: number
}

export const DEFAULT_NOT_FOUND_AFTER_MS = 5000
/**
 * Leave controls vanish for a moment when a toolbar re-renders or compacts: the call ends when
 * they stay gone this long, or at once on the platform's own end screen.
 */
export const DEFAULT_LEAVE_GRACE_MS = 4000
/** Menus opened on the way to a captions toggle that is not on screen (Teams: More › Language). */
const MAX_MENU_PRESSES = 3

export interface CaptureControllerOptions {
  doc: Document
  win: CaptureWindow
  adapter: PlatformAdapter
  sink: CaptureSink
  settings: CaptureSettings
  /** Epoch ms; injected so tests control time. */
  now?: () => number
  /** Period of the lifecycle check and idle finalisation. */
  checkEveryMs?: number
  /** The leave controls must stay gone this long before the call counts as left (re-renders). */
  leaveGraceMs?: number
  /** Wait after the captions control appears, so another extension turning captions on wins. */
  autoEnableDelayMs?: number
  segmenter?: Partial<Pick<SegmenterOptions, "idleMs" | "flickerMs" | "settleMs">>
  newCallId?: (platform: MeetingPlatform, meetingCode: string | null, startedAt: number) => string
  /** Errors from reading the page are reported here instead of breaking capture. */
  onError?: (error: unknown) => void
}

export interface CaptureController {
  readonly callId: string | null
  updateSettings(settings: CaptureSettings): void
  /** Runs the lifecycle check now instead of at the next tick. */
  checkNow(): void
  /** Ends the current call, if any, with this reason. */
  endCall(reason: CallEndReason): void
  /** Stops watching the page; ends nothing. */
  dispose(): void
}

interface ActiveCall {
  callId: string
  startedAt: number
  meetingCode: string | null
  segmenter: Segmenter
  root: CaptionRoot | null
  lastBlocks: CaptionBlock[]
  selfName: string | null
  leaveMissingSince: number | null
  captionsOnSince: number | null
  unreadSince: number | null
  captionsControlSeenAt: number | null
  autoEnableDone: boolean
  menuPresses: number
  lastStatus: string | null
}

/** Page mutations schedule a check: soon while in a call without a live caption root, lazily otherwise. */
const CHECK_DELAY_WAITING_MS = 30
const CHECK_DELAY_CAPTURING_MS = 250

export function startCaptureController(options: CaptureControllerOptions): CaptureController {
  const { doc, win, adapter, sink } = options
  const now = options.now ?? (() => Date.now())
  const leaveGraceMs = options.leaveGraceMs ?? DEFAULT_LEAVE_GRACE_MS
  const autoEnableDelayMs = options.autoEnableDelayMs ?? 1000
  const newCallId = options.newCallId ?? defaultCallId
  const report = options.onError ?? (() => undefined)
  let settings = options.settings
  let isSelf: IsSelf = matcherFor(settings)
  let call: ActiveCall | null = null
  let meetingDoc: Document | null = null
  /** The user's name as the page showed it before the call (Meet's pre-join screen). */
  let lobbySelfName: string | null = null
  let checkPending: number | null = null
  let navigatingAway = false
  let disposed = false

  const captionObserver = new win.MutationObserver(() => safely(readCaptions))
  const pageObserver = new win.MutationObserver(scheduleCheck)
  const interval = win.setInterval(() => safely(check), options.checkEveryMs ?? 500)

  function matcherFor(current: CaptureSettings): IsSelf {
    return createSelfMatcher(current.myNames, () => call?.selfName ?? null)
  }

  function safely(work: () => void): void {
    try {
      work()
    } catch (error) {
      report(error)
    }
  }

  function scheduleCheck(): void {
    if (checkPending !== null || disposed) return
    // Without a (connected) caption root, words may scroll out of a rolling window unseen.
    const waiting = call !== null && !call.root?.element.isConnected
    const delay = waiting ? CHECK_DELAY_WAITING_MS : CHECK_DELAY_CAPTURING_MS
    checkPending = win.setTimeout(() => {
      checkPending = null
      safely(check)
    }, delay)
  }

  function emit(updates: UtteranceUpdate[]): void {
    if (call && updates.length > 0) sink.updates(updates)
  }

  /** The meeting UI can live in a frame that is replaced (Zoom): watch whichever holds it now. */
  function watchMeetingDocument(): Document {
    const current = adapter.meetingDocument(doc)
    if (current !== meetingDoc) {
      meetingDoc = current
      pageObserver.disconnect()
      pageObserver.observe(doc, { childList: true, subtree: true })
      if (current !== doc) pageObserver.observe(current, { childList: true, subtree: true })
    }
    return current
  }

  function check(): void {
    if (disposed) return
    const page = watchMeetingDocument()
    const at = now()
    if (!call) {
      lobbySelfName = adapter.selfName(page) ?? lobbySelfName
      if (adapter.inCall(page) && !adapter.inBreakoutTransition(page)) beginCall(page, at)
      if (!call) return
    }
    const active: ActiveCall = call
    if (adapter.inBreakoutTransition(page)) return endCall("breakout")
    const code = adapter.meetingCode(win.location.href)
    if (active.meetingCode !== null && code !== null && code !== active.meetingCode) {
      endCall("navigated")
      return check()
    }
    if (!adapter.inCall(page)) {
      if (adapter.endScreen(page)) return endCall("left")
      active.leaveMissingSince ??= at
      if (at - active.leaveMissingSince >= leaveGraceMs) endCall("left")
      return
    }
    active.leaveMissingSince = null
    active.selfName = adapter.selfName(page) ?? active.selfName
    const root = adapter.findCaptionRoot(page)
    if (root?.element !== active.root?.element || root?.era !== active.root?.era) bindRoot(root)
    maybeEnableCaptions(active, page, at)
    emit(active.segmenter.tick(at))
    updateStatus(active, page, at)
  }

  function beginCall(page: Document, at: number): void {
    adapter.reset()
    const meetingCode = adapter.meetingCode(win.location.href)
    const callId = newCallId(adapter.platform, meetingCode, at)
    call = {
      callId,
      startedAt: at,
      meetingCode,
      segmenter: createSegmenter({
        callId,
        callStartMs: at,
        isSelf: (speaker, pageSelf) => isSelf(speaker, pageSelf),
        rollingWindow: adapter.rollingWindow,
        ...options.segmenter,
      }),
      root: null,
      lastBlocks: [],
      selfName: adapter.selfName(page) ?? lobbySelfName,
      leaveMissingSince: null,
      captionsOnSince: null,
      unreadSince: null,
      captionsControlSeenAt: null,
      autoEnableDone: false,
      menuPresses: 0,
      lastStatus: null,
    }
    sink.callStarted({ callId, platform: adapter.platform, title: adapter.meetingTitle(page), startedAt: at })
  }

  function bindRoot(root: CaptionRoot | null): void {
    if (!call) return
    captionObserver.disconnect()
    call.root = root
    if (root) captionObserver.observe(root.element, { childList: true, subtree: true, characterData: true })
    readCaptions()
  }

  function readCaptions(): void {
    if (!call || !meetingDoc) return
    const root = call.root
    if (root && !root.element.isConnected) scheduleCheck()
    const blocks = root && root.element.isConnected ? adapter.readBlocks(root, meetingDoc) : []
    call.lastBlocks = blocks
    emit(call.segmenter.ingest(blocks, now()))
  }

  /**
   * Presses the page's own captions toggle at most once per call, and never when the page says
   * captions are on: reaching a toggle that is not on screen may first open its menus (a few
   * presses at most). Once done, a user turning captions off is left alone.
   */
  function maybeEnableCaptions(active: ActiveCall, page: Document, at: number): void {
    if (active.autoEnableDone) return
    if (!settings.autoEnableCaptions || active.root || adapter.captionsOn(page) === true) {
      active.autoEnableDone = true
      return
    }
    const step = adapter.captionsEnableStep(page)
    if (!step) return
    active.captionsControlSeenAt ??= at
    if (at - active.captionsControlSeenAt < autoEnableDelayMs) return
    if (step.toggle) {
      active.autoEnableDone = true
      step.element.click()
      return
    }
    if (active.menuPresses >= MAX_MENU_PRESSES) {
      active.autoEnableDone = true
      return
    }
    active.menuPresses += 1
    step.element.click()
  }

  function updateStatus(active: ActiveCall, page: Document, at: number): void {
    const root = active.root
    const unread = root !== null && adapter.hasUnreadCaptions(root, active.lastBlocks)
    active.unreadSince = unread ? (active.unreadSince ?? at) : null
    const on = root === null && adapter.captionsOn(page) === true
    active.captionsOnSince = on ? (active.captionsOnSince ?? at) : null
    const decision = decideStatus({
      nowMs: at,
      notFoundAfterMs: settings.notFoundAfterMs,
      rootEra: root?.era ?? null,
      unreadSinceMs: active.unreadSince,
      captionsOnSinceMs: active.captionsOnSince,
    })
    if (!decision) return
    const signature = `${decision.state}|${decision.detail}`
    if (signature === active.lastStatus) return
    active.lastStatus = signature
    sink.status({
      state: decision.state,
      platform: adapter.platform,
      detail: decision.detail,
      callId: active.callId,
    })
  }

  function endCall(reason: CallEndReason): void {
    const ending = call
    if (!ending) return
    const at = now()
    captionObserver.disconnect()
    emit(ending.segmenter.end(at))
    sink.status({ state: "ended", platform: adapter.platform, detail: reason, callId: ending.callId })
    sink.callEnded({ callId: ending.callId, reason, at })
    call = null
  }

  function onNavigate(event: Event): void {
    const destination = (event as Event & { destination?: { sameDocument?: boolean } }).destination
    if (destination && destination.sameDocument === false) navigatingAway = true
  }

  function onPageHide(event: PageTransitionEvent): void {
    safely(() => endCall(event.persisted || navigatingAway ? "navigated" : "tab-closed"))
  }

  // The Navigation API (Chrome) says whether the page is being left for another URL.
  const navigation = win.navigation
  navigation?.addEventListener("navigate", onNavigate)
  win.addEventListener("pagehide", onPageHide)
  safely(check)

  return {
    get callId() {
      return call?.callId ?? null
    },
    updateSettings(next) {
      settings = next
      isSelf = matcherFor(next)
    },
    checkNow: () => safely(check),
    endCall: (reason) => safely(() => endCall(reason)),
    dispose() {
      disposed = true
      captionObserver.disconnect()
      pageObserver.disconnect()
      win.clearInterval(interval)
      if (checkPending !== null) win.clearTimeout(checkPending)
      navigation?.removeEventListener("navigate", onNavigate)
      win.removeEventListener("pagehide", onPageHide)
    },
  }
}

function defaultCallId(platform: MeetingPlatform, meetingCode: string | null, startedAt: number): string {
  const random = Math.random().toString(36).slice(2, 8)
  return `${platform}-${meetingCode ?? "call"}-${startedAt.toString(36)}-${random}`
}
