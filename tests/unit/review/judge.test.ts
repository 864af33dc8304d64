// Sliced judging on the review page gives exactly the scoring command's Call JSON, with the real
// classifier, for every transcript format and a long generated recording; slicing only changes
// when the page gets its turn, never a verdict.
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { runScore } from "../../../src/cli/run"
import type { CallJson } from "../../../src/core/types"
import { LONG_CALL_SELLER, longWebVtt } from "../../../src/tools/long-webvtt"
import { parseTranscript } from "../../../src/transcripts/index"
import { judgeInSlices } from "../../../src/ui/review/judge"

const fixtures = new URL("../../fixtures/transcripts/", import.meta.url).pathname

async function cliCall(bytes: Uint8Array, me: string | undefined): Promise<CallJson> {
  let stdout = ""
  const code = await runScore(["in.txt", ...(me ? ["--me", me] : [])], {
    readInput: async () => bytes,
    stdout: (text) => (stdout += text),
    stderr: () => undefined,
  })
  expect(code).toBe(0)
  return JSON.parse(stdout) as CallJson
}

/** A clock that moves 30 ms per reading: every utterance fills a 25 ms slice, so the page yields after each. */
function steppingClock() {
  let now = 0
  return () => (now += 30)
}

async function judgeSliced(bytes: Uint8Array, me: string | undefined) {
  const progress: number[] = []
  let yields = 0
  const call = await judgeInSlices(parseTranscript(bytes, { me }), {
    now: steppingClock(),
    yieldToLoop: async () => void (yields += 1),
    onProgress: (done) => progress.push(done),
  })
  return { call, progress, yields }
}

describe("judgeInSlices", () => {
  const files: [string, string | undefined][] = [
    ["discovery-call.teams.vtt", "Sam Carter"],
    ["discovery-call.zoom.vtt", "sam carter"],
    ["discovery-call.srt", "Sam Carter"],
    ["discovery-call.jsonl", undefined],
    ["discovery-call.txt", undefined],
    ["discovery-call.call.json", undefined],
    ["broken.vtt", "Sam Carter"],
  ]

  it.each(files)("%s: the same Call JSON as npm run score", async (name, me) => {
    const bytes = readFileSync(`${fixtures}${name}`)
    const expected = await cliCall(bytes, me)
    const { call, progress, yields } = await judgeSliced(bytes, me)
    expect(call).toEqual(expected)
    // One yield before the first slice, then one after every utterance but the last.
    expect(yields).toBe(call.utterances.length)
    expect(progress.at(-1)).toBe(call.utterances.length)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
  })

  it("a long recording judged in many slices equals the command's output, verdict for verdict", async () => {
    const bytes = new TextEncoder().encode(longWebVtt(300, 1))
    const expected = await cliCall(bytes, LONG_CALL_SELLER)
    const { call, yields } = await judgeSliced(bytes, LONG_CALL_SELLER)
    expect(yields).toBe(300)
    expect(call.utterances).toHaveLength(300)
    expect(call.utterances.map((u) => u.verdict)).toEqual(expected.utterances.map((u) => u.verdict))
    expect(call).toEqual(expected)
    // The generated call exercises both sides of the classifier.
    expect(call.summary.verdicts.up).toBeGreaterThan(0)
    expect(call.summary.verdicts.down).toBeGreaterThan(0)
  })

  it("yields only before the first slice while a slice has time left, and stops at an abort", async () => {
    const bytes = readFileSync(`${fixtures}discovery-call.teams.vtt`)
    const parsed = parseTranscript(bytes, { me: "Sam Carter" })
    let yields = 0
    await judgeInSlices(parsed, { now: () => 0, yieldToLoop: async () => void (yields += 1) })
    expect(yields).toBe(1)

    const controller = new AbortController()
    const judged = judgeInSlices(parsed, {
      now: steppingClock(),
      yieldToLoop: async () => controller.abort(new Error("page closed")),
      signal: controller.signal,
    })
    await expect(judged).rejects.toThrow("page closed")
  })
})
