/** The live meters: One-Up score, talk share against the research target, questions, monologue. */
import type { CallSummary } from "../../core/types"
import { TIME_THRESHOLDS } from "../../nudges/config"
import { percent } from "./format"
import { Meter } from "./Meter"
import { MonologueMeter, type MonologueMeterProps } from "./MonologueMeter"

/** Top-converting calls run ≈ 43 % seller talk (shared/docs/one-up.md). */
export const TALK_SHARE_TARGET = 0.43
/** Above this, calls convert worse: the meter turns to the warning colour. */
export const TALK_SHARE_HIGH = TIME_THRESHOLDS.talkShareHigh

export interface MetersProps extends Omit<MonologueMeterProps, "live"> {
  summary: CallSummary | null
  live: boolean
}

export function Meters({ summary, ...monologue }: MetersProps) {
  const score = summary?.score ?? null
  const talk = summary?.talkRatio.self ?? 0
  const questions = summary?.questions
  const hasTalk = summary !== null && (summary.words.self > 0 || summary.words.client > 0)
  return (
    <section className="meters" aria-label="Live meters">
      <Meter
        testId="metric-score"
        label="One-Up score"
        value={score ?? ""}
        display={score ?? "—"}
        hint={score === null ? (summary?.scoreNote ?? "not enough talk yet") : "of 100"}
        tone={score === null ? "normal" : score >= 60 ? "good" : score < 40 ? "warn" : "normal"}
      />
      <Meter
        testId="metric-talk-ratio"
        label="You talk"
        value={talk}
        display={hasTalk ? percent(talk) : "—"}
        hint={`target ${percent(TALK_SHARE_TARGET)}`}
        tone={hasTalk && talk > TALK_SHARE_HIGH ? "warn" : "normal"}
      >
        <span className="talk-bar" aria-hidden="true">
          <span className="talk-bar-fill" style={{ width: `${Math.min(100, Math.max(0, talk * 100))}%` }} />
          <span className="talk-bar-target" style={{ left: `${TALK_SHARE_TARGET * 100}%` }} />
        </span>
      </Meter>
      <Meter
        testId="metric-questions"
        label="Questions"
        value={questions?.self ?? 0}
        display={questions?.self ?? 0}
        hint={`${questions?.open ?? 0} open · ${questions?.closed ?? 0} closed`}
      />
      <MonologueMeter {...monologue} />
    </section>
  )
}
