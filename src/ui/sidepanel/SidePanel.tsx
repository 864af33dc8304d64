/** The live coach in the browser's side panel (first cut: status, metrics, transcript). */
import { useEffect } from "react"
import { startFollowing, useCallStore } from "../state/call-store"

export function SidePanel({ windowId }: { windowId: number | null }) {
  useEffect(() => startFollowing(windowId), [windowId])
  const { meta, utterances, loaded } = useCallStore()
  const state = meta?.status.state ?? "idle"
  const summary = meta?.summary
  return (
    <main>
      <p data-testid="capture-status" data-state={loaded ? state : "idle"}>
        {state}
      </p>
      <div data-testid="metric-talk-ratio" data-value={summary?.talkRatio.self ?? 0} />
      <div data-testid="metric-questions" data-value={summary?.questions.self ?? 0} />
      <div data-testid="metric-score" data-value={summary?.score ?? ""} />
      <ol>
        {utterances.map((utterance) => (
          <li
            key={utterance.id}
            data-testid="utterance"
            data-speaker={utterance.speaker}
            data-self={String(utterance.self)}
            data-verdict={utterance.verdict}
            data-final={String(utterance.final)}
          >
            <strong>{utterance.speaker}</strong> <span data-testid="utterance-text">{utterance.text}</span>
          </li>
        ))}
      </ol>
    </main>
  )
}
