/** Who talked when, with the seller's One-Up and One-Down moments marked: a small inline SVG. */
import { formatClock } from "../../metrics/format"
import {
  buildTimeline,
  CLIENT_LANE,
  MARK_ROW,
  SELF_LANE,
  type TimelineMark,
  type TimelineUtterance,
} from "./timeline"

export function Timeline({ utterances }: { utterances: readonly TimelineUtterance[] }) {
  const geometry = buildTimeline(utterances)
  if (!geometry) return <p className="muted">No conversation to chart.</p>
  const { width, height, segments, marks } = geometry
  return (
    <figure className="timeline">
      <svg
        role="img"
        aria-label={geometry.description}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        data-testid="timeline"
      >
        <rect className="lane-bg" x={0} y={SELF_LANE.y} width={width} height={SELF_LANE.height} />
        <rect className="lane-bg" x={0} y={CLIENT_LANE.y} width={width} height={CLIENT_LANE.height} />
        {segments.map((segment) => {
          const lane = segment.self ? SELF_LANE : CLIENT_LANE
          return (
            <rect
              key={`${segment.self ? "s" : "c"}${segment.x}`}
              className={segment.self ? "seg-self" : "seg-client"}
              x={segment.x}
              y={lane.y}
              width={segment.width}
              height={lane.height}
            />
          )
        })}
        {marks.map((mark) => (
          <polygon
            key={mark.utteranceId}
            className={`mark-${mark.polarity}`}
            points={markPoints(mark)}
            data-polarity={mark.polarity}
          >
            <title>{mark.title}</title>
          </polygon>
        ))}
      </svg>
      <figcaption className="timeline-legend">
        <span>{geometry.from !== null ? formatClock(geometry.from) : "start"}</span>
        <span className="legend-keys" aria-hidden="true">
          <span className="key-self">■ You</span> <span className="key-client">■ Client</span>{" "}
          <span className="up">▲</span> <span className="down">▼</span>
        </span>
        <span>{geometry.to !== null ? formatClock(geometry.to) : "end"}</span>
      </figcaption>
    </figure>
  )
}

/** A small triangle in the mark row: pointing up for One-Up, down for One-Down. */
function markPoints({ x, polarity }: TimelineMark): string {
  const top = MARK_ROW.y
  const bottom = MARK_ROW.y + MARK_ROW.height
  const half = 4
  return polarity === "up"
    ? `${x - half},${bottom} ${x + half},${bottom} ${x},${top}`
    : `${x - half},${top} ${x + half},${top} ${x},${bottom}`
}
