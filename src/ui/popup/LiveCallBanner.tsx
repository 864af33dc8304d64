/** A call is in progress: its live score and the way to the live coach in the side panel. */
import { useState } from "react"
import type { CallMeta } from "../../session/call-types"
import { platformLabel } from "./popup-format"

export interface LiveCallBannerProps {
  meta: CallMeta
  onOpenCoach(): Promise<boolean>
}

export function LiveCallBanner({ meta, onOpenCoach }: LiveCallBannerProps) {
  const [failed, setFailed] = useState(false)
  const { score } = meta.summary
  return (
    <section className="live-banner" data-testid="live-call" aria-label="Call in progress">
      <div className="live-text">
        <span className="live-dot" aria-hidden="true" />
        <span>
          Call in progress on {platformLabel(meta.platform)}
          {meta.title ? `: ${meta.title}` : ""}
        </span>
        <span className="live-score" data-testid="live-score" data-value={score ?? ""}>
          {score === null ? "Live score: not enough conversation yet" : `Live score ${score}/100`}
        </span>
      </div>
      <button
        type="button"
        className="primary"
        data-testid="open-live-coach"
        onClick={() => {
          setFailed(false)
          void onOpenCoach().then((ok) => setFailed(!ok))
        }}
      >
        Open live coach
      </button>
      {failed && (
        <p className="live-help" role="alert">
          The side panel did not open: press Alt+Shift+O, or open it from the browser&apos;s side panel menu.
        </p>
      )}
    </section>
  )
}
