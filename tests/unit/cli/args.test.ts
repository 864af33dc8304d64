import { describe, expect, it } from "vitest"
import { parseScoreArgs } from "../../../src/cli/args"

describe("parseScoreArgs", () => {
  it.each([
    [["call.vtt"], { kind: "score", file: "call.vtt", format: "json", me: undefined }],
    [["call.vtt", "--format", "text"], { kind: "score", file: "call.vtt", format: "text", me: undefined }],
    [
      ["--format=markdown", "call.vtt"],
      { kind: "score", file: "call.vtt", format: "markdown", me: undefined },
    ],
    [
      ["call.vtt", "--me", "  Sam Carter "],
      { kind: "score", file: "call.vtt", format: "json", me: "Sam Carter" },
    ],
    [["--me=Sam", "-"], { kind: "score", file: "-", format: "json", me: "Sam" }],
    [["--help"], { kind: "help" }],
    [["call.vtt", "-h"], { kind: "help" }],
  ])("%j", (argv, expected) => {
    expect(parseScoreArgs(argv)).toEqual(expected)
  })

  it.each([
    [[], "which file? (use - for standard input)"],
    [["a.vtt", "b.vtt"], 'one file at a time (got "a.vtt" and "b.vtt")'],
    [["a.vtt", "--format", "xml"], '--format must be one of json, text, markdown (got "xml")'],
    [["a.vtt", "--format"], "--format must be one of json, text, markdown"],
    [["a.vtt", "--me"], "--me needs the seller's speaker name"],
    [["a.vtt", "--me", "  "], "--me needs the seller's speaker name"],
    [["a.vtt", "--verbose"], "unknown option --verbose"],
  ])("refuses %j", (argv, message) => {
    expect(parseScoreArgs(argv)).toEqual({ kind: "usage-error", message })
  })
})
