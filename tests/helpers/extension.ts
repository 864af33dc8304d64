/**
 * The end-to-end harness: launches Debian's Chromium with the built extension, serves fixture
 * pages at the real meeting URLs by request routing (so the real content scripts inject there),
 * and opens the extension's own pages as a user would see them.
 *
 *   const browser = await launchExtension({ fixtures: { "https://meet.google.com/": "meet-2026" } })
 *   const meeting = await browser.openMeeting("https://meet.google.com/abc-defg-hij")
 *   const panel = await browser.openSidePanel()
 */
import { existsSync, readFileSync, statSync } from "node:fs"
import { extname, join, normalize } from "node:path"
import type { BrowserContext, Page, Worker } from "playwright-core"
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from "../../src/state/settings"
import { launchWithExtension } from "../../src/tools/launch"
import { EXTENSION_DIR, FIXTURES_DIR } from "./paths"

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
}

/** Requests that left the browser for somewhere that is not a routed fixture (privacy checks). */
export interface OutsideRequest {
  url: string
  /** The page or worker URL that made it, when known. */
  initiator: string
}

export interface LaunchOptions {
  /** URL prefix → fixture folder under tests/fixtures (the longest prefix wins). */
  fixtures?: Record<string, string>
  /** Reuse a profile folder, e.g. to restart the browser on the same profile; kept on close. */
  userDataDir?: string
  /** The unpacked extension to load (default: the build folder). */
  extensionDir?: string
}

export interface ExtensionBrowser {
  context: BrowserContext
  extensionId: string
  /** Every http(s) request that did not match a fixture: aborted and recorded. */
  outsideRequests: OutsideRequest[]
  serviceWorker(): Promise<Worker>
  openMeeting(url: string): Promise<Page>
  openSidePanel(): Promise<Page>
  openPopup(): Promise<Page>
  openOptions(): Promise<Page>
  /** Writes settings (merged over the defaults) as the options page would. */
  setSettings(settings: Partial<Settings>): Promise<void>
  /** Reads keys of the extension's local storage (through an extension page). */
  readStorage(keys: string[]): Promise<Record<string, unknown>>
  /** Stops the extension's service worker through the DevTools protocol (a real MV3 shutdown). */
  stopServiceWorker(): Promise<void>
  close(): Promise<void>
}

/** Maps a request path inside a fixture folder; `/__fixtures/…` reaches tests/fixtures itself. */
function fixtureFile(folder: string, pathname: string): string | null {
  if (pathname.startsWith("/__fixtures/")) {
    const shared = normalize(join(FIXTURES_DIR, pathname.slice("/__fixtures/".length)))
    return shared.startsWith(FIXTURES_DIR) && existsSync(shared) ? shared : null
  }
  const dir = join(FIXTURES_DIR, folder)
  const base = pathname.split("/").pop() ?? ""
  const candidate = normalize(join(dir, base))
  if (base && candidate.startsWith(dir) && existsSync(candidate) && statSync(candidate).isFile())
    return candidate
  // Any other path of the meeting (the meeting code, /wc/<id>/join, …) is the fixture's page.
  return extname(base) === "" ? join(dir, "index.html") : null
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const launched = await launchWithExtension(options.extensionDir ?? EXTENSION_DIR, true, {
    userDataDir: options.userDataDir,
  })
  const { context, extensionId } = launched
  const outsideRequests: OutsideRequest[] = []
  const prefixes = Object.entries(options.fixtures ?? {}).sort((a, b) => b[0].length - a[0].length)

  // Only http(s) is routed: the extension's own chrome-extension:// scripts must pass untouched.
  await context.route(
    (url) => url.protocol === "http:" || url.protocol === "https:",
    async (route) => {
      const request = route.request()
      const url = request.url()
      const match = prefixes.find(([prefix]) => url.startsWith(prefix))
      const file = match ? fixtureFile(match[1], new URL(url).pathname) : null
      if (!file) {
        // Requests from the service worker have no frame (frame() throws for them).
        const initiator = request.serviceWorker()?.url() ?? request.frame().url()
        outsideRequests.push({ url, initiator })
        await route.abort("blockedbyclient")
        return
      }
      await route.fulfill({
        status: 200,
        body: readFileSync(file),
        headers: { "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream" },
      })
    },
  )

  async function openExtensionPage(path: string): Promise<Page> {
    const page = await context.newPage()
    await page.goto(`chrome-extension://${extensionId}/${path}`)
    return page
  }

  // Storage is read and written from an extension page, which stays up while the worker stops.
  let storagePage: Page | null = null
  async function withStoragePage<T>(run: (page: Page) => Promise<T>): Promise<T> {
    if (!storagePage || storagePage.isClosed()) storagePage = await openExtensionPage("options.html")
    return run(storagePage)
  }

  return {
    context,
    extensionId,
    outsideRequests,
    async serviceWorker() {
      return context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"))
    },
    async openMeeting(url) {
      const page = await context.newPage()
      await page.goto(url)
      return page
    },
    openSidePanel: () => openExtensionPage("sidepanel.html"),
    openPopup: () => openExtensionPage("popup.html"),
    openOptions: () => openExtensionPage("options.html"),
    setSettings: (settings) =>
      withStoragePage((page) =>
        page.evaluate(([key, value]) => chrome.storage.local.set({ [key]: value }), [
          SETTINGS_KEY,
          { ...DEFAULT_SETTINGS, ...settings },
        ] as const),
      ),
    readStorage: (keys) =>
      withStoragePage((page) => page.evaluate((list) => chrome.storage.local.get(list), keys)),
    async stopServiceWorker() {
      const page = context.pages()[0] ?? (await context.newPage())
      const session = await context.newCDPSession(page)
      await session.send("ServiceWorker.enable")
      const stopped = new Promise<void>((resolve) => {
        session.on("ServiceWorker.workerVersionUpdated", ({ versions }) => {
          if (versions.some((version) => version.runningStatus === "stopped")) resolve()
        })
      })
      await session.send("ServiceWorker.stopAllWorkers")
      await stopped
      await session.detach()
    },
    close: () => launched.close(),
  }
}
