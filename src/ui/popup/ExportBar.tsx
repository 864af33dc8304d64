/** Download the call (Call JSON or Markdown report) and copy a short summary for CRM notes. */
import { useState } from "react"
import type { CallJson } from "../../core/types"
import { renderMarkdown } from "../../report/markdown"
import type { ReportOptions } from "../../report/model"
import { callJsonText, exportFileName, MIME_TYPES } from "./call-export"
import type { CallExporter } from "./popup-env"

export interface ExportBarProps {
  call: CallJson
  startedAtMs: number | null
  exporter: CallExporter
  /** The plain-text summary, built only when the user copies. */
  summaryText: () => string
  reportOptions: ReportOptions
}

type CopyState = "idle" | "copied" | "failed"

export function ExportBar({ call, startedAtMs, exporter, summaryText, reportOptions }: ExportBarProps) {
  const [copy, setCopy] = useState<CopyState>("idle")
  const onCopy = () => {
    void exporter.copy(summaryText()).then((ok) => {
      setCopy(ok ? "copied" : "failed")
      setTimeout(() => setCopy("idle"), 2500)
    })
  }
  return (
    <div className="export-bar" role="group" aria-label="Export this call">
      <button
        type="button"
        data-testid="export-json"
        title="The call with every classified utterance, re-scorable with npm run score"
        onClick={() =>
          exporter.download(exportFileName(startedAtMs, "json"), callJsonText(call), MIME_TYPES.json)
        }
      >
        Export JSON
      </button>
      <button
        type="button"
        data-testid="export-markdown"
        title="A readable report with the transcript"
        onClick={() =>
          exporter.download(
            exportFileName(startedAtMs, "markdown"),
            renderMarkdown(call, reportOptions),
            MIME_TYPES.markdown,
          )
        }
      >
        Export Markdown
      </button>
      <button type="button" data-testid="copy-summary" onClick={onCopy}>
        Copy summary
      </button>
      <span className="copy-status" role="status">
        {copy === "copied" ? "Copied" : copy === "failed" ? "Could not copy" : ""}
      </span>
    </div>
  )
}
