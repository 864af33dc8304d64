/** One nudge, readable at a glance: the principle, what was just said, one One-Up move. */
import type { Nudge } from "../../nudges"

export interface NudgeCardProps {
  nudge: Nudge
  onDismiss(): void
  onNotHelpful(): void
  onMute(): void
}

export function NudgeCard({ nudge, onDismiss, onNotHelpful, onMute }: NudgeCardProps) {
  const quiet = nudge.quiet || nudge.polarity === "up"
  return (
    <section
      className={`nudge ${quiet ? "nudge-quiet" : "nudge-corrective"}`}
      data-testid="nudge"
      data-principle={nudge.principle}
      data-polarity={nudge.polarity}
      data-kind={nudge.kind}
      aria-label={quiet ? "Coach: well done" : "Coach nudge"}
    >
      <div className="nudge-head">
        <span className="nudge-icon" aria-hidden="true">
          {quiet ? "▲" : "▼"}
        </span>
        <h2 className="nudge-title">{nudge.title}</h2>
        <button type="button" className="icon-button" aria-label="Dismiss nudge" onClick={onDismiss}>
          ✕
        </button>
      </div>
      <p className="nudge-evidence">{nudge.evidence}</p>
      <p className="nudge-suggestion">
        <span className="nudge-try">{quiet ? "Keep going:" : "Try:"}</span> {nudge.suggestion}
      </p>
      <div className="nudge-actions">
        <button type="button" className="link-button" onClick={onNotHelpful}>
          Not helpful
        </button>
        <button type="button" className="link-button" data-testid="mute-call" onClick={onMute}>
          Mute for this call
        </button>
      </div>
    </section>
  )
}
