/**
 * The toolbar badge tells the seller, without drawing anything into the meeting page, that the
 * coach is following this tab's call and the side panel is ready. Chrome clears a tab's badge
 * by itself when the tab closes or navigates.
 */
import browser from "webextension-polyfill"

const BADGE_COLOR = "#1a7f37"

export function showCallBadge(tabId: number, inCall: boolean): void {
  const action = browser.action
  if (!action) return
  void action.setBadgeText({ tabId, text: inCall ? "ON" : "" }).catch(() => undefined)
  if (inCall) void action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }).catch(() => undefined)
  void action
    .setTitle({
      tabId,
      title: inCall ? "One-Up Coach: coaching this call (Alt+Shift+O opens the panel)" : "One-Up Coach",
    })
    .catch(() => undefined)
}
