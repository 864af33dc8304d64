/**
 * A destructive button that asks first, inline: the first click turns it into "Confirm / Cancel"
 * (a native confirm() dialog can close an extension popup on some systems).
 */
import { useState } from "react"

export interface ConfirmButtonProps {
  label: string
  /** Accessible name of the first button, e.g. "Delete the call of 14 Mar". */
  ariaLabel?: string
  question: string
  confirmLabel: string
  onConfirm(): void
  testId?: string
}

export function ConfirmButton({
  label,
  ariaLabel,
  question,
  confirmLabel,
  onConfirm,
  testId,
}: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false)
  if (!asking) {
    return (
      <button
        type="button"
        className="danger"
        aria-label={ariaLabel}
        data-testid={testId}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    )
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm-question">{question}</span>
      <button
        type="button"
        className="danger"
        data-testid={testId ? `${testId}-confirm` : undefined}
        autoFocus
        onClick={() => {
          setAsking(false)
          onConfirm()
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  )
}
