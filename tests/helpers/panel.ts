/** Reads what the side panel shows, through the public data-testid contract (contracts.md §4). */
import type { Page } from "playwright-core"

export interface ShownUtterance {
  speaker: string
  self: boolean
  verdict: string
  final: boolean
  text: string
}

export async function shownUtterances(panel: Page): Promise<ShownUtterance[]> {
  return panel.$$eval('[data-testid="utterance"]', (rows) =>
    rows.map((row) => ({
      speaker: row.getAttribute("data-speaker") ?? "",
      self: row.getAttribute("data-self") === "true",
      verdict: row.getAttribute("data-verdict") ?? "",
      final: row.getAttribute("data-final") === "true",
      text: row.querySelector('[data-testid="utterance-text"]')?.textContent ?? "",
    })),
  )
}

export async function captureState(panel: Page): Promise<string | null> {
  return panel.getByTestId("capture-status").first().getAttribute("data-state")
}

/** Polls until `read` returns a value `done` accepts; returns the last value either way. */
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    value = await read()
  }
  return value
}

export interface ShownNudge {
  principle: string
  polarity: string
  text: string
}

export async function shownNudges(panel: Page): Promise<ShownNudge[]> {
  return panel.$$eval('[data-testid="nudge"]', (nudges) =>
    nudges.map((nudge) => ({
      principle: nudge.getAttribute("data-principle") ?? "",
      polarity: nudge.getAttribute("data-polarity") ?? "",
      text: nudge.textContent ?? "",
    })),
  )
}

export async function metricValue(page: Page, testId: string): Promise<string | null> {
  return page.getByTestId(testId).first().getAttribute("data-value")
}

/** The panel's rows once it shows at least `count` of them and all are final (or the last read after 20 s). */
export async function settledUtterances(panel: Page, count: number): Promise<ShownUtterance[]> {
  return waitFor(
    () => shownUtterances(panel),
    (list) => list.length >= count && list.every((row) => row.final),
  )
}
