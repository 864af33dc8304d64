import { describe, expect, it } from "vitest"
import { contentExtensionApi, type ContentExtensionApi } from "../../../src/content/extension-api"

const api = (id: string): ContentExtensionApi => ({
  runtime: { id, connect: () => ({}) as never },
  storage: { local: { get: async () => ({}) }, onChanged: { addListener: () => undefined } },
})

describe("contentExtensionApi", () => {
  it("uses Firefox's browser namespace where it exists, else Chrome's chrome namespace", () => {
    expect(contentExtensionApi({ browser: api("firefox"), chrome: api("chrome") }).runtime?.id).toBe(
      "firefox",
    )
    expect(contentExtensionApi({ chrome: api("chrome") }).runtime?.id).toBe("chrome")
  })

  it("says clearly when it is not running as a content script", () => {
    expect(() => contentExtensionApi({})).toThrow(/no extension API/)
  })
})
