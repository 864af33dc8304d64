/** Always on top: what the coach can see right now, and the fix when it can't. */
import type { CaptureStatus } from "../../capture/types"
import { statusHelp } from "./status-help"

export function StatusBar({ status, loaded }: { status: CaptureStatus | null; loaded: boolean }) {
  const help = statusHelp(loaded ? status : null)
  return (
    <header className={`status tone-${help.tone}`} data-testid="capture-status" data-state={help.state}>
      <p className="status-title" aria-live="polite">
        <span className="status-dot" aria-hidden="true" />
        {loaded ? help.title : "Connecting…"}
      </p>
      {help.lines.map((line) => (
        <p key={line} className="status-line">
          {line}
        </p>
      ))}
      {help.steps.length > 0 && (
        <ul className="status-steps">
          {help.steps.map((step) => (
            <li key={step.platform}>
              <strong>{step.platform}:</strong> {step.how}
            </li>
          ))}
        </ul>
      )}
      {help.report && (
        <p className="status-line">
          <a href={help.report.href} target="_blank" rel="noreferrer">
            {help.report.label}
          </a>
          {status?.detail ? <span className="status-detail"> ({status.detail})</span> : null}
        </p>
      )}
    </header>
  )
}
