/** One glanceable figure: a label, the value, an optional hint; data-value carries the raw number. */
import type { ReactNode } from "react"

export interface MeterProps {
  testId: string
  label: string
  /** The raw value for tests and scripts ("" when there is none yet). */
  value: number | string
  display: ReactNode
  hint?: ReactNode
  tone?: "normal" | "warn" | "good"
  title?: string
  children?: ReactNode
}

export function Meter({ testId, label, value, display, hint, tone = "normal", title, children }: MeterProps) {
  return (
    <div className={`meter tone-${tone}`} data-testid={testId} data-value={value} title={title}>
      <span className="meter-label">{label}</span>
      <span className="meter-value">{display}</span>
      {hint !== undefined && <span className="meter-hint">{hint}</span>}
      {children}
    </div>
  )
}
