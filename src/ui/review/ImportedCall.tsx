/**
 * The review of an imported call, read back from storage as the background stored it: the same
 * SummaryView as the popup (score, focus, moments with rewrites and corrections, metrics,
 * timeline, principles, export), plus deleting it.
 */
import { useMemo, useState } from "react"
import { createCorrectionsStore } from "../../state/corrections"
import { ConfirmButton } from "../popup/ConfirmButton"
import { SummaryView } from "../popup/SummaryView"
import { useFollowedCall } from "../popup/use-stored"
import type { ReviewEnv } from "./review-env"

export interface ImportedCallProps {
  env: ReviewEnv
  callId: string
  /** The call was deleted (here or elsewhere). */
  onGone(): void
}

export function ImportedCall({ env, callId, onGone }: ImportedCallProps) {
  const view = useFollowedCall(env.storage, callId)
  const corrections = useMemo(() => createCorrectionsStore(env.store, env.now), [env])
  const [problem, setProblem] = useState<string | null>(null)
  if (!view.loaded) return <p className="muted">Loading the review…</p>
  if (!view.meta) return <p className="muted">This call is no longer stored.</p>
  const onDelete = () => {
    env.deleteCall(callId).then(
      (ok) => (ok ? onGone() : setProblem("Could not delete the call. Try again.")),
      () => setProblem("Could not delete the call. Try again."),
    )
  }
  return (
    <div className="popup imported-call">
      <SummaryView
        meta={view.meta}
        utterances={view.utterances}
        exporter={env.exporter}
        rewriteFor={env.rewriteFor}
        kicker="Imported from a transcript file"
        onCorrect={(draft) => corrections.add(draft).then(() => true)}
      />
      <div className="imported-actions">
        <span className="muted">
          Saved in your history; it is deleted after your retention period like any call.
        </span>
        <ConfirmButton
          label="Delete this call"
          question="Delete this call from your history?"
          confirmLabel="Delete"
          onConfirm={onDelete}
          testId="review-delete"
        />
      </div>
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}
