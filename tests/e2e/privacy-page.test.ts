// The options page links to the privacy statement shipped inside the extension: it opens from
// the extension's own files, with nothing fetched from the network.
import { afterEach, describe, expect, it } from "vitest"
import { launchExtension, type ExtensionBrowser } from "../helpers/extension"

describe("privacy statement", () => {
  let browser: ExtensionBrowser
  afterEach(async () => browser?.close())

  it("opens from the options page's link, offline, from inside the extension", async () => {
    browser = await launchExtension()
    const options = await browser.openOptions()
    const [statement] = await Promise.all([
      browser.context.waitForEvent("page"),
      options.getByTestId("privacy-statement").click(),
    ])
    await statement.waitForLoadState()
    expect(statement.url()).toBe(`chrome-extension://${browser.extensionId}/privacy.html`)
    await statement.getByRole("heading", { name: "One-Up Coach privacy statement" }).waitFor()
    expect(await statement.getByRole("heading", { name: "How to delete it" }).count()).toBe(1)
    expect(await statement.locator("table td code").allTextContents()).toEqual(
      expect.arrayContaining(["settings", "calls/index", "call/<id>/u/<n>"]),
    )
    expect(browser.outsideRequests).toEqual([])
  })
})
