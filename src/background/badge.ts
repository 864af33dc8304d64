/**
 * The toolbar badge tells the seller, without drawing anything into the meeting page, that the
 * coach is following this tab's call and the side panel is ready. Chrome clears a tab's badge
 * by itself when the tab closes or navigates.
 */
const BADGE_COLOR = "#1a7f37"

export function showCallBadge(tabId: number, inCall: boolean): void {
  // Read through globalThis so the capture-port logic also loads in Node tests (no `chrome`).
  const action = (globalThis as { chrome?: typeof chrome }).chrome?.action
  if (!action) return
  const ignore = () => undefined
  action.setBadgeText({ tabId, text: inCall ? "ON" : "" }).catch(ignore)
  if (inCall) action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }).catch(ignore)
  const title = inCall ? "One-Up Coach: coaching this call (Alt+Shift+O opens the panel)" : "One-Up Coach"
  action.setTitle({ tabId, title }).catch(ignore)
}

/**
 * Storage is full (or failing): the seller must know before anything is lost. Nothing is lost
 * yet (unsaved captions stay in memory and in the content script's outbox), so the badge says
 * what to do: export calls from the popup and delete old ones.
 */
export function showStorageProblem(error: string | null): void {
  const action = (globalThis as { chrome?: typeof chrome }).chrome?.action
  if (!action) return
  const ignore = () => undefined
  action.setBadgeText({ text: error ? "!" : "" }).catch(ignore)
  if (error) action.setBadgeBackgroundColor({ color: "#b3261e" }).catch(ignore)
  const title = error
    ? `One-Up Coach cannot save calls (${error}). Export your calls from this popup and delete old ones.`
    : "One-Up Coach"
  action.setTitle({ title }).catch(ignore)
}
