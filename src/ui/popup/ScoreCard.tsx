/** The One-Up score with its meaning in one line, or the honest note when there is too little to score. */
import type { CallSummary } from "../../core/types"
import { scoreMeaning } from "./score-meaning"

export function ScoreCard({ summary }: { summary: CallSummary }) {
  const { score, verdicts } = summary
  const tone = score === null ? "none" : score >= 60 ? "good" : score >= 40 ? "mixed" : "low"
  return (
    <div className={`score-card tone-${tone}`} data-testid="metric-score" data-value={score ?? ""}>
      <div className="score-figure" aria-hidden={score === null}>
        {score === null ? (
          <span className="score-number muted">–</span>
        ) : (
          <>
            <span className="score-number">{score}</span>
            <span className="score-max">/100</span>
          </>
        )}
      </div>
      <div className="score-text">
        <span className="score-label">One-Up score</span>
        <span className="score-meaning">{scoreMeaning(score, summary.scoreNote)}</span>
        <span className="score-counts">
          <span className="up">▲ {verdicts.up} One-Up</span> ·{" "}
          <span className="down">▼ {verdicts.down} One-Down</span> of your lines
        </span>
      </div>
      {score !== null && (
        <div className="score-bar" aria-hidden="true">
          <span style={{ width: `${score}%` }} />
        </div>
      )}
    </div>
  )
}
