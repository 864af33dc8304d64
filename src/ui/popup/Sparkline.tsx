/** The One-Up score over the last calls, oldest to newest, as a tiny line chart. */
import { pointsAttribute, sparklinePoints, type TrendPoint } from "./sparkline"

const BOX = { width: 140, height: 32, padding: 3 }

export function Sparkline({ trend }: { trend: readonly TrendPoint[] }) {
  if (trend.length < 2) return null
  const scores = trend.map((point) => point.score)
  const points = sparklinePoints(scores, BOX)
  const last = points[points.length - 1]
  const label = `Score trend over your last ${scores.length} scored calls: ${scores.join(", ")} (oldest to newest)`
  return (
    <svg
      className="sparkline"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${BOX.width} ${BOX.height}`}
      width={BOX.width}
      height={BOX.height}
      data-testid="score-trend"
    >
      <title>{label}</title>
      <line className="spark-mid" x1={0} x2={BOX.width} y1={BOX.height / 2} y2={BOX.height / 2} />
      <polyline className="spark-line" points={pointsAttribute(points)} fill="none" />
      {last && <circle className="spark-dot" cx={last.x} cy={last.y} r={2.5} />}
    </svg>
  )
}
