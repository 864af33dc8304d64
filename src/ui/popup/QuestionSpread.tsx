/** How the seller's questions were spread over the four quarters of the call, as four small bars. */
export function QuestionSpread({ byQuarter }: { byQuarter: readonly [number, number, number, number] }) {
  const most = Math.max(1, ...byQuarter)
  const label = `Questions by quarter of the call: ${byQuarter.map((n, i) => `Q${i + 1} ${n}`).join(", ")}`
  return (
    <span className="question-spread" role="img" aria-label={label} title={label}>
      {byQuarter.map((count, index) => (
        <span key={index} className="quarter">
          <span className="quarter-bar" style={{ height: `${Math.round((count / most) * 100)}%` }} />
          <span className="quarter-count" aria-hidden="true">
            {count}
          </span>
        </span>
      ))}
    </span>
  )
}
