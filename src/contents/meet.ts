import type { PlasmoCSConfig } from "plasmo"
export const config: PlasmoCSConfig = { matches: ["https://meet.google.com/*"], run_at: "document_idle" }
console.log("meet")
