// The options page writes the settings the background and content scripts read.
import { afterEach, describe, expect, it } from "vitest"
import { SETTINGS_KEY, type Settings } from "../../src/state/settings"
import { launchExtension, type ExtensionBrowser } from "../helpers/extension"

describe("options page", () => {
  let browser: ExtensionBrowser
  afterEach(async () => browser?.close())

  it("saves names, nudge frequency, principles, thresholds and retention", async () => {
    browser = await launchExtension()
    const options = await browser.openOptions()
    await options.getByTestId("setting-my-names").fill("Dana Reyes, Dana R.")
    await options.getByTestId("setting-frequency").selectOption("rare")
    await options.getByTestId("setting-principle-counsel").uncheck()
    await options.getByTestId("setting-auto-captions").uncheck()
    await options.getByTestId("setting-monologue").fill("90")
    await options.getByTestId("setting-retention").fill("30")
    await options.getByTestId("setting-retention").blur()
    await options.getByText("Saved").waitFor()
    const settings = (await browser.readStorage([SETTINGS_KEY]))[SETTINGS_KEY] as Settings
    expect(settings.myNames).toEqual(["Dana Reyes", "Dana R."])
    expect(settings.nudgeFrequency).toBe("rare")
    expect(settings.nudgePrinciples).not.toContain("counsel")
    expect(settings.nudgePrinciples).toHaveLength(9)
    expect(settings.autoEnableCaptions).toBe(false)
    expect(settings.monologueThresholdSec).toBe(90)
    expect(settings.retentionDays).toBe(30)

    const reopened = await browser.openOptions()
    expect(await reopened.getByTestId("setting-my-names").inputValue()).toBe("Dana Reyes, Dana R.")
    expect(await reopened.getByTestId("setting-frequency").inputValue()).toBe("rare")
  })
})
