/** What the side panel asks the background to do with nudges (the background is the only writer). */
import { sendUiRequest } from "../ui-requests"

export interface NudgeActions {
  dismiss(callId: string, nudgeId: string): Promise<boolean>
  notHelpful(callId: string, nudgeId: string): Promise<boolean>
  setMuted(callId: string, muted: boolean): Promise<boolean>
}

const ok = (request: Promise<{ ok: boolean }>) => request.then((response) => response.ok).catch(() => false)

export const extensionNudgeActions: NudgeActions = {
  dismiss: (callId, nudgeId) => ok(sendUiRequest({ kind: "nudge-dismiss", callId, nudgeId })),
  notHelpful: (callId, nudgeId) => ok(sendUiRequest({ kind: "nudge-not-helpful", callId, nudgeId })),
  setMuted: (callId, muted) => ok(sendUiRequest({ kind: "mute-call", callId, muted })),
}
