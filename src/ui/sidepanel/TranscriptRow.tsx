/**
 * One transcript line. Seller lines carry their verdict (colour, icon and text) and, on hover or
 * focus, the principles they touched with the words that triggered each. Other speakers' lines
 * offer "This is me", for when the page did not say which speaker is the seller.
 */
import { memo, type Ref } from "react"
import { PRINCIPLES } from "../../core/principles"
import type { Verdict } from "../../core/types"
import type { LiveUtterance } from "../../session/call-types"
import { clockTime } from "./format"

const VERDICTS: Record<Verdict, { icon: string; text: string }> = {
  up: { icon: "▲", text: "One-Up" },
  down: { icon: "▼", text: "One-Down" },
  neutral: { icon: "•", text: "Neutral" },
}

export interface TranscriptRowProps {
  utterance: LiveUtterance
  index: number
  /** The speaker changed since the previous line: show the name. */
  newSpeaker: boolean
  /** The one row Tab stops on (roving tabindex). */
  tabbable: boolean
  measureRef: Ref<HTMLLIElement>
  onThisIsMe?: (speaker: string) => void
}

function TranscriptRowView({
  utterance: u,
  index,
  newSpeaker,
  tabbable,
  measureRef,
  onThisIsMe,
}: TranscriptRowProps) {
  const verdict = VERDICTS[u.verdict] ?? VERDICTS.neutral
  const labelsId = u.self && u.labels.length > 0 ? `labels-${u.id}` : undefined
  return (
    <li
      ref={measureRef}
      className={`row ${u.self ? "row-self" : "row-client"} verdict-${u.verdict}${u.final ? "" : " row-live"}${
        newSpeaker ? " row-new-speaker" : ""
      }`}
      data-testid="utterance"
      data-speaker={u.speaker}
      data-self={String(u.self)}
      data-verdict={u.verdict}
      data-final={String(u.final)}
      data-index={index}
      data-id={u.id}
      tabIndex={tabbable ? 0 : -1}
      aria-describedby={labelsId}
    >
      <div className="row-head">
        <bdi className={`row-speaker${newSpeaker ? "" : " visually-hidden"}`}>{u.speaker}</bdi>
        <span className="row-time">{clockTime(u.start)}</span>
        {u.self && (
          <span className="row-verdict">
            <span aria-hidden="true">{verdict.icon}</span> {verdict.text}
          </span>
        )}
        {!u.final && <span className="visually-hidden">(still being captioned)</span>}
        {onThisIsMe && !u.self && (
          <button
            type="button"
            className="row-this-is-me link-button"
            data-testid="utterance-this-is-me"
            aria-label={`This is me: ${u.speaker}`}
            onClick={() => onThisIsMe(u.speaker)}
          >
            This is me
          </button>
        )}
      </div>
      <p className="row-text" data-testid="utterance-text" dir="auto">
        {u.text}
      </p>
      {labelsId && (
        <ul className="row-labels" id={labelsId}>
          {u.labels.map((label, position) => (
            <li key={`${label.rule}-${position}`} className={`row-label ${label.polarity}`}>
              <span aria-hidden="true">{label.polarity === "up" ? "▲" : "▼"}</span>{" "}
              {label.polarity === "up" ? "One-Up" : "One-Down"} ·{" "}
              {PRINCIPLES[label.principle]?.title ?? label.principle}
              {label.evidence ? <q className="row-evidence">{label.evidence}</q> : null}
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}

/** Chunks are re-read from storage as new objects: compare what the row shows, not identity. */
function sameRow(a: TranscriptRowProps, b: TranscriptRowProps): boolean {
  const x = a.utterance
  const y = b.utterance
  return (
    a.index === b.index &&
    a.newSpeaker === b.newSpeaker &&
    a.tabbable === b.tabbable &&
    a.measureRef === b.measureRef &&
    a.onThisIsMe === b.onThisIsMe &&
    x.id === y.id &&
    x.revision === y.revision &&
    x.final === y.final &&
    x.text === y.text &&
    x.speaker === y.speaker &&
    x.self === y.self &&
    x.verdict === y.verdict &&
    x.start === y.start &&
    sameLabels(x.labels, y.labels)
  )
}

function sameLabels(a: LiveUtterance["labels"], b: LiveUtterance["labels"]): boolean {
  return (
    a.length === b.length &&
    a.every((label, i) => {
      const other = b[i]
      return (
        other !== undefined &&
        label.rule === other.rule &&
        label.polarity === other.polarity &&
        label.principle === other.principle &&
        label.evidence === other.evidence
      )
    })
  )
}

export const TranscriptRow = memo(TranscriptRowView, sameRow)
