import { Browser } from "happy-dom"
import fs from "node:fs"
import path from "node:path"
const dir = path.resolve("fx")
function resolve(url) { const u = new URL(url); let base = path.basename(u.pathname); let file = path.join(dir, base)
    if (!base.includes(".") || !fs.existsSync(file)) file = path.join(dir, "index.html"); return file }
const type = (f) => f.endsWith(".js") ? "text/javascript" : "text/html"
const browser = new Browser({ settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true, enableIframePageLoading: true,
  fetch: { interceptor: {
   beforeAsyncRequest: async ({ request, window }) => { const file = resolve(request.url)
    return new window.Response(fs.readFileSync(file, "utf8"), { headers: { "content-type": type(file) } }) },
   beforeSyncRequest: ({ request, window }) => { const file = resolve(request.url)
    return { status: 200, statusText: "OK", ok: true, url: request.url, redirected: false, headers: new window.Headers({ "content-type": type(file) }), body: fs.readFileSync(file) } },
  } } } })
const page = browser.newPage()
await page.goto("https://app.zoom.us/wc/123/join?speed=5")
await page.waitUntilComplete()
const w = page.mainFrame.window
console.log("shell", w.shellLoaded, w.location.href)
const f = w.document.getElementById("webclient")
console.log("cd", !!f.contentDocument, f.contentDocument?.getElementById("b")?.textContent, f.contentWindow?.__fixture, f.contentWindow?.location?.href)
const mo = new w.MutationObserver((r)=>console.log("frame muts from top-window MO", r.length)); mo.observe(f.contentDocument.body, {subtree:true, childList:true, characterData:true})
await new Promise(r=>setTimeout(r,60))
console.log(f.contentDocument?.getElementById("b")?.textContent)
await browser.close()
