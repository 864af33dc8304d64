/**
 * The review page (tabs/review.html): review recorded calls from transcript files, and rehearse
 * what to say next. Everything runs in this page and the extension's storage; no network.
 */
import { useEffect, useMemo, useState } from "react"
import { useStore } from "zustand"
import { FileJobs } from "./FileJobs"
import { FilePicker } from "./FilePicker"
import { ImportedCall } from "./ImportedCall"
import { Rehearse } from "./Rehearse"
import { queueDeps, type ReviewEnv } from "./review-env"
import { createReviewQueue } from "./review-queue"
import { warmUp } from "./warm-up"
// The summary is the popup's own component, so it brings the popup's styles; review.css widens the page.
import "../popup/popup.css"
import "./review.css"

export function ReviewPage({ env }: { env: ReviewEnv }) {
  const queue = useMemo(() => createReviewQueue(queueDeps(env)), [env])
  const jobs = useStore(queue.store, (state) => state.jobs)
  const shownCallId = useStore(queue.store, (state) => state.shownCallId)
  const [warm, setWarm] = useState(false)
  useEffect(() => {
    let active = true
    // After the first paint, while the seller looks for a file.
    // A background that cannot classify yet says so when a file or a line is judged, not here.
    const timer = setTimeout(
      () =>
        void warmUp(env.classifyLines)
          .catch(() => undefined)
          .finally(() => active && setWarm(true)),
      0,
    )
    return () => {
      active = false
      clearTimeout(timer)
    }
  }, [env])
  return (
    <main className="review-page" data-warm={warm}>
      <header className="review-head">
        <h1>One-Up Coach: review and rehearse</h1>
        <p className="muted">Files are read and judged in this browser. Nothing is uploaded.</p>
      </header>
      <section className="review-files" aria-labelledby="review-title">
        <h2 id="review-title">Review a recorded call</h2>
        <p className="muted">
          Pick or drop transcripts: WebVTT (Zoom, Teams, Meet recordings), SRT, JSON Lines, “Name: text”
          lines, or a call exported from this coach. Each one is judged like a live call and saved to your
          history.
        </p>
        <FilePicker onFiles={queue.addFiles} />
        <FileJobs
          jobs={jobs}
          shownCallId={shownCallId}
          onChoose={queue.chooseSeller}
          onSkip={queue.skip}
          onShow={queue.show}
        />
        {shownCallId !== null && (
          <ImportedCall env={env} callId={shownCallId} onGone={() => queue.show(null)} />
        )}
      </section>
      <Rehearse env={env} />
    </main>
  )
}
