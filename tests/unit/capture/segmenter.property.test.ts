/**
 * Properties over generated caption sequences: whatever the page does within the rules we know
 * (revisions, flicker, re-rendered elements, edits to older blocks, windows), no utterance is
 * duplicated, no final text is lost, and revisions only go up.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { record } from "./segmenter-harness"
import type { UtteranceUpdate } from "../../../src/capture/types"

const SPEAKERS = ["You", "Dana Lee", "Priya Shah"] as const

/** Words unique across the whole conversation, so any overlap found is a true overlap. */
function uniqueWords(count: number, offset: number): string[] {
  return Array.from({ length: count }, (_, index) => `w${offset + index}`)
}

const turnArb = fc.record({
  speaker: fc.constantFrom(...SPEAKERS),
  length: fc.integer({ min: 1, max: 25 }),
  steps: fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant("grow" as const), words: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ kind: fc.constant("recase" as const) }),
      fc.record({ kind: fc.constant("shrink" as const) }),
      fc.record({ kind: fc.constant("flicker" as const), rerender: fc.boolean() }),
    ),
    { maxLength: 12 },
  ),
  editAfterNext: fc.boolean(),
})

function checkRevisions(log: readonly UtteranceUpdate[]): void {
  const last = new Map<string, UtteranceUpdate>()
  for (const update of log) {
    const previous = last.get(update.id)
    expect(update.revision).toBe((previous?.revision ?? 0) + 1)
    if (previous?.final) expect(update.final).toBe(true)
    last.set(update.id, update)
  }
}

describe("segmenter properties", () => {
  it("never duplicates an utterance, never loses final text, and revisions are monotone", () => {
    fc.assert(
      fc.property(
        fc.array(turnArb, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 50, max: 400 }),
        (turns, stepMs) => {
          const rec = record({ idleMs: 10_000, flickerMs: 1000, settleMs: 800 })
          const page: { key: string; speaker: string; text: string }[] = []
          const finalTexts: { speaker: string; text: string }[] = []
          let t = 0
          let offset = 0
          const show = () =>
            rec.at(
              (t += stepMs),
              page.map((block) => [block.key, block.speaker, block.text] as const),
            )

          turns.forEach((turn, turnIndex) => {
            const words = uniqueWords(turn.length, offset)
            offset += turn.length
            const block = { key: `k${turnIndex}`, speaker: turn.speaker, text: "" }
            let shown = 1
            const render = (recased = false) => {
              const visible = words.slice(0, shown)
              block.text = recased ? `${visible.join(" ").toUpperCase()}.` : visible.join(" ")
            }
            render()
            page.push(block)
            show()
            // The previous block is edited after this one started, as Meet does.
            const previous = page[page.length - 2]
            if (turns[turnIndex - 1]?.editAfterNext && previous) {
              previous.text = `${previous.text}!`
              const lastFinal = finalTexts[finalTexts.length - 1]
              if (lastFinal) lastFinal.text = previous.text
              show()
            }
            for (const step of turn.steps) {
              if (step.kind === "grow") {
                shown = Math.min(words.length, shown + step.words)
                render()
              } else if (step.kind === "recase") {
                render(true)
              } else if (step.kind === "shrink" && shown > 1) {
                shown -= 1
                render()
              } else if (step.kind === "flicker") {
                page.pop()
                show()
                if (step.rerender) block.key = `${block.key}'`
                page.push(block)
              }
              show()
            }
            shown = words.length
            render()
            show()
            finalTexts.push({ speaker: turn.speaker, text: block.text })
          })
          rec.end((t += stepMs))

          const latest = rec.latest()
          expect(latest.map((update) => ({ speaker: update.speaker, text: update.text }))).toEqual(finalTexts)
          expect(latest.every((update) => update.final)).toBe(true)
          checkRevisions(rec.log)
        },
      ),
      { numRuns: 300 },
    )
  })

  it("stitches any rolling window that keeps at least two words of overlap", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 80 }),
        fc.integer({ min: 6, max: 18 }),
        fc.array(fc.integer({ min: 1, max: 16 }), { minLength: 1, maxLength: 60 }),
        (length, windowSize, growth) => {
          const words = uniqueWords(length, 0)
          const rec = record({ rollingWindow: true })
          let count = 0
          let t = 0
          for (let step = 0; count < length; step++) {
            const grow = growth[step % growth.length] ?? 1
            count = Math.min(length, count + Math.min(grow, windowSize - 2))
            rec.at((t += 100), [
              ["row", "Dana Lee", words.slice(Math.max(0, count - windowSize), count).join(" ")],
            ])
          }
          rec.end(t + 100)
          expect(rec.lines()).toEqual([`Dana Lee: ${words.join(" ")}`])
          checkRevisions(rec.log)
        },
      ),
      { numRuns: 300 },
    )
  })

  it("stitches a windowed monologue that drops its start while keeping three or more words", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 12, max: 30 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 5, maxLength: 60 }),
        (windowSize, growth) => {
          const words = uniqueWords(200, 0)
          const rec = record()
          let count = 0
          let t = 0
          for (const grow of growth) {
            count = Math.min(words.length, count + Math.min(grow, windowSize - 3))
            const start = count > windowSize + 5 ? count - windowSize : 0
            rec.at((t += 100), [["b", "You", words.slice(start, count).join(" ")]])
          }
          rec.end(t + 100)
          expect(rec.lines()).toEqual([`You: ${words.slice(0, count).join(" ")}`])
        },
      ),
      { numRuns: 300 },
    )
  })

  it("separates Zoom speakers' turns and joins a speaker's back-to-back turns, whatever the rows do", () => {
    const turnsArb = fc.array(
      fc.record({
        speaker: fc.constantFrom(...SPEAKERS),
        length: fc.integer({ min: 1, max: 30 }),
        growth: fc.integer({ min: 1, max: 8 }),
        keepOtherRows: fc.boolean(),
      }),
      { minLength: 1, maxLength: 8 },
    )
    fc.assert(
      fc.property(turnsArb, fc.integer({ min: 8, max: 20 }), (turns, windowSize) => {
        const rec = record({ rollingWindow: true, flickerMs: 100_000, idleMs: 100_000 })
        const rows = new Map<string, string[]>()
        const expected: string[] = []
        let previous: string | null = null
        let offset = 0
        let t = 0
        for (const turn of turns) {
          const words = uniqueWords(turn.length, offset)
          offset += turn.length
          const continuing = previous === turn.speaker
          if (continuing) expected[expected.length - 1] += ` ${words.join(" ")}`
          else expected.push(`${turn.speaker}: ${words.join(" ")}`)
          for (const speaker of [...rows.keys()])
            if (speaker !== turn.speaker && !turn.keepOtherRows) rows.delete(speaker)
          const run = continuing ? (rows.get(turn.speaker) ?? []) : []
          for (let shown = 0; shown < words.length;) {
            shown = Math.min(words.length, shown + Math.min(turn.growth, windowSize - 2))
            rows.set(turn.speaker, [...run, ...words.slice(0, shown)])
            const snapshot = [...rows].map(
              ([speaker, all]) => [`zoom:${speaker}`, speaker, all.slice(-windowSize).join(" ")] as const,
            )
            rec.at((t += 100), snapshot)
          }
          previous = turn.speaker
        }
        rec.end(t + 100)
        expect(rec.lines()).toEqual(expected)
        checkRevisions(rec.log)
      }),
      { numRuns: 300 },
    )
  })
})
