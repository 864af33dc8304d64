import { describe, expect, it } from "vitest"
import { bytesBySource, decodeVlq, sourceGroup } from "../../../src/tools/source-map-sizes"

describe("decodeVlq", () => {
  it.each([
    ["AAAA", [0, 0, 0, 0]],
    ["C", [1]],
    ["D", [-1]],
    ["gB", [16]],
    ["2Hxc", [123, -456]],
  ])("decodes %s", (segment, expected) => {
    expect(decodeVlq(segment)).toEqual(expected)
  })

  it("rejects characters outside Base64", () => {
    expect(() => decodeVlq("A!")).toThrow(/invalid VLQ/)
  })
})

describe("bytesBySource", () => {
  it("gives each segment's bytes to its source, unmapped segments to the bundler, source-less lines to the source that ran on", () => {
    // Line 1: "aaaa" from a.js (col 0), "bb" from the bundler (col 4), "ccc" from b.js (col 6).
    // Line 2: no segments (inside a template literal that b.js started).
    const code = "aaaabbccc\nddddd"
    const map = { sources: ["a.js", "b.js"], mappings: "AAAA,I,ECAA;" }
    expect(Object.fromEntries(bytesBySource(code, map))).toEqual({ "a.js": 4, "(bundler runtime)": 2, "b.js": 3 + 1 + 5 })
  })
})

describe("sourceGroup", () => {
  it.each([
    ["node_modules/react-dom/cjs/react-dom-client.production.js", "npm: react-dom"],
    ["node_modules/@plasmohq/parcel-resolver/dist/polyfills/process.js", "npm: @plasmohq/parcel-resolver"],
    ["src/ui/popup/Popup.tsx", "src/ui/popup/"],
    ["../../src/nlp/rules/a.ts", "src/nlp/rules/"],
  ])("groups %s as %s", (path, group) => {
    expect(sourceGroup(path)).toBe(group)
  })
})
