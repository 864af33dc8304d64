/**
 * Where a run-on caption is cut into clauses. A cut in the wrong place makes a statement look
 * like a question (and a question count for coaching) or splits a pattern's words apart.
 */
import { describe, expect, it } from "vitest"
import { analyseCaption } from "../../../src/nlp/classify"

function clauseTexts(text: string): string[] {
  const parsed = analyseCaption(text)
  if (!parsed) return []
  return parsed.clauses.map((c) =>
    (parsed.doc.docs[c.sentence] ?? [])
      .slice(c.start, c.end)
      .map((t) => t.normal)
      .join(" "),
  )
}

describe("splitClauses", () => {
  it("still cuts where a new question starts mid-run", () => {
    expect(clauseTexts("we rolled it out to forty sites how did that go for you")).toHaveLength(2)
  })

  it.each([
    // the auxiliary after "than it" / "as it" finishes a comparison
    "cash timing matters far more than it did a year ago",
    "the queue moves as it does on mondays",
    // "do you think", "would you say" inside a question already running
    "how many do you think have logged in since the training",
    "how much of the sick leave you're seeing would you say comes from workload",
    // after a name the tagger knows, "who" is relative, capitalised or not (an unknown name such as
    // "Anneke" is a plain noun, and the comma still opens a question: see the closing note)
    "I'd need to loop in my colleague Sarah, who leads that practice.",
    "i need to loop in my colleague sarah, who leads that practice",
  ])("keeps one clause: %s", (text) => {
    expect(clauseTexts(text)).toHaveLength(1)
  })

  it("does not take the finished comparison for a question", () => {
    const parsed = analyseCaption("so cash timing matters far more than it did a year ago")
    expect(parsed?.clauses.some((c) => c.question)).toBe(false)
  })
})
