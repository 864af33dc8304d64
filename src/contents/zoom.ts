// Plasmo content script for the Zoom web client. It is injected in all frames because the meeting
// lives in a same-origin iframe; only the top frame runs capture and reaches into that iframe.
import type { PlasmoCSConfig } from "plasmo"
import { runCapture } from "../content/run-capture"

export const config: PlasmoCSConfig = {
  matches: ["https://app.zoom.us/*"],
  all_frames: true,
  run_at: "document_idle",
}

void runCapture()
