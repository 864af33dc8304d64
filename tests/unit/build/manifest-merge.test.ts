import { describe, expect, it } from "vitest"
import { mergeManifest } from "../../../src/tools/manifest-merge"

describe("mergeManifest", () => {
  it("unions arrays, merges objects, replaces scalars, removes null keys, skips comments", () => {
    const merged = mergeManifest(
      { permissions: ["sidePanel"], side_panel: { default_path: "a.html" }, name: "x", action: { a: 1 } },
      { "//": "comment", permissions: ["storage", "sidePanel"], side_panel: null, name: "y", action: { b: 2 } },
    )
    expect(merged).toEqual({ permissions: ["sidePanel", "storage"], name: "y", action: { a: 1, b: 2 } })
  })
})
