/**
 * The scoring command run in-process (fast), with a fixed fake classifier so the figures do not
 * move when the rules change. score-process.test.ts runs the real thing in a child process.
 */
import { mkdtempSync, truncateSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it, vi } from "vitest"
import { readInput } from "../../../src/cli/read-input"
import { runScore } from "../../../src/cli/run"
import { validateCallJson } from "../../../src/core/call-json"
import type { Classification } from "../../../src/core/types"

vi.mock("../../../src/nlp/classify", () => ({
  classifyUtterance: (text: string): Classification => {
    const pitch = /founded|feature X/.test(text)
    const asks = text.includes("?")
    return {
      verdict: pitch ? "down" : "neutral",
      labels: pitch
        ? [
            {
              principle: "teach-models",
              polarity: "down",
              rule: "company-story",
              evidence: text.slice(0, 20),
            },
          ]
        : [],
      question: asks,
      questionCount: asks ? 1 : 0,
      questionKind: asks ? "open" : null,
    }
  },
}))

const fixtures = new URL("../../fixtures/transcripts/", import.meta.url).pathname

async function run(argv: string[], stdin: string | null = null) {
  let stdout = ""
  let stderr = ""
  const code = await runScore(argv, {
    readInput: (file) => readInput(file, stdin === null ? [] : [new TextEncoder().encode(stdin)]),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    rewriteFor: (rule) =>
      rule === "company-story" ? "Teach the options, not the founding story." : undefined,
  })
  return { code, stdout, stderr }
}

describe("npm run score (in-process)", () => {
  it("prints a valid Call JSON for a WebVTT file, seller chosen with --me", async () => {
    const { code, stdout, stderr } = await run([
      join(fixtures, "discovery-call.teams.vtt"),
      "--me",
      "sam carter",
    ])
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" })
    const call = JSON.parse(stdout)
    expect(validateCallJson(call).ok).toBe(true)
    expect(call).toMatchObject({
      format: "one-up-coach/call@1",
      platform: "file",
      startedAt: null,
      endedAt: null,
    })
    expect(call.utterances).toHaveLength(19)
    expect(call.utterances.filter((u: { self: boolean }) => u.self)).toHaveLength(10)
    expect(call.summary).toMatchObject({
      talkRatio: { self: 0.512, byWords: 0.623, byTime: 0.512 },
      questions: { self: 5, open: 5, closed: 0, client: 1, byQuarter: [2, 1, 1, 1] },
      words: { self: 170, client: 103 },
      longestMonologue: 34,
      longestClientStory: 43,
      companyStory: 37, // the founding story (22 s) and the feature pitch (15 s)
      durationSec: 330,
      verdicts: { up: 0, down: 2, neutral: 8 },
    })
    expect(call.summary.score).toEqual(expect.any(Number))
  })

  it("keeps platform, dates and title when re-scoring an exported Call JSON", async () => {
    const { code, stdout } = await run([join(fixtures, "discovery-call.call.json")])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({
      platform: "meet",
      startedAt: "2026-11-20T15:00:00.000Z",
      endedAt: "2026-11-20T15:05:30.000Z",
      title: "Acme <> Northwind: discovery",
    })
  })

  it("prints a readable report with --format text, rewrites from the lookup", async () => {
    const { code, stdout } = await run([join(fixtures, "discovery-call.txt"), "--format", "text"])
    expect(code).toBe(0)
    expect(stdout).toContain("Your share of talk       51% (by time; best calls ≈ 43%)")
    expect(stdout).toContain('1. [0:18] You said: "Great. So we were founded in 2009')
    expect(stdout).toContain("One-Up instead: Teach the options, not the founding story.")
  })

  it("prints Markdown with --format markdown", async () => {
    const { stdout } = await run([
      join(fixtures, "discovery-call.srt"),
      "--format",
      "markdown",
      "--me",
      "Sam Carter",
    ])
    expect(stdout).toMatch(/^# One-Up call report\n/)
    expect(stdout).toContain("## Transcript")
  })

  it("reads standard input with -", async () => {
    const { code, stdout } = await run(["-"], "Dana: Hi Sam.\nYou: Hi Dana, who else feels this?\n")
    expect(code).toBe(0)
    expect(JSON.parse(stdout).utterances.map((u: { self: boolean }) => u.self)).toEqual([false, true])
  })

  it("scores a partly broken file and lists the skipped lines on stderr", async () => {
    const file = join(fixtures, "broken.jsonl")
    const { code, stdout, stderr } = await run([file])
    expect(code).toBe(0)
    expect(JSON.parse(stdout).utterances).toHaveLength(4)
    expect(stderr.trim().split("\n")).toEqual([
      `score: ${file}:3: skipped: not valid JSON: "{"speaker":"Sam Carter","self":true,"tex…"`,
      `score: ${file}:4: skipped: "start" must be seconds (a number ≥ 0) or a timestamp`,
      `score: ${file}:5: skipped: expected an object like {"speaker": "...", "text": "..."}`,
      `score: ${file}:6: skipped: "speaker" must be a non-empty string`,
    ])
  })

  it("warns on stderr when no line is the seller's", async () => {
    const { code, stderr } = await run([join(fixtures, "discovery-call.srt")])
    expect(code).toBe(0)
    expect(stderr).toContain(
      'warning: no line is the seller\'s, so there is nothing to score: say who the seller is with --me NAME (speakers: "Dana Reyes", "Sam Carter")',
    )
  })

  it.each([
    ["empty.txt", "file is empty"],
    ["screenshot.png", "file looks binary (it contains NUL bytes), not a transcript"],
    ["notes.txt", "not a transcript format this tool reads"],
    ["future.call.json", 'unsupported Call JSON format "one-up-coach/call@2"'],
    ["no-such-file.vtt", "no such file"],
  ])("%s: one line naming the file, exit 1", async (name, message) => {
    const { code, stdout, stderr } = await run([join(fixtures, name)])
    expect(code).toBe(1)
    expect(stdout).toBe("")
    expect(stderr).toMatch(
      new RegExp(`^score: ${join(fixtures, name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `),
    )
    expect(stderr).toContain(message)
    expect(stderr.trim().split("\n")).toHaveLength(1)
  })

  it("names the line when the error has one", async () => {
    const { code, stderr } = await run([join(fixtures, "truncated.call.json.part")])
    expect(code).toBe(1)
    expect(stderr).toBe(
      `score: ${join(fixtures, "truncated.call.json.part")}:7: Call JSON is not valid JSON at line 7\n`,
    )
  })

  it("refuses a file over 20 MB without reading it, and a directory", async () => {
    const dir = mkdtempSync(join(tmpdir(), "score-"))
    const big = join(dir, "huge.vtt")
    writeFileSync(big, "")
    truncateSync(big, 21 * 1024 * 1024) // sparse: costs no disk
    expect((await run([big])).stderr).toBe(`score: ${big}: file is too large (21.0 MB; the limit is 20 MB)\n`)
    expect((await run([dir])).stderr).toBe(`score: ${dir}: is a directory, not a transcript file\n`)
  })

  it("--help prints usage; bad arguments exit 2 with a hint", async () => {
    const help = await run(["--help"])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain(
      "Usage: npm run score -- <file | -> [--format json|text|markdown] [--me NAME]",
    )
    const bad = await run(["a.vtt", "--format", "xml"])
    expect(bad).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'score: --format must be one of json, text, markdown (got "xml")\nTry: npm run score -- --help\n',
    })
  })
})
