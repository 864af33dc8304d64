/** Every stored call, newest first: pick one to review it, delete one or all; the score trend on top. */
import type { CallIndexEntry } from "../../session/call-types"
import { ConfirmButton } from "./ConfirmButton"
import { formatDateTime, formatOptionalDuration, platformLabel } from "./popup-format"
import { Sparkline } from "./Sparkline"
import { trendScores } from "./sparkline"

export interface HistoryProps {
  entries: readonly CallIndexEntry[]
  shownId: string | null
  onSelect(callId: string): void
  onDelete(callId: string): void
  onDeleteAll(): void
}

export function History({ entries, shownId, onSelect, onDelete, onDeleteAll }: HistoryProps) {
  return (
    <section className="history" aria-labelledby="history-title">
      <div className="history-head">
        <h2 id="history-title">History</h2>
        <Sparkline trend={trendScores(entries)} />
      </div>
      {entries.length === 0 ? (
        <p className="muted" data-testid="history-empty">
          No calls yet. Join a Google Meet, Zoom or Teams call with captions on, and your reviews collect
          here. Calls stay on this computer.
        </p>
      ) : (
        <>
          <ul className="history-list">
            {entries.map((entry) => (
              <HistoryItem
                key={entry.callId}
                entry={entry}
                shown={entry.callId === shownId}
                onSelect={onSelect}
                onDelete={onDelete}
              />
            ))}
          </ul>
          <div className="history-foot">
            <ConfirmButton
              label="Delete all calls"
              question={`Delete all ${entries.length} calls?`}
              confirmLabel="Delete all"
              onConfirm={onDeleteAll}
              testId="delete-all"
            />
          </div>
        </>
      )}
    </section>
  )
}

interface HistoryItemProps {
  entry: CallIndexEntry
  shown: boolean
  onSelect(callId: string): void
  onDelete(callId: string): void
}

function HistoryItem({ entry, shown, onSelect, onDelete }: HistoryItemProps) {
  const date = formatDateTime(entry.startedAt)
  const live = entry.endedAt === null
  return (
    <li
      className={`history-item${shown ? " shown" : ""}`}
      data-testid="history-item"
      data-call-id={entry.callId}
      data-platform={entry.platform}
      data-score={entry.score ?? ""}
    >
      <button
        type="button"
        className="history-open"
        aria-current={shown ? "true" : undefined}
        onClick={() => onSelect(entry.callId)}
      >
        <span className="history-title">{entry.title || `Call on ${platformLabel(entry.platform)}`}</span>
        <span className="history-meta">
          {date} · {platformLabel(entry.platform)} ·{" "}
          {live ? "in progress" : formatOptionalDuration(entry.durationSec)}
        </span>
        <span
          className="history-score"
          aria-label={entry.score === null ? "not scored" : `score ${entry.score}`}
        >
          {entry.score ?? "–"}
        </span>
      </button>
      <ConfirmButton
        label="Delete"
        ariaLabel={`Delete the call of ${date}`}
        question="Delete this call?"
        confirmLabel="Delete"
        onConfirm={() => onDelete(entry.callId)}
        testId="delete-call"
      />
    </li>
  )
}
