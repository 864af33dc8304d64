/**
 * Rehearse: the seller types or pastes what they plan to say (one line per utterance) and sees,
 * as they pause, how the coach judges each line. Drills give a client situation per principle to
 * answer; a checked answer counts toward that principle's progress, kept in extension storage.
 */
import { useEffect, useMemo, useState } from "react"
import { PRINCIPLES } from "../../core/principles"
import type { Verdict } from "../../core/types"
import { createCorrectionsStore } from "../../state/corrections"
import { useStoredValue } from "../popup/use-stored"
import { DRILLS, drillsOf, type Drill } from "./drills"
import { answerVerdict, NOTHING_REHEARSED, rehearse, type Rehearsal } from "./rehearse"
import { RehearseLine } from "./RehearseLine"
import type { ReviewEnv } from "./review-env"
import { normalizeProgress, progressByPrinciple, recordAttempt, REVIEW_KEYS } from "./review-storage"

/** Long enough not to judge half-typed words, short enough to feel immediate. */
export const REHEARSE_DEBOUNCE_MS = 300

const VERDICT_WORDS: Record<Verdict, string> = { up: "One-Up", down: "One-Down", neutral: "neutral" }

export function Rehearse({ env }: { env: ReviewEnv }) {
  const [text, setText] = useState("")
  const [judgedText, setJudgedText] = useState("")
  const [drillId, setDrillId] = useState<string | null>(null)
  const [checked, setChecked] = useState<{ drillId: string; verdict: Verdict } | null>(null)
  const stored = useStoredValue<unknown>(env.storage, REVIEW_KEYS.drillProgress)
  const progress = useMemo(() => normalizeProgress(stored.value), [stored.value])
  const corrections = useMemo(() => createCorrectionsStore(env.store, env.now), [env])

  const [rehearsal, setRehearsal] = useState<Rehearsal>(NOTHING_REHEARSED)
  const [unjudged, setUnjudged] = useState(false)

  useEffect(() => {
    const timer = setTimeout(() => setJudgedText(text), REHEARSE_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text])
  useEffect(() => {
    // Only the answer for the text still on screen is shown; earlier answers arriving late are dropped.
    let current = true
    rehearse(judgedText, env.classifyLines).then(
      (judged) => current && (setRehearsal(judged), setUnjudged(false)),
      () => current && setUnjudged(true),
    )
    return () => {
      current = false
    }
  }, [judgedText, env])
  const drill = DRILLS.find((candidate) => candidate.id === drillId) ?? null

  const checkAnswer = async () => {
    if (!drill) return
    // Judged now, not from the debounced text: the seller may click straight after typing.
    let verdict: Verdict
    try {
      verdict = answerVerdict((await rehearse(text, env.classifyLines)).lines)
    } catch {
      setUnjudged(true)
      return
    }
    const current = normalizeProgress(
      (await env.store.get([REVIEW_KEYS.drillProgress]))[REVIEW_KEYS.drillProgress],
    )
    await env.store.set({ [REVIEW_KEYS.drillProgress]: recordAttempt(current, drill.id, verdict, env.now()) })
    setJudgedText(text)
    setChecked({ drillId: drill.id, verdict })
  }

  return (
    <section className="rehearse" id="rehearse" aria-labelledby="rehearse-title">
      <h2 id="rehearse-title">Rehearse what to say</h2>
      <DrillPicker drillId={drillId} onPick={(id) => (setDrillId(id), setChecked(null))} />
      {drill && <DrillPrompt drill={drill} />}
      <label className="rehearse-label" htmlFor="rehearse-input">
        {drill ? "Your answer" : "Type or paste what you plan to say, one line per thing you would say"}
      </label>
      <textarea
        id="rehearse-input"
        data-testid="rehearse-input"
        rows={5}
        value={text}
        placeholder="e.g. So a quick bit about us: we were founded in 2009…"
        onChange={(event) => setText(event.target.value)}
      />
      {drill && (
        <div className="drill-check">
          <button
            type="button"
            className="primary"
            data-testid="drill-submit"
            disabled={text.trim() === ""}
            onClick={() => void checkAnswer()}
          >
            Check my answer
          </button>
          {checked?.drillId === drill.id && (
            <p
              className={`drill-result ${checked.verdict}`}
              data-testid="drill-result"
              data-verdict={checked.verdict}
              role="status"
            >
              The coach judges this answer {VERDICT_WORDS[checked.verdict]}.{" "}
              {checked.verdict === "up" ? "Drill passed." : `What a One-Up answer does: ${drill.aim}`}
            </p>
          )}
        </div>
      )}
      <ul className="rehearse-lines" aria-live="polite">
        {rehearsal.lines.map((line) => (
          <RehearseLine
            key={line.key}
            line={line}
            onCorrect={(draft) => corrections.add(draft).then(() => true)}
          />
        ))}
      </ul>
      {unjudged && (
        <p className="muted" role="alert" data-testid="rehearse-error">
          The coach could not judge these lines just now: try again in a moment.
        </p>
      )}
      {rehearsal.leftOut > 0 && (
        <p className="muted">{rehearsal.leftOut} more lines were not judged: rehearse a few at a time.</p>
      )}
      <h3>Your practice</h3>
      <ul className="drill-progress-list">
        {progressByPrinciple(progress).map((row) => (
          <li
            key={row.principle}
            data-testid="drill-progress"
            data-principle={row.principle}
            data-passed={row.passed}
            data-total={row.total}
          >
            <span>{PRINCIPLES[row.principle].title}</span>
            <span className="muted" title={`${row.tried} of ${row.total} tried`}>
              {row.passed}/{row.total} passed
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}

function DrillPicker({ drillId, onPick }: { drillId: string | null; onPick(id: string | null): void }) {
  return (
    <label className="drill-picker">
      Practise a situation{" "}
      <select
        data-testid="drill-select"
        value={drillId ?? ""}
        onChange={(event) => onPick(event.target.value === "" ? null : event.target.value)}
      >
        <option value="">Free rehearsal (no situation)</option>
        {Object.values(PRINCIPLES).map((principle) => (
          <optgroup key={principle.id} label={principle.title}>
            {drillsOf(principle.id).map((drill) => (
              <option key={drill.id} value={drill.id}>
                {drill.client}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  )
}

function DrillPrompt({ drill }: { drill: Drill }) {
  return (
    <blockquote className="drill-prompt" data-testid="drill-prompt" data-drill={drill.id}>
      <span className="muted">{PRINCIPLES[drill.principle].title}. The client says:</span>
      <p>“{drill.client}”</p>
    </blockquote>
  )
}
