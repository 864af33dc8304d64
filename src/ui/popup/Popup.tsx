/**
 * The popup: the review of the last ended call, the live call's score and a way to its coach,
 * and the history. Reads calls from storage through the env facade (src/popup.tsx passes the
 * extension's), never writes them: deleting is a request to the background.
 */
import { useState } from "react"
import type { ActivePointer, CallIndexEntry, CallMeta } from "../../session/call-types"
import { STORAGE_KEYS } from "../../state/storage-keys"
import { History } from "./History"
import { LiveCallBanner } from "./LiveCallBanner"
import { activeCallId, asCallIndex, isLiveCall, lastEndedEntry, shownCallId } from "./pick-calls"
import type { PopupEnv } from "./popup-env"
import { SummaryView } from "./SummaryView"
import { useFollowedCall, useStoredValue } from "./use-stored"
import "./popup.css"

export function Popup({ env }: { env: PopupEnv }) {
  const { storage, actions } = env
  const index = useStoredValue<CallIndexEntry[]>(storage, STORAGE_KEYS.callIndex)
  const pointer = useStoredValue<ActivePointer>(storage, STORAGE_KEYS.active)
  const liveId = activeCallId(pointer.value)
  const liveMeta = useStoredValue<CallMeta>(storage, liveId === null ? null : STORAGE_KEYS.callMeta(liveId))
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const entries = asCallIndex(index.value)
  const lastEnded = lastEndedEntry(entries)
  const shownId = shownCallId(entries, selectedId)
  const shown = useFollowedCall(storage, shownId)
  const live = isLiveCall(liveMeta.value) ? liveMeta.value : null

  const report = (ok: boolean, what: string) => setProblem(ok ? null : `Could not delete ${what}. Try again.`)
  const onDelete = (callId: string) => {
    if (callId === selectedId) setSelectedId(null)
    actions.deleteCall(callId).then(
      (ok) => report(ok, "the call"),
      () => report(false, "the call"),
    )
  }
  const onDeleteAll = () => {
    setSelectedId(null)
    actions.deleteAll().then(
      (ok) => report(ok, "the calls"),
      () => report(false, "the calls"),
    )
  }

  return (
    <main className="popup">
      <header className="popup-head">
        <h1>One-Up Coach</h1>
        <span className="muted">Everything stays on this computer</span>
      </header>
      <nav className="popup-links">
        <a href="/tabs/review.html" target="_blank" rel="noopener" data-testid="open-review">
          Review a recorded call
        </a>
        <span aria-hidden="true"> · </span>
        <a href="/tabs/review.html#rehearse" target="_blank" rel="noopener">
          Rehearse
        </a>
      </nav>
      {live && <LiveCallBanner meta={live} onOpenCoach={actions.openLiveCoach} />}
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
      {!index.loaded ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          {shownId !== null && selectedId !== null && lastEnded !== null && shownId !== lastEnded.callId && (
            <button type="button" className="link" onClick={() => setSelectedId(null)}>
              ← Back to your last call
            </button>
          )}
          <ShownCall
            env={env}
            shownId={shownId}
            lastEndedId={lastEnded?.callId ?? null}
            view={shown}
            liveNow={live !== null}
          />
          <History
            entries={entries}
            shownId={shownId}
            onSelect={setSelectedId}
            onDelete={onDelete}
            onDeleteAll={onDeleteAll}
          />
        </>
      )}
    </main>
  )
}

interface ShownCallProps {
  env: PopupEnv
  shownId: string | null
  lastEndedId: string | null
  view: ReturnType<typeof useFollowedCall>
  liveNow: boolean
}

function ShownCall({ env, shownId, lastEndedId, view, liveNow }: ShownCallProps) {
  if (shownId === null) {
    return liveNow ? <p className="muted">Your review of this call appears here once it ends.</p> : null
  }
  if (!view.loaded) return <p className="muted">Loading the call…</p>
  if (!view.meta) return <p className="muted">This call is no longer stored.</p>
  const kicker = isLiveCall(view.meta)
    ? "Call in progress (so far)"
    : shownId === lastEndedId
      ? "Your last call"
      : "From your history"
  return (
    <SummaryView
      meta={view.meta}
      utterances={view.utterances}
      exporter={env.exporter}
      rewriteFor={env.rewriteFor}
      kicker={kicker}
      onCorrect={env.actions.saveCorrection}
    />
  )
}
