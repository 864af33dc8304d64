/**
 * The seller's corrections of the coach: listed newest first, each deletable, all exportable as
 * JSON Lines in the development corpus format (so they can seed a coach tuned to this seller).
 */
import { useState } from "react"
import { PRINCIPLES } from "../../core/principles"
import type { Verdict } from "../../core/types"
import {
  CORRECTIONS_KEY,
  correctionsJsonl,
  normalizeCorrections,
  type Correction,
  type CorrectionsStore,
} from "../../state/corrections"
import { ConfirmButton } from "../popup/ConfirmButton"
import { useStoredValue } from "../popup/use-stored"
import type { FollowerStorage } from "../state/call-follower"

export interface CorrectionsProps {
  storage: FollowerStorage
  corrections: CorrectionsStore
  download(fileName: string, text: string, mimeType: string): void
  now(): number
}

const VERDICT_WORDS: Record<Verdict, string> = { up: "One-Up", down: "One-Down", neutral: "neutral" }

export function Corrections({ storage, corrections, download, now }: CorrectionsProps) {
  const stored = useStoredValue<unknown>(storage, CORRECTIONS_KEY)
  const list = normalizeCorrections(stored.value)
  const [problem, setProblem] = useState<string | null>(null)
  const attempt = (work: Promise<void>) =>
    work.then(
      () => setProblem(null),
      () => setProblem("Could not change the corrections. Try again."),
    )
  return (
    <section aria-labelledby="corrections-title">
      <h2 id="corrections-title">Your corrections of the coach</h2>
      <p className="hint">
        Lines you marked as judged wrongly, in the review or the popup. They stay in this browser; export them
        to share with whoever tunes your coach.
      </p>
      {!stored.loaded ? null : list.length === 0 ? (
        <p className="hint" data-testid="corrections-empty">
          No corrections yet. Under a moment of a call’s review, “Coach got this wrong?” adds one.
        </p>
      ) : (
        <>
          <ul className="corrections">
            {list.map((correction) => (
              <CorrectionItem
                key={correction.id}
                correction={correction}
                onDelete={() => void attempt(corrections.remove(correction.id))}
              />
            ))}
          </ul>
          <div className="corrections-actions">
            <button
              type="button"
              data-testid="corrections-export"
              onClick={() =>
                download(
                  `one-up-corrections-${new Date(now()).toISOString().slice(0, 10)}.jsonl`,
                  correctionsJsonl(list),
                  "application/x-ndjson",
                )
              }
            >
              Export as JSON Lines
            </button>
            <ConfirmButton
              label="Delete all corrections"
              question={`Delete all ${list.length} corrections?`}
              confirmLabel="Delete all"
              onConfirm={() => void attempt(corrections.clear())}
              testId="corrections-delete-all"
            />
          </div>
        </>
      )}
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  )
}

function CorrectionItem({ correction, onDelete }: { correction: Correction; onDelete(): void }) {
  const coach = correction.coach
  const principle = (id: keyof typeof PRINCIPLES | null) => (id ? ` (${PRINCIPLES[id].title})` : "")
  return (
    <li
      className="correction"
      data-testid="correction-item"
      data-gold={correction.gold}
      data-principle={correction.principle ?? ""}
    >
      <q>{correction.text}</q>
      <span className="hint">
        Coach: {VERDICT_WORDS[coach.verdict]}
        {principle(coach.principle)} · You: {VERDICT_WORDS[correction.gold]}
        {principle(correction.principle)}
        {correction.why && ` · “${correction.why}”`}
      </span>
      <ConfirmButton
        label="Delete"
        ariaLabel="Delete this correction"
        question="Delete this correction?"
        confirmLabel="Delete"
        onConfirm={onDelete}
        testId="correction-delete"
      />
    </li>
  )
}
