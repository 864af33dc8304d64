/** The top One-Down moments (exact words, principle, a One-Up rewrite) and the One-Up moments to keep. */
import { PRINCIPLES } from "../../core/principles"
import { formatClock } from "../../metrics/format"
import type { Moment } from "../../metrics/moments"
import type { CorrectionDraft } from "../../state/corrections"
import { CorrectionForm } from "./CorrectionForm"
import { splitEvidence } from "./evidence"

export interface MomentsProps {
  down: readonly Moment[]
  up: readonly Moment[]
  /** Lets the seller mark a moment as misjudged; without it, no correction control is shown. */
  correct?: MomentCorrection
}

export interface MomentCorrection {
  callId: string
  onSave(draft: CorrectionDraft): Promise<boolean>
}

export function Moments({ down, up, correct }: MomentsProps) {
  return (
    <div className="moments">
      <h3>Moments to redo</h3>
      {down.length === 0 ? (
        <p className="muted">No One-Down moment in your lines.</p>
      ) : (
        <ol className="moment-list">
          {down.map((moment) => (
            <li
              key={moment.utteranceId}
              className="moment moment-down"
              data-testid="moment-down"
              data-principle={moment.principle}
            >
              <MomentHeader moment={moment} />
              <blockquote className="moment-quote">
                <Quote moment={moment} />
              </blockquote>
              <p className="moment-rewrite">
                <strong>One-Up instead:</strong> {moment.rewrite}
              </p>
              {correct && <MomentCorrectionForm moment={moment} correct={correct} />}
            </li>
          ))}
        </ol>
      )}
      <h3>Keep doing</h3>
      {up.length === 0 ? (
        <p className="muted">No One-Up moment yet: the focus points below show where to start.</p>
      ) : (
        <ul className="moment-list">
          {up.map((moment) => (
            <li
              key={moment.utteranceId}
              className="moment moment-up"
              data-testid="moment-up"
              data-principle={moment.principle}
            >
              <MomentHeader moment={moment} />
              <blockquote className="moment-quote">
                <Quote moment={moment} />
              </blockquote>
              {correct && <MomentCorrectionForm moment={moment} correct={correct} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

function MomentHeader({ moment }: { moment: Moment }) {
  return (
    <p className="moment-head">
      <span className={moment.polarity}>{moment.polarity === "up" ? "▲" : "▼"}</span>{" "}
      <span className="moment-principle">{PRINCIPLES[moment.principle].title}</span>
      {moment.start !== null && <span className="moment-time"> at {formatClock(moment.start)}</span>}
    </p>
  )
}

/** The seller's exact words with the span that triggered the rule highlighted (React escapes it). */
function Quote({ moment }: { moment: Moment }) {
  const { before, match, after } = splitEvidence(moment.text, moment.evidence)
  return (
    <>
      “{before}
      {match && <mark>{match}</mark>}
      {after}”
    </>
  )
}

function MomentCorrectionForm({ moment, correct }: { moment: Moment; correct: MomentCorrection }) {
  return (
    <CorrectionForm
      line={{
        callId: correct.callId,
        utteranceId: moment.utteranceId,
        self: true,
        text: moment.text,
        // A moment is picked from lines whose verdict is its polarity (src/metrics/moments.ts).
        coach: { verdict: moment.polarity, principle: moment.principle, rule: moment.rule },
      }}
      onSave={correct.onSave}
    />
  )
}
