// Plasmo content script for the Zoom web client. It is injected in all frames because the meeting
// lives in a same-origin iframe; only the top frame runs capture and reaches into that iframe.
// The web client runs at app.zoom.us, at zoom.us/wc/… and at company or regional hosts
// (<name>.zoom.us/wc/…); manifest-overrides/README.md says why each is matched.
import type { PlasmoCSConfig } from "plasmo"
import { createZoomAdapter } from "../capture/platforms/zoom/adapter"
import { runCapture } from "../content/run-capture"

export const config: PlasmoCSConfig = {
  matches: ["https://app.zoom.us/*", "https://zoom.us/wc/*", "https://*.zoom.us/wc/*"],
  all_frames: true,
  run_at: "document_idle",
}

void runCapture(createZoomAdapter)
