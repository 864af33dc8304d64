// Plasmo content script for Microsoft Teams on the web (work, personal and cloud.microsoft hosts).
import type { PlasmoCSConfig } from "plasmo"
import { createTeamsAdapter } from "../capture/platforms/teams/adapter"
import { runCapture } from "../content/run-capture"

export const config: PlasmoCSConfig = {
  matches: ["https://teams.microsoft.com/*", "https://teams.live.com/*", "https://teams.cloud.microsoft/*"],
  run_at: "document_idle",
}

void runCapture(createTeamsAdapter)
