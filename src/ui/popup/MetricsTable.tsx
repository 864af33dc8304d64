/** The conversation figures beside the research figures (shared/docs/one-up.md). */
import type { ReactNode } from "react"
import type { CallSummary } from "../../core/types"
import {
  CLIENT_STORY_TARGET_SEC,
  COMPANY_STORY_LIMIT_SEC,
  DISCOVERY_CALL_MINUTES,
  MONOLOGUE_LIMIT_SEC,
  QUESTIONS_BAND,
  questionBand,
  TALK_SHARE_HIGH,
  TALK_SHARE_OK_HIGH,
  TALK_SHARE_OK_LOW,
  TALK_SHARE_TARGET,
  WORDS_PER_MINUTE,
} from "../../metrics/benchmarks"
import { formatPercent } from "../../metrics/format"
import { formatOptionalDuration } from "./popup-format"
import { QuestionSpread } from "./QuestionSpread"

type Tone = "good" | "warn" | "bad" | "normal"

interface Row {
  key: string
  testId?: string
  value?: number | string
  label: string
  yours: ReactNode
  research: ReactNode
  tone: Tone
}

export function MetricsTable({ summary }: { summary: CallSummary }) {
  return (
    <table className="metrics">
      <caption className="visually-hidden">Your conversation figures and the research figures</caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">You</th>
          <th scope="col">Research</th>
        </tr>
      </thead>
      <tbody>
        {metricRows(summary).map((row) => (
          <tr key={row.key} className={`tone-${row.tone}`} data-testid={row.testId} data-value={row.value}>
            <th scope="row">{row.label}</th>
            <td className="metric-yours">{row.yours}</td>
            <td className="metric-research">{row.research}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function metricRows(s: CallSummary): Row[] {
  const share = s.talkRatio.self
  const minutes =
    s.durationSec !== null ? s.durationSec / 60 : (s.words.self + s.words.client) / WORDS_PER_MINUTE
  const band = questionBand(minutes)
  const asked = s.questions.self
  const scaled =
    minutes < DISCOVERY_CALL_MINUTES
      ? ` (≈ ${Math.round(band.low)}–${Math.round(band.high)} for this length)`
      : ""
  return [
    {
      key: "talk",
      testId: "metric-talk-ratio",
      value: share,
      label: "Your share of talk",
      yours: `${formatPercent(share)}${s.talkRatio.byTime === null ? " (by words)" : ""}`,
      research: `≈ ${formatPercent(TALK_SHARE_TARGET)} in top calls; over ${formatPercent(TALK_SHARE_HIGH)} converts worse`,
      tone:
        s.words.self === 0
          ? "normal"
          : share > TALK_SHARE_HIGH
            ? "bad"
            : share > TALK_SHARE_OK_HIGH || share < TALK_SHARE_OK_LOW
              ? "warn"
              : "good",
    },
    {
      key: "questions",
      testId: "metric-questions",
      value: asked,
      label: "Your questions",
      yours: (
        <>
          {asked}
          <span className="metric-sub">
            {s.questions.open} open, {s.questions.closed} closed
          </span>
          <QuestionSpread byQuarter={s.questions.byQuarter} />
        </>
      ),
      research: `${QUESTIONS_BAND.low}–${QUESTIONS_BAND.high} per discovery call${scaled}, spread through the call`,
      tone: asked < band.low ? "warn" : asked > band.high ? "warn" : "good",
    },
    {
      key: "monologue",
      label: "Longest monologue",
      yours: formatOptionalDuration(s.longestMonologue),
      research: "hand the floor back within 60–90 s",
      tone:
        s.longestMonologue === null ? "normal" : s.longestMonologue > MONOLOGUE_LIMIT_SEC ? "warn" : "good",
    },
    {
      key: "client-story",
      label: "Longest client story",
      yours: formatOptionalDuration(s.longestClientStory),
      research: "winning calls: client stretches ≈ 4 min",
      tone:
        s.longestClientStory === null
          ? "normal"
          : s.longestClientStory >= CLIENT_STORY_TARGET_SEC
            ? "good"
            : "normal",
    },
    {
      key: "company-story",
      label: "Company / product story",
      yours: formatOptionalDuration(s.companyStory),
      research: "win rates drop past ≈ 2 min",
      tone: s.companyStory === null ? "normal" : s.companyStory > COMPANY_STORY_LIMIT_SEC ? "bad" : "good",
    },
    {
      key: "duration",
      label: "Conversation length",
      yours: formatOptionalDuration(s.durationSec),
      research: "",
      tone: "normal",
    },
  ]
}
