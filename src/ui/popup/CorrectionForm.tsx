/**
 * "The coach got this wrong": an inline form under a judged line where the seller says what it
 * should be (One-Up, One-Down or neutral, and the principle). Saving goes through `onSave`, so
 * the popup, the review page and tests each pass their own store.
 */
import { useId, useState } from "react"
import { PRINCIPLE_IDS, PRINCIPLES, type PrincipleId } from "../../core/principles"
import type { Verdict } from "../../core/types"
import type { CorrectionDraft } from "../../state/corrections"

/** The line as the coach judged it; the form adds the seller's answer. */
export type CorrectableLine = Omit<CorrectionDraft, "gold" | "principle" | "why">

export interface CorrectionFormProps {
  line: CorrectableLine
  /** Resolves false when it could not be stored. */
  onSave(draft: CorrectionDraft): Promise<boolean>
}

type Phase = "closed" | "open" | "saving" | "saved" | "failed"

const VERDICT_LABELS: Record<Verdict, string> = { up: "One-Up", down: "One-Down", neutral: "Neutral" }

export function CorrectionForm({ line, onSave }: CorrectionFormProps) {
  const [phase, setPhase] = useState<Phase>("closed")
  const [gold, setGold] = useState<Verdict>(line.coach.verdict === "neutral" ? "up" : "neutral")
  const [principle, setPrinciple] = useState<PrincipleId>(line.coach.principle ?? "expertise")
  const [why, setWhy] = useState("")
  const id = useId()

  if (phase === "closed") {
    return (
      <button
        type="button"
        className="link correct-open"
        data-testid="correct-open"
        onClick={() => setPhase("open")}
      >
        Coach got this wrong?
      </button>
    )
  }
  if (phase === "saved") {
    return (
      <p className="correct-saved muted" data-testid="correct-saved" role="status">
        Thanks: saved as {VERDICT_LABELS[gold]}. Your corrections are listed in the settings.
      </p>
    )
  }
  const save = () => {
    setPhase("saving")
    const draft: CorrectionDraft = { ...line, gold, principle: gold === "neutral" ? null : principle, why }
    onSave(draft).then(
      (ok) => setPhase(ok ? "saved" : "failed"),
      () => setPhase("failed"),
    )
  }
  return (
    <form
      className="correct-form"
      data-testid="correct-form"
      aria-label="Correct the coach"
      onSubmit={(event) => {
        event.preventDefault()
        save()
      }}
    >
      <label htmlFor={`${id}-verdict`}>It should be</label>
      <select
        id={`${id}-verdict`}
        data-testid="correct-verdict"
        value={gold}
        onChange={(event) => setGold(event.target.value as Verdict)}
      >
        {(["up", "down", "neutral"] as const).map((verdict) => (
          <option key={verdict} value={verdict}>
            {VERDICT_LABELS[verdict]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-principle`}>on</label>
      <select
        id={`${id}-principle`}
        data-testid="correct-principle"
        value={principle}
        disabled={gold === "neutral"}
        onChange={(event) => setPrinciple(event.target.value as PrincipleId)}
      >
        {PRINCIPLE_IDS.map((option) => (
          <option key={option} value={option}>
            {PRINCIPLES[option].title}
          </option>
        ))}
      </select>
      <input
        data-testid="correct-why"
        aria-label="Why (optional)"
        placeholder="Why? (optional)"
        maxLength={500}
        value={why}
        onChange={(event) => setWhy(event.target.value)}
      />
      <span className="correct-actions">
        <button type="submit" className="primary" data-testid="correct-save" disabled={phase === "saving"}>
          Save
        </button>
        <button type="button" onClick={() => setPhase("closed")}>
          Cancel
        </button>
      </span>
      {phase === "failed" && (
        <span className="problem" role="alert">
          Could not save the correction. Try again.
        </span>
      )}
    </form>
  )
}
