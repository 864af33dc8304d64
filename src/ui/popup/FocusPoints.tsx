/** Three things to do differently on the next call (src/metrics/focus.ts). */
import type { FocusPoint } from "../../metrics/focus"

export function FocusPoints({ points }: { points: readonly FocusPoint[] }) {
  if (points.length === 0) return <p className="muted">Nothing stands out: keep doing what you did.</p>
  return (
    <ol className="focus-list">
      {points.map((point) => (
        <li
          key={`${point.kind}-${point.principle ?? ""}`}
          className="focus-point"
          data-testid="focus-point"
          data-kind={point.kind}
        >
          <strong className="focus-title">{point.title}</strong>
          <span className="focus-detail">{point.detail}</span>
        </li>
      ))}
    </ol>
  )
}
