/** The file input (contract: `review-file`) inside a drop zone for transcripts dragged in. */
import { useEffect, useState } from "react"
import type { PickedFile } from "./read-file"

export function FilePicker({ onFiles }: { onFiles(files: PickedFile[]): void }) {
  const [over, setOver] = useState(false)
  useEffect(() => {
    // A file dropped beside the zone would make the browser open it in place of this page.
    const keepPage = (event: DragEvent) => event.preventDefault()
    window.addEventListener("dragover", keepPage)
    window.addEventListener("drop", keepPage)
    return () => {
      window.removeEventListener("dragover", keepPage)
      window.removeEventListener("drop", keepPage)
    }
  }, [])
  return (
    <div
      className={`drop-zone${over ? " over" : ""}`}
      onDragOver={(event) => {
        event.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault()
        setOver(false)
        const files = Array.from(event.dataTransfer.files)
        if (files.length > 0) onFiles(files)
      }}
    >
      <label className="file-label">
        <span className="button-like primary">Choose transcript files</span>
        <input
          type="file"
          multiple
          data-testid="review-file"
          accept=".vtt,.srt,.txt,.jsonl,.json,text/vtt,text/plain,application/json"
          className="visually-hidden"
          onChange={(event) => {
            const files = Array.from(event.target.files ?? [])
            // Cleared so picking the same file again is a new review, not "no change".
            event.target.value = ""
            if (files.length > 0) onFiles(files)
          }}
        />
      </label>
      <span className="muted"> or drop them here</span>
    </div>
  )
}
