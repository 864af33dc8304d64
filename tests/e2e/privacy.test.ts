// Privacy, end to end: a whole scripted Meet call (through to leaving, with the side panel, popup
// and options page open and both exports downloaded) while every request of every context is
// recorded. The extension's own contexts (service worker, side panel, popup, options) request
// nothing outside chrome-extension://; the meeting page requests only what the same fixture
// requests in a control tab the content script does not run in, and none of it is started by our
// content script; and nothing the extension could draw or set shows up in the meeting page.
import type { CDPSession, Page, Request } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { recordFigure } from "../helpers/figures"
import { launchExtension, type ExtensionBrowser } from "../helpers/extension"
import { expectedUtterances, fixtureDone, leaveFixture, startFixture } from "../helpers/fixture-page"
import { captureState, settledUtterances, waitFor } from "../helpers/panel"

const MEETING_URL = "https://meet.google.com/abc-defg-hij?speed=5"
// The same fixture at a host our content scripts do not match: the page's own behaviour.
const CONTROL_URL = "https://control.example/abc-defg-hij?speed=5"
const FIXTURES = { "https://meet.google.com/": "meet-2026", "https://control.example/": "meet-2026" }

interface CdpRequest {
  request: { url: string }
  initiator: { type: string; url?: string; stack?: CdpStack }
}
interface CdpStack {
  callFrames: Array<{ url: string }>
  parent?: CdpStack
}
interface CdpNode {
  nodeType: number
  localName?: string
  attributes?: string[]
  children?: CdpNode[]
  shadowRoots?: Array<CdpNode & { shadowRootType?: string }>
  contentDocument?: CdpNode
}
interface DomLog {
  kinds: Set<string>
  attributes: Set<string>
}

/** Main world, before the page's own scripts: every kind of element ever added and every attribute changed. */
function installDomLog(): void {
  const kinds = new Set<string>()
  const attributes = new Set<string>()
  const kind = (element: Element) =>
    `${element.localName}${[...element.classList]
      .sort()
      .map((name) => `.${name}`)
      .join("")}` + `[${element.getAttributeNames().sort().join(",")}]`
  const visit = (node: Node) => {
    if (!(node instanceof Element)) return
    kinds.add(kind(node))
    for (const child of node.querySelectorAll("*")) kinds.add(kind(child))
  }
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === "childList") record.addedNodes.forEach(visit)
      else attributes.add(`${(record.target as Element).localName}@${record.attributeName}`)
    }
  }).observe(document, { childList: true, subtree: true, attributes: true })
  ;(window as unknown as { __domLog: DomLog }).__domLog = { kinds, attributes }
}

async function domLog(page: Page) {
  return page.evaluate(() => {
    const log = (window as unknown as { __domLog: DomLog }).__domLog
    return {
      kinds: [...log.kinds],
      attributes: [...log.attributes],
      // The page as it ends, element by element, without its text.
      skeleton: [...document.querySelectorAll("*")].map(
        (element) => `${element.localName}.${element.className}[${element.getAttributeNames().join(",")}]`,
      ),
      globals: Object.getOwnPropertyNames(window),
      styleSheets: document.styleSheets.length,
      adoptedStyleSheets: document.adoptedStyleSheets.length,
    }
  })
}

/** Walks a CDP DOM tree (shadow roots and frames included): our traces and non-native shadow roots. */
function inspectTree(root: CdpNode) {
  const traces: string[] = []
  const shadowRoots: string[] = []
  const walk = (node: CdpNode) => {
    const attributes = node.attributes ?? []
    for (let i = 0; i < attributes.length; i += 2) {
      const pair = `${attributes[i]}=${attributes[i + 1]}`
      if (/plasmo|one-?up|csui/i.test(pair)) traces.push(`<${node.localName} ${pair}>`)
    }
    if (/plasmo|one-?up/i.test(node.localName ?? "")) traces.push(`<${node.localName}>`)
    for (const shadow of node.shadowRoots ?? []) {
      if (shadow.shadowRootType !== "user-agent")
        shadowRoots.push(`${node.localName}: ${shadow.shadowRootType}`)
      walk(shadow)
    }
    for (const child of node.children ?? []) walk(child)
    if (node.contentDocument) walk(node.contentDocument)
  }
  walk(root)
  return { traces, shadowRoots }
}

/** Every frame URL of a CDP initiator (the script that made the request), through async parents. */
function initiatorUrls(event: CdpRequest): string[] {
  const urls = event.initiator.url ? [event.initiator.url] : []
  for (let stack = event.initiator.stack; stack; stack = stack.parent) {
    urls.push(...stack.callFrames.map((frame) => frame.url))
  }
  return urls
}

describe("privacy over a whole call", () => {
  let browser: ExtensionBrowser
  let meeting: Page
  let control: Page
  let cdp: CDPSession
  const requests: Request[] = []
  const meetingCdpRequests: CdpRequest[] = []
  let extensionOrigin = ""
  const call = { expected: 0, captured: 0, endState: "" as string | null }

  /** Which context made a request, decided once all pages exist. */
  function madeBy(request: Request): string {
    if (request.serviceWorker()) return "service-worker"
    const page = request.frame().page()
    if (page === meeting) return "meeting"
    if (page === control) return "control"
    return page.url().startsWith(extensionOrigin) || request.url().startsWith(extensionOrigin)
      ? "extension-page"
      : `other page ${page.url()}`
  }

  /** Requests of the extension's own contexts (worker and pages) that leave the extension. */
  function extensionLeaks(): string[] {
    const local = (url: string) =>
      url.startsWith(extensionOrigin) || url.startsWith(`blob:${extensionOrigin}`) || url.startsWith("data:")
    return requests
      .map((request) => ({ by: madeBy(request), url: request.url() }))
      .filter(({ by, url }) => (by === "service-worker" || by === "extension-page") && !local(url))
      .map(({ by, url }) => `${by}: ${url}`)
  }

  beforeAll(async () => {
    browser = await launchExtension({ fixtures: FIXTURES })
    const { context } = browser
    extensionOrigin = `chrome-extension://${browser.extensionId}/`
    context.on("request", (request) => requests.push(request))
    // A service-worker request has no frame, and the harness's router reads request.frame() (it
    // throws there): this route, registered later and so asked first, records and aborts those.
    await context.route(
      (url) => url.protocol === "http:" || url.protocol === "https:",
      async (route) => {
        const request = route.request()
        if (!request.serviceWorker()) return route.fallback()
        browser.outsideRequests.push({ url: request.url(), initiator: request.serviceWorker()?.url() ?? "" })
        return route.abort("blockedbyclient")
      },
    )
    await browser.setSettings({ autoEnableCaptions: false, myNames: ["Sam Rivera"] })

    meeting = await context.newPage()
    control = await context.newPage()
    for (const page of [meeting, control]) await page.addInitScript(installDomLog)
    cdp = await context.newCDPSession(meeting)
    cdp.on("Network.requestWillBeSent", (event) => meetingCdpRequests.push(event as CdpRequest))
    await cdp.send("Network.enable")
    await Promise.all([meeting.goto(MEETING_URL), control.goto(CONTROL_URL)])

    const panel = await browser.openSidePanel()
    const livePopup = await browser.openPopup()
    await waitFor(
      () => captureState(panel),
      (state) => state === "captions-off",
    )
    await Promise.all([startFixture(meeting), startFixture(control)])
    await Promise.all([fixtureDone(meeting), fixtureDone(control)])
    const expected = await expectedUtterances(meeting)
    const rows = await settledUtterances(panel, expected.length)
    await Promise.all([leaveFixture(meeting), leaveFixture(control)])
    call.expected = expected.length
    call.captured = rows.length
    call.endState = await waitFor(
      () => captureState(panel),
      (state) => state === "ended",
    )
    await livePopup.close()

    const popup = await browser.openPopup()
    await popup.getByTestId("summary").waitFor()
    for (const button of ["export-json", "export-markdown"]) {
      await Promise.all([popup.waitForEvent("download"), popup.getByTestId(button).click()])
    }
    // Anything sent late (retention sweeps, deferred writes) gets a moment to show up.
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }, 150_000)
  afterAll(async () => browser?.close())

  it("ran the whole call through the content script, and recorded every context's traffic", () => {
    expect(call.captured).toBe(call.expected)
    expect(call.captured).toBeGreaterThan(5)
    expect(call.endState).toBe("ended")
    const contexts = new Set(requests.map(madeBy))
    expect(contexts).toEqual(new Set(["meeting", "control", "extension-page"]))
    expect(
      requests.some((request) => /\/replay\.js$/.test(request.url()) && madeBy(request) === "meeting"),
    ).toBe(true)
    // Initiators are recorded: the page's own scripts come from its HTML parser.
    const replay = meetingCdpRequests.find((event) => event.request.url.endsWith("/replay.js"))
    expect(replay && initiatorUrls(replay)).toEqual([MEETING_URL])
  })

  it("makes no request outside the extension from its worker and pages", () => {
    expect(extensionLeaks()).toEqual([])
    expect(browser.outsideRequests).toEqual([])
    recordFigure(
      "privacy.requests",
      `Whole fixture call with side panel, popup and exports open: requests by the extension (${requests.length} recorded in all)`,
      `${extensionLeaks().length} outside the extension`,
    )
  })

  it("adds no request to the meeting page's own, and starts none from the content script", () => {
    const pathsOf = (page: string) =>
      new Set(
        requests
          .filter((request) => madeBy(request) === page)
          .map((request) => new URL(request.url()).pathname),
      )
    const controlPaths = pathsOf("control")
    const meetingRequests = requests.filter((request) => madeBy(request) === "meeting").map((r) => r.url())
    expect(
      meetingRequests.filter(
        (url) => !url.startsWith("https://meet.google.com/") && !url.startsWith("data:"),
      ),
    ).toEqual([])
    expect([...pathsOf("meeting")].filter((path) => !controlPaths.has(path))).toEqual([])
    const fromExtension = meetingCdpRequests.filter((event) =>
      initiatorUrls(event).some((url) => url.startsWith("chrome-extension://")),
    )
    expect(fromExtension.map((event) => event.request.url)).toEqual([])
  })

  it("draws nothing into the meeting page and sets nothing on it", async () => {
    const [withExtension, pageAlone] = await Promise.all([domLog(meeting), domLog(control)])
    // Sanity: the log saw the caption blocks the replay added.
    expect(withExtension.kinds.some((kind) => kind.startsWith("div.bj4p3b.nMcdL"))).toBe(true)
    expect(withExtension.kinds.filter((kind) => !pageAlone.kinds.includes(kind))).toEqual([])
    expect(withExtension.attributes.filter((name) => !pageAlone.attributes.includes(name))).toEqual([])
    expect(withExtension.skeleton).toEqual(pageAlone.skeleton)
    expect(withExtension.globals.filter((name) => !pageAlone.globals.includes(name))).toEqual([])
    expect(withExtension.styleSheets).toBe(pageAlone.styleSheets)
    expect(withExtension.adoptedStyleSheets).toBe(0)

    const { root } = (await cdp.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: CdpNode }
    expect(inspectTree(root)).toEqual({ traces: [], shadowRoots: [] })
  })

  // Runs last: it adds requests of its own.
  it("would have caught a request from the service worker or an extension page", async () => {
    const worker = await browser.serviceWorker()
    await worker.evaluate(() => fetch("https://probe.invalid/worker").catch(() => undefined))
    const page = await browser.openOptions()
    await page.evaluate(() => fetch("https://probe.invalid/page").catch(() => undefined))
    const leaks = await waitFor(
      async () => extensionLeaks(),
      (list) => list.length >= 2,
      5_000,
    )
    expect(leaks).toEqual([
      "service-worker: https://probe.invalid/worker",
      "extension-page: https://probe.invalid/page",
    ])
  })
})
