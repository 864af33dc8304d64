/**
 * The side panel as a function of the followed call: status, nudge, meters, principle tally,
 * transcript. Takes everything as props so it renders in tests without the extension.
 */
import { useCallback } from "react"
import type { CallView } from "../state/call-follower"
import { Meters } from "./Meters"
import type { NudgeActions } from "./nudge-actions"
import { NudgeArea } from "./NudgeArea"
import { PrincipleTally } from "./PrincipleTally"
import type { SellerActions } from "./seller-actions"
import { SellerNotice } from "./SellerNotice"
import { StatusBar } from "./StatusBar"
import { Transcript } from "./Transcript"
import type { Clock } from "./use-clock"
import "./sidepanel.css"

export interface SidePanelViewProps {
  view: Pick<CallView, "callId" | "meta" | "utterances" | "loaded">
  monologueThresholdSec: number
  actions: NudgeActions
  /** "This is me" on transcript lines; without it the lines offer no such action. */
  seller?: SellerActions
  clock?: Clock
}

export function SidePanelView({ view, monologueThresholdSec, actions, seller, clock }: SidePanelViewProps) {
  const { meta, utterances, loaded, callId } = view
  const state = meta?.status.state ?? "idle"
  const live = meta !== null && meta.endedAt === null && state !== "ended"
  const sellerUnknown = utterances.length > 0 && !utterances.some((utterance) => utterance.self)
  // Stable across renders, so the memoised transcript does not redraw for it.
  const thisIsMe = useCallback(
    (speaker: string) => {
      if (seller && callId) void seller.setSeller(callId, speaker)
    },
    [seller, callId],
  )
  return (
    <main className="sidepanel">
      <StatusBar status={meta?.status ?? null} loaded={loaded} />
      {meta?.language === "other" && (
        <p className="language-notice" data-testid="language-notice" role="status">
          Coaching is English-only for now: your captions keep being captured and shown, but they are not
          judged, so no nudges.
        </p>
      )}
      {sellerUnknown ? (
        <SellerNotice />
      ) : (
        <NudgeArea
          key={`nudges-${callId ?? "none"}`}
          callId={callId}
          coach={meta?.coach ?? null}
          live={live}
          actions={actions}
          clock={clock}
        />
      )}
      {meta && (
        <>
          <Meters
            summary={meta.summary}
            utterances={utterances}
            startedAt={meta.startedAt}
            endedAt={meta.endedAt}
            thresholdSec={monologueThresholdSec}
            live={live}
            clock={clock}
          />
          <PrincipleTally principles={meta.summary.principles} />
        </>
      )}
      <Transcript
        key={`transcript-${callId ?? "none"}`}
        utterances={utterances}
        emptyText={emptyText(view)}
        onThisIsMe={seller && callId ? thisIsMe : undefined}
      />
    </main>
  )
}

function emptyText({ meta, loaded }: SidePanelViewProps["view"]): string {
  if (!loaded) return "Loading…"
  if (!meta)
    return "Once captions are on in a call, the conversation shows here and the coach nudges you at the moments that matter. Nothing leaves this browser."
  if (meta.status.state === "captions-off")
    return "Turn on the meeting's captions to see the conversation here."
  if (meta.endedAt !== null || meta.status.state === "ended")
    return "This call has no captioned conversation."
  return "Waiting for the first caption…"
}
