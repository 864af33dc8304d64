// Rehearsal with the real classifier (the background's classify-lines answer): each typed line is
// judged as a seller line, the triggering words are found for highlighting, advice comes from the
// pages' rule info, and drill progress is counted per principle.
import { describe, expect, it } from "vitest"
import { PRINCIPLE_IDS } from "../../../src/core/principles"
import { classifyUtterance, getRule } from "../../../src/nlp/index"
import { DRILLS } from "../../../src/ui/review/drills"
import type { ClassifyLine } from "../../../src/messaging/contract"
import {
  answerVerdict,
  labelAdvice,
  markEvidence,
  MAX_REHEARSED_LINES,
  rehearse,
} from "../../../src/ui/review/rehearse"
import {
  normalizeNames,
  normalizeProgress,
  progressByPrinciple,
  recordAttempt,
} from "../../../src/ui/review/review-storage"
import { localClassifier } from "./local-classifier"

const COMPANY_STORY =
  "So a quick bit about us: we were founded in 2009 and we are the leading provider of fleet software."
const ADVICE = "My recommendation is to pilot with two teams before anything else."

describe("rehearse", () => {
  it("judges each non-empty line as the seller's, like the live classifier", async () => {
    const { lines, leftOut } = await rehearse(
      `${COMPANY_STORY}\r\n\n   \n${ADVICE}\nSure, Tuesday works.`,
      localClassifier,
    )
    expect(leftOut).toBe(0)
    expect(lines.map((line) => line.text)).toEqual([COMPANY_STORY, ADVICE, "Sure, Tuesday works."])
    for (const line of lines) expect(line.judged).toEqual(classifyUtterance(line.text, { self: true }))
    expect(lines.map((line) => line.judged.verdict)).toEqual(["down", "up", "neutral"])
    expect(new Set(lines.map((line) => line.key)).size).toBe(3)
  })

  it("judges at most MAX_REHEARSED_LINES lines in one request and says how many were left out", async () => {
    const text = Array.from({ length: MAX_REHEARSED_LINES + 4 }, (_, i) => `line ${i}`).join("\n")
    const requests: ClassifyLine[][] = []
    const { lines, leftOut } = await rehearse(text, async (sent) => {
      requests.push(sent)
      return sent.map(() => ({
        verdict: "neutral" as const,
        labels: [],
        question: false,
        questionCount: 0,
        questionKind: null,
      }))
    })
    expect(lines).toHaveLength(MAX_REHEARSED_LINES)
    expect(requests).toHaveLength(1)
    expect(requests[0]).toHaveLength(MAX_REHEARSED_LINES)
    expect(requests[0]?.every((line) => line.self)).toBe(true)
    expect(leftOut).toBe(4)
  })

  it("sends nothing for blank input, and rejects when the classifier cannot be reached", async () => {
    const refuse = async () => Promise.reject(new Error("no background"))
    await expect(rehearse(" \n\n", refuse)).resolves.toEqual({ lines: [], leftOut: 0 })
    await expect(rehearse("Sure.", refuse)).rejects.toThrow("no background")
  })

  it("gives the One-Up move of a One-Down label and the praise of a One-Up label", async () => {
    const [down, up] = (await rehearse(`${COMPANY_STORY}\n${ADVICE}`, localClassifier)).lines
    const downLabel = down?.judged.labels.find((label) => label.polarity === "down")
    const upLabel = up?.judged.labels.find((label) => label.polarity === "up")
    expect(downLabel && labelAdvice(downLabel)).toBe(downLabel && getRule(downLabel.rule)?.nudge)
    expect(upLabel && labelAdvice(upLabel)).toBe(upLabel && getRule(upLabel.rule)?.nudge)
    expect(
      labelAdvice({ principle: "counsel", polarity: "down", rule: "no-such-rule", evidence: "x" }),
    ).toBeUndefined()
  })

  it("calls a drill answer One-Down when any line slips, else One-Up when any line is", async () => {
    const judged = async (text: string) => (await rehearse(text, localClassifier)).lines
    expect(answerVerdict(await judged(`${ADVICE}\n${COMPANY_STORY}`))).toBe("down")
    expect(answerVerdict(await judged(`Sure.\n${ADVICE}`))).toBe("up")
    expect(answerVerdict(await judged("Sure, Tuesday works."))).toBe("neutral")
    expect(answerVerdict([])).toBe("neutral")
  })
})

describe("markEvidence", () => {
  it("marks each evidence span, case-insensitively, keeping the text's own spelling", () => {
    expect(markEvidence("We were Founded in 2009", ["founded in"])).toEqual([
      { text: "We were ", marked: false },
      { text: "Founded in", marked: true },
      { text: " 2009", marked: false },
    ])
  })

  it("merges overlapping spans and ignores evidence not in the text", () => {
    const pieces = markEvidence("the leading provider of software", [
      "leading provider",
      "provider of",
      "absent",
    ])
    expect(pieces).toEqual([
      { text: "the ", marked: false },
      { text: "leading provider of", marked: true },
      { text: " software", marked: false },
    ])
    expect(pieces.map((piece) => piece.text).join("")).toBe("the leading provider of software")
  })

  it("marks nothing for no or blank evidence", () => {
    expect(markEvidence("hello", [])).toEqual([{ text: "hello", marked: false }])
    expect(markEvidence("hello", ["  "])).toEqual([{ text: "hello", marked: false }])
  })
})

describe("drills", () => {
  it("has a handful of situations for every principle, with unique ids", () => {
    for (const principle of PRINCIPLE_IDS) {
      expect(DRILLS.filter((drill) => drill.principle === principle).length).toBeGreaterThanOrEqual(3)
    }
    expect(new Set(DRILLS.map((drill) => drill.id)).size).toBe(DRILLS.length)
  })

  it("counts a drill passed from its first One-Up answer, and keeps it passed", () => {
    let progress = normalizeProgress(undefined)
    progress = recordAttempt(progress, "journey-send-proposal", "down", 100)
    expect(progress["journey-send-proposal"]).toEqual({ attempts: 1, passedAt: null, lastVerdict: "down" })
    progress = recordAttempt(progress, "journey-send-proposal", "up", 200)
    progress = recordAttempt(progress, "journey-send-proposal", "down", 300)
    expect(progress["journey-send-proposal"]).toEqual({ attempts: 3, passedAt: 200, lastVerdict: "down" })
    progress = recordAttempt(progress, "journey-what-next", "neutral", 400)
    const journey = progressByPrinciple(progress).find((row) => row.principle === "lead-journey")
    expect(journey).toEqual({ principle: "lead-journey", passed: 1, tried: 2, total: 3 })
    expect(progressByPrinciple(progress).filter((row) => row.tried > 0)).toHaveLength(1)
  })

  it("reads stored progress and names defensively", () => {
    expect(
      normalizeProgress({
        "counsel-show-demo": { attempts: 2, passedAt: 5, lastVerdict: "up" },
        "no-such-drill": { attempts: 1 },
        "models-why-you": "x",
      }),
    ).toEqual({ "counsel-show-demo": { attempts: 2, passedAt: 5, lastVerdict: "up" } })
    expect(normalizeProgress(null)).toEqual({})
    expect(normalizeNames(["Sam", 3, " ", "Dana"])).toEqual(["Sam", "Dana"])
    expect(normalizeNames("Sam")).toEqual([])
  })
})
