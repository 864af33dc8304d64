/**
 * `npm run score` as a user runs it: a real child process, the real classifier. Assertions stay
 * on what does not depend on the rules (parsing, timings, exit codes, messages, contract
 * invariants); run.test.ts pins exact figures with a fixed classifier.
 */
import { execFile } from "node:child_process"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { validateCallJson } from "../../../src/core/call-json-validate"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const fixture = (name: string) => `tests/fixtures/transcripts/${name}`

function score(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      "npx",
      ["tsx", "src/cli/score.ts", ...args],
      { cwd: root, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0
        resolve({ code, stdout, stderr })
      },
    )
    child.stdin?.end(stdin ?? "")
  })
}

describe("npm run score (child process)", { timeout: 60_000 }, () => {
  it.each([
    ["discovery-call.teams.vtt", ["--me", "Sam Carter"]],
    ["discovery-call.zoom.vtt", ["--me", "sam carter"]],
    ["discovery-call.srt", ["--me", "Sam Carter"]],
    ["discovery-call.txt", []],
    ["discovery-call.jsonl", []],
    ["discovery-call.call.json", []],
  ])("scores %s into a valid Call JSON", async (file, extra) => {
    const { code, stdout, stderr } = await score([fixture(file), ...extra])
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" })
    const call = JSON.parse(stdout)
    expect(validateCallJson(call)).toMatchObject({ ok: true })
    expect(call.utterances).toHaveLength(19)
    expect(call.utterances.filter((u: { self: boolean }) => u.self)).toHaveLength(10)
    expect(call.summary.words).toEqual({ self: 170, client: 103 })
    expect(call.summary.longestMonologue).toBe(34)
    expect(call.summary.score === null || (call.summary.score >= 0 && call.summary.score <= 100)).toBe(true)
    for (const u of call.utterances.filter((u: { self: boolean }) => !u.self)) {
      expect(u).toMatchObject({ verdict: "neutral", labels: [] })
    }
  })

  it("prints a text report", async () => {
    const { code, stdout } = await score([fixture("discovery-call.txt"), "--format", "text"])
    expect(code).toBe(0)
    expect(stdout).toContain("Your share of talk       51% (by time; best calls ≈ 43%)")
    expect(stdout).toContain("Focus for the next call")
  })

  it("reads standard input", async () => {
    const { code, stdout } = await score(["-"], '{"speaker":"You","text":"Who else feels this first?"}\n')
    expect(code).toBe(0)
    expect(JSON.parse(stdout).utterances[0]).toMatchObject({ self: true, question: true })
  })

  it("lists skipped lines of a partly broken file on stderr and still scores", async () => {
    const { code, stdout, stderr } = await score([fixture("broken.vtt"), "--me", "Sam Carter"])
    expect(code).toBe(0)
    expect(JSON.parse(stdout).utterances).toHaveLength(3)
    expect(stderr.trim().split("\n")).toEqual([
      'score: tests/fixtures/transcripts/broken.vtt:8: skipped: bad timing line "00:00:05.000 --> 00:00:0X.000" (expected "00:00:01.000 --> 00:00:04.000")',
      'score: tests/fixtures/transcripts/broken.vtt:11: skipped: not a caption cue (no "start --> end" timing line): "this block has no timing line at all"',
      "score: tests/fixtures/transcripts/broken.vtt:18: skipped: cue ends before it starts",
    ])
  })

  it.each([
    ["empty.txt", "score: tests/fixtures/transcripts/empty.txt: file is empty\n"],
    [
      "latin1.txt",
      "score: tests/fixtures/transcripts/latin1.txt: file is not UTF-8 text (binary data or another encoding), not a transcript\n",
    ],
    [
      "all-broken.jsonl",
      'score: tests/fixtures/transcripts/all-broken.jsonl:1: no utterances could be read as JSON Lines; first problem at line 1: "text" must be a string\n',
    ],
  ])("%s: one-line error, exit 1, no stack trace", async (file, message) => {
    expect(await score([fixture(file)])).toEqual({ code: 1, stdout: "", stderr: message })
  })

  it("--help", async () => {
    const { code, stdout } = await score(["--help"])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Usage: npm run score -- <file \| ->/)
  })
})
