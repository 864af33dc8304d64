// The built extension runs only its own, shipped code: no eval-like construct (string code) in
// any script, no code, style or font loaded from the network by any script, page or stylesheet,
// and a manifest that opens no door for pages or remote code. tests/e2e/manifest.test.ts checks
// the permissions and that the overrides were merged; this file scans what was built.
import { readdirSync, readFileSync } from "node:fs"
import { extname, join, relative } from "node:path"
import { PACKAGED_MODEL_PATH } from "../../src/nlp/model/load-from-url"
import { describe, expect, it } from "vitest"
import { PRIVACY_PAGE } from "../../src/tools/privacy-page"
import { EXTENSION_DIR } from "../helpers/paths"

/** String-to-code constructs. `(?<![\w$.])` keeps `isFunction(`, `x.eval(` and the like out. */
const STRING_CODE: Array<[string, RegExp]> = [
  ["eval call", /(?<![\w$.])eval\s*\(/],
  ["indirect eval", /\b(?:window|globalThis|self)\s*\.\s*eval\b|[(,]\s*eval\s*\)/],
  ["Function constructor", /(?<![\w$.])(?:new\s+)?Function\s*\(/],
  ["constructor called with a string", /\.constructor\s*\(\s*["'`]/],
  ["timer with string code", /(?<![\w$.])set(?:Timeout|Interval|Immediate)\s*\(\s*["'`]/],
]

/** Loading code from the network, whatever the URL's shape in the source. */
const REMOTE_CODE: Array<[string, RegExp]> = [
  ["remote dynamic import", /(?<![\w$.])import\s*\(\s*["'`](?:https?:)?\/\//],
  ["remote importScripts", /importScripts\s*\(\s*["'`](?:https?:)?\/\//],
  ["script src from the network", /<script[^>]*\ssrc\s*=\s*["']?(?:https?:)?\/\//i],
]

/**
 * Absolute URLs that may appear in the built scripts, each with why it loads nothing. Any other
 * URL fails: a new one must be read and added here with its reason.
 */
const ALLOWED_URLS: Array<[RegExp, string]> = [
  [
    /^http:\/\/www\.w3\.org\/(?:2000\/svg|1999\/xlink|1998\/Math\/MathML|XML\/1998\/namespace)$/,
    "React DOM's XML namespace names",
  ],
  [
    /^https:\/\/react\.dev\/errors\/$/,
    "React's production error text points there; it is only put in an Error message",
  ],
  [
    /^https:\/\/(?:(?:meet\.google\.com|app\.zoom\.us|teams\.microsoft\.com|teams\.live\.com|teams\.cloud\.microsoft)\/\*?|(?:\*\.)?zoom\.us\/wc\/\*)$/,
    "the meeting sites: content-script match patterns and URL checks",
  ],
]

function findings(source: string, patterns: Array<[string, RegExp]>): string[] {
  return patterns.flatMap(([name, pattern]) => {
    const match = pattern.exec(source)
    if (!match) return []
    const at = match.index
    return [`${name}: …${source.slice(Math.max(0, at - 60), at + 60)}…`]
  })
}

function absoluteUrls(source: string): string[] {
  return [...source.matchAll(/https?:\/\/[^\s"'`<>()\\]*/g)].map((match) => match[0])
}

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? builtFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

const files = builtFiles(EXTENSION_DIR)
const ofType = (ext: string) =>
  files
    .filter((file) => extname(file) === ext)
    .map((file) => ({ name: relative(EXTENSION_DIR, file), source: readFileSync(file, "utf8") }))
const scripts = ofType(".js")
const pages = ofType(".html")
const styles = ofType(".css")

describe("the scanners", () => {
  it.each([
    'eval("1+1")',
    "(0, eval)(code)",
    "globalThis.eval(code)",
    'new Function("a", "return a")',
    'Function("return this")()',
    '(function(){}).constructor("return this")()',
    'setTimeout("tick()", 10)',
    "setInterval(`poll()`, 10)",
  ])("flag string code in %s", (source) => {
    expect(findings(source, STRING_CODE)).not.toEqual([])
  })

  it.each([
    "isFunction(x)",
    "page.evaluate(() => 1)",
    "devtools:{inspectedWindow:{eval:{minArgs:1}}}",
    "Function.call.bind(Object.prototype.hasOwnProperty)",
    "setTimeout(() => tick(), 10)",
    "setTimeout(tick, 10)",
    "new (event.constructor)(event.type, event)",
    '{match:"when you (evaluate|compare) it"}',
  ])("leave %s alone", (source) => {
    expect(findings(source, STRING_CODE)).toEqual([])
  })

  it.each([
    'import("https://cdn.example/x.js")',
    "import('//cdn.example/x.js')",
    'importScripts("https://cdn.example/sw.js")',
    '<script async src="https://cdn.example/x.js"></script>',
  ])("flag remote code in %s", (source) => {
    expect(findings(source, REMOTE_CODE)).not.toEqual([])
  })

  it("finds every absolute URL and allows only the listed ones", () => {
    const found = absoluteUrls('a="http://www.w3.org/2000/svg",b=`https://evil.example/x?y=1`')
    expect(found).toEqual(["http://www.w3.org/2000/svg", "https://evil.example/x?y=1"])
    expect(found.filter((url) => !ALLOWED_URLS.some(([pattern]) => pattern.test(url)))).toEqual([
      "https://evil.example/x?y=1",
    ])
  })
})

describe("built scripts", () => {
  it("include the background, the content scripts and every page's bundle", () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, "manifest.json"), "utf8")) as {
      background: { service_worker: string }
      content_scripts: Array<{ js: string[] }>
    }
    const names = scripts.map((script) => script.name)
    expect(names).toContain(manifest.background.service_worker)
    for (const script of manifest.content_scripts.flatMap((entry) => entry.js))
      expect(names).toContain(script)
    expect(pages.map((page) => page.name).sort()).toEqual(
      ["options.html", "popup.html", "sidepanel.html", "tabs/review.html", PRIVACY_PAGE].sort(),
    )
  })

  it.each(scripts.map((script) => [script.name, script.source]))(
    "%s runs no string as code",
    (_name, source) => {
      expect(findings(source, STRING_CODE)).toEqual([])
    },
  )

  it.each(scripts.map((script) => [script.name, script.source]))(
    "%s loads no code from the network",
    (_name, source) => {
      expect(findings(source, REMOTE_CODE)).toEqual([])
      const unexplained = absoluteUrls(source).filter(
        (url) => !ALLOWED_URLS.some(([pattern]) => pattern.test(url)),
      )
      expect(unexplained).toEqual([])
    },
  )

  it("leave the classifier out of every page: pages ask the background to classify", () => {
    // Part-of-speech tag names of compromise, the classifier's tagger; no page code uses them.
    const classifier = /\b(?:PhrasalVerb|Conjunction|Infinitive)\b/
    const pageScripts = scripts.filter((script) => !script.name.startsWith("static/background/"))
    expect(pageScripts.map((script) => script.name)).toContainEqual(
      expect.stringMatching(/^tabs\/review\..*\.js$/),
    )
    expect(
      pageScripts.filter((script) => classifier.test(script.source)).map((script) => script.name),
    ).toEqual([])
  })

  it("use no network API (everything stays in the browser); the worker fetches only its packaged model", () => {
    const networkApi = /\b(?:fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|RTCPeerConnection)\b/
    const worker = "static/background/index.js"
    expect(scripts.filter((s) => s.name !== worker && networkApi.test(s.source)).map((s) => s.name)).toEqual(
      [],
    )
    // The one exception: the classifier's model, read from the package by its fixed name
    // (src/nlp/model/load-from-url.ts). Exactly one fetch call, and no other network API.
    const source = scripts.find((s) => s.name === worker)?.source ?? ""
    expect(source.match(/\bfetch\(/g)?.length ?? 0).toBe(1)
    expect(source).toContain(`"${PACKAGED_MODEL_PATH}"`)
    expect(source.replace(/\bfetch\(/g, "")).not.toMatch(networkApi)
  })
})

describe("built pages and styles", () => {
  it.each(pages.map((page) => [page.name, page.source]))(
    "%s loads only the extension's own files",
    (name, html) => {
      expect(absoluteUrls(html)).toEqual([])
      expect(html).not.toMatch(/\s(?:src|href)\s*=\s*["']?\/\//i)
      expect(html).not.toMatch(/<(?:iframe|object|embed|base)\b/i)
      // Every script is an external, same-extension file (the CSP would block inline code anyway).
      const scriptTags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
      // The privacy statement is a static page; every other page is a bundled React page.
      expect(scriptTags.length > 0).toBe(name !== PRIVACY_PAGE)
      for (const [, attributes = "", body = ""] of scriptTags) {
        // Plasmo's tabs pages (tabs/review.html) keep their files in their own folder.
        expect(attributes).toMatch(/\ssrc\s*=\s*["']?\/(?:tabs\/)?[\w.-]+\.js/)
        expect(body.trim()).toBe("")
      }
      for (const [, href] of html.matchAll(/<link\b[^>]*\shref\s*=\s*["']?([^"'\s>]+)/gi)) {
        expect(href).toMatch(/^\/(?:tabs\/)?[\w.-]+\.css$/)
      }
    },
  )

  it.each(styles.map((style) => [style.name, style.source]))(
    "%s pulls in no remote style or font",
    (_name, css) => {
      expect(css).not.toMatch(/@import/i)
      expect(absoluteUrls(css)).toEqual([])
      for (const [, target = ""] of css.matchAll(/url\(\s*["']?([^"')]*)/gi))
        expect(target).toMatch(/^(?:data:|\/|\.|#|[\w-]+\.)/)
      expect(css).not.toMatch(/url\(\s*["']?\/\//i)
    },
  )
})

describe("built manifest: no door for pages or remote code", () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, "manifest.json"), "utf8")) as Record<
    string,
    unknown
  >

  it("has a CSP that allows only the extension's own scripts", () => {
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages
    const directives = new Map(
      csp
        .split(";")
        .map((part) => part.trim().split(/\s+/))
        .filter((words) => words[0])
        .map(([name = "", ...sources]) => [name, sources]),
    )
    expect(directives.get("script-src")).toEqual(["'self'"])
    expect(directives.get("object-src")).toEqual(["'self'"])
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/)
  })

  it("lets no web page connect, listens to no other extension, and exposes no file to pages", () => {
    // Without externally_connectable no web page can message us; other extensions could, but
    // only through the *External events, which nothing listens to.
    expect(manifest.externally_connectable).toBeUndefined()
    const external = /on(?:Message|Connect)External\s*\.\s*addListener/
    expect(scripts.filter((script) => external.test(script.source)).map((script) => script.name)).toEqual([])
    expect(manifest.web_accessible_resources).toBeUndefined()
    expect(manifest.sandbox).toBeUndefined()
    expect(manifest.content_security_policy).not.toHaveProperty("sandbox")
  })
})
