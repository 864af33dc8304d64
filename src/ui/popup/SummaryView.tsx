/**
 * The review of one call, built from its stored meta and utterances: score, focus points,
 * moments, figures against the research, timeline, principles, and export. Takes everything as
 * props so it renders in tests without the extension.
 */
import { useMemo } from "react"
import type { RewriteLookup } from "../../metrics/moments"
import { buildReportModel } from "../../report/model"
import type { CallMeta, LiveUtterance } from "../../session/call-types"
import type { CorrectionDraft } from "../../state/corrections"
import { buildCallJson } from "./call-export"
import { clipboardSummary } from "./clipboard-summary"
import { ExportBar } from "./ExportBar"
import { FocusPoints } from "./FocusPoints"
import { MetricsTable } from "./MetricsTable"
import { Moments } from "./Moments"
import type { CallExporter } from "./popup-env"
import { formatDateTime, formatOptionalDuration, platformLabel } from "./popup-format"
import { PrincipleBreakdown } from "./PrincipleBreakdown"
import { ScoreCard } from "./ScoreCard"
import { Timeline } from "./Timeline"

export interface SummaryViewProps {
  meta: CallMeta
  utterances: readonly LiveUtterance[]
  exporter: CallExporter
  rewriteFor: RewriteLookup
  /** "Last call", "Call in progress", "From your history". */
  kicker: string
  /** Stores the seller's correction of a judged moment; without it, moments cannot be corrected. */
  onCorrect?: (draft: CorrectionDraft) => Promise<boolean>
}

export function SummaryView({ meta, utterances, exporter, rewriteFor, kicker, onCorrect }: SummaryViewProps) {
  const call = useMemo(() => buildCallJson(meta, utterances), [meta, utterances])
  const reportOptions = useMemo(() => ({ rewriteFor }), [rewriteFor])
  const report = useMemo(
    () => buildReportModel(call, { ...reportOptions, includeTranscript: false }),
    [call, reportOptions],
  )
  const platform = platformLabel(meta.platform)
  const date = formatDateTime(meta.startedAt)
  const length = meta.endedAt === null ? "in progress" : formatOptionalDuration(durationOf(meta), "")
  const headingId = `summary-title-${meta.callId}`
  return (
    <section className="summary" data-testid="summary" data-call-id={meta.callId} aria-labelledby={headingId}>
      <header className="summary-head">
        <p className="kicker">{kicker}</p>
        <h2 id={headingId}>{meta.title || `Call on ${platform}`}</h2>
        <p className="muted">{[platform, date, length].filter(Boolean).join(" · ")}</p>
      </header>
      <ScoreCard summary={meta.summary} />
      <ExportBar
        call={call}
        startedAtMs={meta.startedAt}
        exporter={exporter}
        reportOptions={reportOptions}
        summaryText={() =>
          clipboardSummary({
            title: meta.title,
            dateText: date,
            platformText: platform,
            summary: meta.summary,
            focus: report.focus,
          })
        }
      />
      <h3>Focus for your next call</h3>
      <FocusPoints points={report.focus} />
      <Moments
        down={report.oneDown}
        up={report.oneUp}
        correct={onCorrect && { callId: meta.callId, onSave: onCorrect }}
      />
      <h3>The conversation</h3>
      <MetricsTable summary={meta.summary} />
      <Timeline utterances={call.utterances} />
      <h3>Principles</h3>
      <PrincipleBreakdown rows={report.principles} />
    </section>
  )
}

function durationOf(meta: CallMeta): number | null {
  if (meta.endedAt === null) return null
  return Math.max(0, Math.round((meta.endedAt - meta.startedAt) / 1000))
}
