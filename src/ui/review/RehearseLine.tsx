/**
 * One rehearsed line as the coach judges it (contract: `rehearse-line` with `data-verdict`): the
 * words that triggered each label highlighted, and per label a `nudge` with its principle and,
 * for a One-Down label, the One-Up move.
 */
import { PRINCIPLES } from "../../core/principles"
import type { CorrectionDraft } from "../../state/corrections"
import { CorrectionForm } from "../popup/CorrectionForm"
import { labelAdvice, markEvidence, type RehearsedLine } from "./rehearse"

const VERDICT_TEXT = { up: "▲ One-Up", down: "▼ One-Down", neutral: "Neutral" } as const

export interface RehearseLineProps {
  line: RehearsedLine
  onCorrect(draft: CorrectionDraft): Promise<boolean>
}

export function RehearseLine({ line, onCorrect }: RehearseLineProps) {
  const { verdict, labels, question } = line.judged
  const pieces = markEvidence(
    line.text,
    labels.map((label) => label.evidence),
  )
  const shown = labels.find((label) => label.polarity === verdict) ?? labels[0]
  return (
    <li className={`rehearse-line verdict-${verdict}`} data-testid="rehearse-line" data-verdict={verdict}>
      <p className="rehearse-text">
        <span className={`verdict-badge ${verdict}`}>{VERDICT_TEXT[verdict]}</span>{" "}
        {pieces.map((piece, index) =>
          piece.marked ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>,
        )}
        {question && <span className="muted"> (a question)</span>}
      </p>
      {labels.map((label) => (
        <div
          key={`${label.rule}:${label.evidence}`}
          className={`rehearse-nudge ${label.polarity}`}
          data-testid="nudge"
          data-principle={label.principle}
          data-polarity={label.polarity}
        >
          <strong>{PRINCIPLES[label.principle].title}</strong>: “{label.evidence}”
          {label.polarity === "down" ? (
            <p>
              <strong>One-Up move:</strong> {labelAdvice(label)}
            </p>
          ) : (
            <p className="muted">{labelAdvice(label)}</p>
          )}
        </div>
      ))}
      <CorrectionForm
        line={{
          callId: null,
          utteranceId: null,
          self: true,
          text: line.text,
          coach: { verdict, principle: shown?.principle ?? null, rule: shown?.rule ?? null },
        }}
        onSave={onCorrect}
      />
    </li>
  )
}
