/**
 * Opens a fixture page in happy-dom the way the e2e tests serve it: the page URL is the real
 * meeting URL, and every request is answered from the fixture folder by the request path's last
 * segment (index.html when there is none). Scripts run, so the page replays its conversation.
 */
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { Browser, type BrowserWindow } from "happy-dom"

export const FIXTURES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures")

export interface ExpectedUtterance {
  speaker: string
  self: boolean
  text: string
}

/** window.__fixture as the fixture pages define it (tests/fixtures/README.md). */
export interface FixtureApi {
  era: string
  speed: number
  expected: ExpectedUtterance[]
  expectedStatus: string
  start(): Promise<void>
  done: Promise<void>
  leave(): void
  breakout?(): void
  ready?: Promise<unknown>
  readonly captionsOn: boolean
}

export interface FixturePage {
  window: BrowserWindow
  document: Document
  fixture: FixtureApi
  close(): Promise<void>
}

function fileFor(folder: string, url: string): string {
  const base = path.basename(new URL(url).pathname)
  const candidate = path.join(FIXTURES_DIR, folder, base)
  return base.includes(".") && fs.existsSync(candidate)
    ? candidate
    : path.join(FIXTURES_DIR, folder, "index.html")
}

function contentType(file: string): string {
  return file.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8"
}

/**
 * Makes every layout-forcing API throw in a page window, so a test fails if capture code calls one
 * (the content script must never force a layout of the meeting page).
 */
export function forbidLayout(window: BrowserWindow): void {
  const fail = (name: string) => () => {
    throw new Error(`capture forced a layout: ${name}`)
  }
  const element = window.HTMLElement.prototype
  for (const name of [
    "innerText",
    "offsetWidth",
    "offsetHeight",
    "offsetTop",
    "offsetLeft",
    "clientWidth",
    "clientHeight",
  ]) {
    Object.defineProperty(element, name, { get: fail(name), configurable: true })
  }
  window.Element.prototype.getBoundingClientRect = fail("getBoundingClientRect") as never
  window.Element.prototype.getClientRects = fail("getClientRects") as never
  window.getComputedStyle = fail("getComputedStyle") as never
}

export async function openFixture(folder: string, url: string): Promise<FixturePage> {
  const browser = new Browser({
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      enableIframePageLoading: true,
      fetch: {
        interceptor: {
          beforeAsyncRequest: async ({ request, window }) => {
            const file = fileFor(folder, request.url)
            return new window.Response(fs.readFileSync(file, "utf8"), {
              headers: { "content-type": contentType(file) },
            })
          },
          beforeSyncRequest: ({ request, window }) => {
            const file = fileFor(folder, request.url)
            return {
              status: 200,
              statusText: "OK",
              ok: true,
              url: request.url,
              redirected: false,
              headers: new window.Headers({ "content-type": contentType(file) }),
              body: fs.readFileSync(file),
            }
          },
        },
      },
    },
  })
  const page = browser.newPage()
  await page.goto(url)
  const window = page.mainFrame.window
  const fixture = (window as unknown as { __fixture: FixtureApi }).__fixture
  if (!fixture) throw new Error(`fixture ${folder} did not define window.__fixture`)
  await fixture.ready
  forbidLayout(window)
  for (const frame of window.document.querySelectorAll("iframe")) {
    const inner = (frame as unknown as { contentWindow: BrowserWindow | null }).contentWindow
    if (inner) forbidLayout(inner)
  }
  return {
    window,
    document: window.document as unknown as Document,
    fixture,
    close: () => browser.close(),
  }
}
