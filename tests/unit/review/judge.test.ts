// Chunked judging on the review page gives exactly the scoring command's Call JSON, with the real
// classifier behind the background's classify-lines answer, for every transcript format and a
// long generated recording; chunking only changes how many requests are sent, never a verdict.
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { runScore } from "../../../src/cli/run"
import type { CallJson } from "../../../src/core/types"
import { LONG_CALL_SELLER, longWebVtt } from "../../../src/tools/long-webvtt"
import { parseTranscript } from "../../../src/transcripts/index"
import type { ClassifyLine } from "../../../src/messaging/contract"
import { chunksOf, CHUNK_CHARS, judgeInChunks, JudgeError } from "../../../src/ui/review/judge"
import { localClassifier } from "./local-classifier"

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

async function judgeChunked(bytes: Uint8Array, me: string | undefined, chunkLines: number) {
  const progress: number[] = []
  const requests: ClassifyLine[][] = []
  const call = await judgeInChunks(
    parseTranscript(bytes, { me }),
    async (lines) => (requests.push(lines), localClassifier(lines)),
    { chunkLines, onProgress: (done) => progress.push(done) },
  )
  return { call, progress, requests }
}

describe("judgeInChunks", () => {
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
    const { call, progress, requests } = await judgeChunked(bytes, me, 7)
    expect(call).toEqual(expected)
    // Chunks of at most 7 lines, in order, each line sent once with its speaker side.
    expect(requests.every((lines) => lines.length > 0 && lines.length <= 7)).toBe(true)
    expect(requests.flat()).toEqual(call.utterances.map(({ text, self }) => ({ text, self })))
    expect(progress).toEqual([0, ...requests.map((_, i) => Math.min((i + 1) * 7, call.utterances.length))])
  })

  it("a long recording judged in many chunks equals the command's output, verdict for verdict", async () => {
    const bytes = new TextEncoder().encode(longWebVtt(300, 1))
    const expected = await cliCall(bytes, LONG_CALL_SELLER)
    const { call, requests } = await judgeChunked(bytes, LONG_CALL_SELLER, 150)
    expect(requests.map((lines) => lines.length)).toEqual([150, 150])
    expect(call.utterances).toHaveLength(300)
    expect(call.utterances.map((u) => u.verdict)).toEqual(expected.utterances.map((u) => u.verdict))
    expect(call).toEqual(expected)
    // The generated call exercises both sides of the classifier.
    expect(call.summary.verdicts.up).toBeGreaterThan(0)
    expect(call.summary.verdicts.down).toBeGreaterThan(0)
  })

  it("client lines are never judged, whatever the classifier says about them", async () => {
    const parsed = parseTranscript(readFileSync(`${fixtures}discovery-call.teams.vtt`), { me: "Sam Carter" })
    const call = await judgeInChunks(parsed, async (lines) =>
      lines.map(() => ({
        verdict: "down" as const,
        labels: [{ principle: "counsel" as const, polarity: "down" as const, rule: "r", evidence: "e" }],
        question: true,
        questionCount: 1,
        questionKind: "open" as const,
      })),
    )
    const client = call.utterances.filter((u) => !u.self)
    expect(client.length).toBeGreaterThan(0)
    expect(client.every((u) => u.verdict === "neutral" && u.labels.length === 0 && u.question)).toBe(true)
    expect(call.utterances.filter((u) => u.self).every((u) => u.verdict === "down")).toBe(true)
  })

  it("fails with a JudgeError when the classifier fails or answers for too few lines, and stops at an abort", async () => {
    const parsed = parseTranscript(readFileSync(`${fixtures}discovery-call.teams.vtt`), { me: "Sam Carter" })
    await expect(
      judgeInChunks(parsed, async () =>
        Promise.reject(new Error("the extension's background did not answer")),
      ),
    ).rejects.toThrow(new JudgeError("the extension's background did not answer"))
    await expect(
      judgeInChunks(parsed, async (lines) => (await localClassifier(lines)).slice(1)),
    ).rejects.toBeInstanceOf(JudgeError)

    const controller = new AbortController()
    let requests = 0
    const judged = judgeInChunks(
      parsed,
      async (lines) => {
        requests += 1
        controller.abort(new Error("page closed"))
        return localClassifier(lines)
      },
      { chunkLines: 2, signal: controller.signal },
    )
    await expect(judged).rejects.toThrow("page closed")
    expect(requests).toBe(1)
  })
})

describe("chunksOf", () => {
  it("cuts at the line count and at CHUNK_CHARS characters, keeping order and an over-long line whole", () => {
    const line = (chars: number) => ({ text: "x".repeat(chars) })
    expect(chunksOf([line(1), line(1), line(1)], 2).map((chunk) => chunk.length)).toEqual([2, 1])
    const half = CHUNK_CHARS / 2
    expect(
      chunksOf([line(half), line(half), line(1), line(CHUNK_CHARS * 2), line(1)], 150).map((chunk) =>
        chunk.map((item) => item.text.length),
      ),
    ).toEqual([[half, half], [1], [CHUNK_CHARS * 2], [1]])
    expect(chunksOf([], 150)).toEqual([])
  })
})
