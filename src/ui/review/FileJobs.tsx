/**
 * The files of this visit, each with where it stands: a progress bar while it is judged
 * (`review-progress`), the seller question, one sentence when it failed (`review-error`), or a
 * button to show its review.
 */
import { formatPercent } from "../../metrics/format"
import type { FileJob } from "./review-queue"

export interface FileJobsProps {
  jobs: readonly FileJob[]
  shownCallId: string | null
  onChoose(key: string, speaker: string): void
  onSkip(key: string): void
  onShow(callId: string): void
}

export function FileJobs({ jobs, shownCallId, onChoose, onSkip, onShow }: FileJobsProps) {
  if (jobs.length === 0) return null
  return (
    <ul className="file-jobs" aria-label="Files">
      {jobs.map((job) => (
        <li
          key={job.key}
          className={`file-job state-${job.state}`}
          data-testid="review-job"
          data-state={job.state}
        >
          <span className="file-name">{job.name}</span>
          <JobStatus job={job} shown={job.callId !== null && job.callId === shownCallId} onShow={onShow} />
          {job.state === "choosing" && job.speakers && (
            <SpeakerQuestion job={job} onChoose={onChoose} onSkip={onSkip} />
          )}
          {job.notes.length > 0 && job.state !== "failed" && (
            <ul className="file-notes">
              {job.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  )
}

function JobStatus({ job, shown, onShow }: { job: FileJob; shown: boolean; onShow(callId: string): void }) {
  switch (job.state) {
    case "waiting":
      return <span className="muted">waiting</span>
    case "reading":
      return <span className="muted">reading…</span>
    case "choosing":
      return <span className="muted">which speaker are you?</span>
    case "judging":
      return (
        <span className="judging">
          <progress
            data-testid="review-progress"
            max={Math.max(1, job.total)}
            value={job.done}
            aria-label={`Judging ${job.name}`}
          />
          <span className="muted">
            {job.done} of {job.total} lines
          </span>
        </span>
      )
    case "saving":
      return <span className="muted">saving…</span>
    case "done":
      return shown ? (
        <span className="muted">shown below</span>
      ) : (
        <button type="button" className="link" onClick={() => job.callId && onShow(job.callId)}>
          Show review
        </button>
      )
    case "skipped":
      return <span className="muted">left out</span>
    case "failed":
      return (
        <p className="problem" role="alert" data-testid="review-error" data-file={job.name}>
          {job.error}
        </p>
      )
  }
}

function SpeakerQuestion({
  job,
  onChoose,
  onSkip,
}: {
  job: FileJob
  onChoose: FileJobsProps["onChoose"]
  onSkip: FileJobsProps["onSkip"]
}) {
  return (
    <fieldset className="speaker-question" data-testid="review-speaker-question">
      <legend>The file does not say who the seller is. Which speaker are you?</legend>
      <div className="speaker-options">
        {(job.speakers ?? []).map((speaker) => (
          <button
            key={speaker.speaker}
            type="button"
            data-testid="review-speaker-option"
            data-speaker={speaker.speaker}
            onClick={() => onChoose(job.key, speaker.speaker)}
          >
            <strong>{speaker.speaker}</strong>{" "}
            <span className="muted">{formatPercent(speaker.share)} of the talk</span>
          </button>
        ))}
        <button type="button" className="link" onClick={() => onSkip(job.key)}>
          None of them: leave this file out
        </button>
      </div>
      <p className="muted">The name is remembered, so later files with it are judged straight away.</p>
    </fieldset>
  )
}
