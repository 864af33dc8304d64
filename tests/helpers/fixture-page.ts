/** Drives a fixture meeting page through its window.__fixture API (tests/fixtures/README.md). */
import type { Page } from "playwright-core"

export interface ExpectedUtterance {
  speaker: string
  self: boolean
  text: string
}

export async function startFixture(page: Page): Promise<void> {
  await page.waitForFunction(() => "__fixture" in window)
  await page.evaluate(() => (window as unknown as { __fixture: { start(): void } }).__fixture.start())
}

export async function fixtureDone(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __fixture: { done: Promise<void> } }).__fixture.done)
}

export async function leaveFixture(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __fixture: { leave(): void } }).__fixture.leave())
}

export async function expectedUtterances(page: Page): Promise<ExpectedUtterance[]> {
  return page.evaluate(
    () => (window as unknown as { __fixture: { expected: ExpectedUtterance[] } }).__fixture.expected,
  )
}

/** Says one line on the meet-2026-say fixture; resolves once its final text is on the page. */
export async function say(page: Page, speaker: string, text: string, options: { keepLive?: boolean } = {}) {
  await page.evaluate(
    ([who, words, opts]) =>
      (
        window as unknown as { __fixture: { say(s: string, t: string, o: object): Promise<void> } }
      ).__fixture.say(who, words, opts),
    [speaker, text, options] as const,
  )
}
