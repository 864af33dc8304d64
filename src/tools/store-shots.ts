/**
 * Store listing screenshots (1280×800, the size both Chrome Web Store and addons.mozilla.org
 * take), composed from real screenshots of the demo call by a blank page in the same browser:
 * no image library needed. Written to assets/store/ by `npm run screenshots`.
 */
import type { BrowserContext, Page } from "playwright-core"

export const STORE_SIZE = { width: 1280, height: 800 } as const

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString("base64")}`

/** Screenshots `page` at the given size, then puts its viewport size back. */
export async function shotAt(page: Page, width: number, height: number): Promise<Buffer> {
  const before = page.viewportSize()
  await page.setViewportSize({ width, height })
  const png = await page.screenshot()
  if (before) await page.setViewportSize(before)
  return png
}

async function compose(context: BrowserContext, body: string, path: string): Promise<void> {
  const canvas = await context.newPage()
  await canvas.setViewportSize(STORE_SIZE)
  await canvas.setContent(
    `<!doctype html><html><head><style>
      html, body { margin: 0; width: ${STORE_SIZE.width}px; height: ${STORE_SIZE.height}px; overflow: hidden; }
      body { display: flex; font: 16px/1.45 system-ui, sans-serif; background: #eef2f7; color: #17202b; }
      img { display: block; }
      .caption { flex: 1; display: flex; flex-direction: column; justify-content: center; padding: 0 64px; }
      .caption h1 { font-size: 40px; line-height: 1.15; margin: 0 0 16px; }
      .caption p { font-size: 20px; color: #455466; margin: 0; }
      .framed { align-self: center; margin-right: 96px; border-radius: 12px; box-shadow: 0 12px 40px #0003; overflow: hidden; }
    </style></head><body>${body}</body></html>`,
  )
  await canvas.evaluate(() => Promise.all([...document.images].map((image) => image.decode())))
  await canvas.screenshot({ path })
  await canvas.close()
}

/** The meeting on the left and the side panel beside it, as the seller sees the browser. */
export async function composeCallShot(
  context: BrowserContext,
  meeting: Page,
  panel: Page,
  path: string,
): Promise<void> {
  const panelWidth = 400
  const meetingPng = await shotAt(meeting, STORE_SIZE.width - panelWidth, STORE_SIZE.height)
  const panelPng = await shotAt(panel, panelWidth, STORE_SIZE.height)
  await compose(
    context,
    `<img src="${dataUrl(meetingPng)}" alt=""><img src="${dataUrl(panelPng)}" alt="" style="border-left: 1px solid #c9d1dc">`,
    path,
  )
}

/** The popup's post-call review beside a one-line caption. */
export async function composePopupShot(context: BrowserContext, popup: Page, path: string): Promise<void> {
  const popupPng = await shotAt(popup, 400, 720)
  await compose(
    context,
    `<div class="caption"><h1>After the call, the review a coach would give</h1>
      <p>Your One-Up score, talk share and questions against the research, the moments to redo and how, and what to focus on next time. All of it stays in your browser.</p></div>
     <img class="framed" src="${dataUrl(popupPng)}" alt="">`,
    path,
  )
}
