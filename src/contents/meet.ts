// Plasmo content script for Google Meet; the capture logic lives in src/capture/ and src/content/.
import type { PlasmoCSConfig } from "plasmo"
import { createMeetAdapter } from "../capture/platforms/meet/adapter"
import { runCapture } from "../content/run-capture"

export const config: PlasmoCSConfig = {
  matches: ["https://meet.google.com/*"],
  run_at: "document_idle",
}

void runCapture(createMeetAdapter)
