/**
 * `npm run bench`: what classification costs per caption, measured against a bare compromise
 * parse of the same text (the floor any tagger-based classifier pays), plus a 1,000-utterance
 * transcript scored end to end. A benchmark to read, not a timed test: numbers vary by machine.
 *
 * Budget (issue): all rules together ≤ 1.5× a bare parse; p95 < 5 ms per caption.
 */
import { readFileSync, readdirSync } from "node:fs"
import { join } from "node:path"
import nlp from "compromise/two"
import { classifyUtterance } from "../nlp/classify"
import { installModelFromDisk } from "../nlp/model/load-from-disk"
import { parseCorpus, stripToSpokenForm } from "../nlp/evaluate"
import { PATTERN_COUNT } from "../nlp/net"
import { RULES } from "../nlp/rules"

const CORPUS_DIR = join(import.meta.dirname, "../../tests/corpus")
const ROUNDS = 7

function corpusTexts(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith(".jsonl"))
    .flatMap((f) => parseCorpus(readFileSync(join(CORPUS_DIR, f), "utf8"), f).map((row) => row.text))
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
}

/** The median of each text's times over the rounds, sorted ascending. */
function medians(perText: readonly number[][]): number[] {
  return perText
    .map((times) =>
      quantile(
        [...times].sort((a, b) => a - b),
        0.5,
      ),
    )
    .sort((a, b) => a - b)
}

/**
 * Per-text times in ms for two ways of handling the same texts. The two are timed interleaved,
 * text by text, and the one timed first swaps every round: timed one after the other, a GC pause
 * or a JIT tier-up landing in one block swung the ratio between 1.05x and 1.47x on the same code.
 */
function timeInterleaved(
  texts: readonly string[],
  a: (text: string) => unknown,
  b: (text: string) => unknown,
): { a: number[]; b: number[] } {
  const timesA: number[][] = texts.map(() => [])
  const timesB: number[][] = texts.map(() => [])
  const time = (run: (text: string) => unknown, text: string): number => {
    const t0 = performance.now()
    run(text)
    return performance.now() - t0
  }
  for (let round = 0; round < ROUNDS; round++) {
    texts.forEach((text, i) => {
      if (round % 2 === 0) {
        timesA[i]?.push(time(a, text))
        timesB[i]?.push(time(b, text))
      } else {
        timesB[i]?.push(time(b, text))
        timesA[i]?.push(time(a, text))
      }
    })
  }
  return { a: medians(timesA), b: medians(timesB) }
}

const fmt = (ms: number): string => `${ms.toFixed(3)} ms`
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)

function main(): void {
  const tModel = performance.now()
  installModelFromDisk()
  console.log(
    `model load (read and decode assets/model/one-up-model.json): ${fmt(performance.now() - tModel)}`,
  )
  const t0 = performance.now()
  classifyUtterance("warm up the lexicon and the net", { self: true })
  console.log(`first call (module load + compromise init + net build): ${fmt(performance.now() - t0)}`)
  console.log(`rules: ${RULES.length}, compiled patterns: ${PATTERN_COUNT}`)

  const texts = corpusTexts().map(stripToSpokenForm)
  // Warm both paths so the JIT has seen them before timing.
  for (const text of texts) {
    nlp(text)
    classifyUtterance(text, { self: true })
  }
  const { a: bare, b: classified } = timeInterleaved(
    texts,
    (text) => nlp(text),
    (text) => classifyUtterance(text, { self: true }),
  )
  const ratio = sum(classified) / sum(bare)
  console.log(
    `\nper caption over ${texts.length} corpus lines (lowercase, no punctuation), median of ${ROUNDS} rounds each`,
  )
  console.log(`  bare nlp(text):      median ${fmt(quantile(bare, 0.5))}  p95 ${fmt(quantile(bare, 0.95))}`)
  console.log(
    `  classifyUtterance:   median ${fmt(quantile(classified, 0.5))}  p95 ${fmt(quantile(classified, 0.95))}  max ${fmt(quantile(classified, 1))}`,
  )
  console.log(`  cost ratio (total classify / total bare parse): ${ratio.toFixed(2)}x   budget ≤ 1.5x`)

  // A 1,000-utterance transcript: corpus lines repeated, alternating speakers as a call would.
  const transcript = Array.from({ length: 1000 }, (_, i) => ({
    text: texts[i % texts.length] ?? "",
    self: i % 2 === 0,
  }))
  const t1 = performance.now()
  for (const line of transcript) classifyUtterance(line.text, { self: line.self })
  const total = performance.now() - t1
  console.log(
    `\n1,000-utterance transcript scored end to end: ${fmt(total)} (${fmt(total / 1000)} per utterance)`,
  )
}

main()
