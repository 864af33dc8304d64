/**
 * Ordinary talk the coach should leave alone. Switchboard (swda-dev, development only) is
 * strangers chatting on the phone: nobody is selling, so a One-Up/One-Down label there is very
 * likely a false alarm (or at best a move out of place). Counting them shows which rules fire on
 * everyday phrasing ("i don't know if it's going to rain", "the next generation of kids") where
 * no labelled line reaches. Lines under four words (backchannels) are skipped.
 */
import { CONFIDENT_STRENGTH } from "../core/types"
import { classifyUtterance, ruleLabels } from "../nlp/classify"
import { firstConversations, swdaCaptionForm, swdaUtterances } from "./corpora"

export interface CasualTalkReport {
  utterances: number
  /** Firings of One-Down / One-Up rules alone (before the model's veto). */
  downRuleFirings: number
  upRuleFirings: number
  /** Lines the full classifier gives a verdict other than neutral. */
  flagged: number
  /** Lines with a label strong enough for a live nudge. */
  live: number
  /** Rules by how often they fire, most first. */
  byRule: [string, number][]
}

const MIN_WORDS = 4

/** Switchboard utterances in caption form, backchannels (under four words) left out. */
export function ordinaryTalkLines(conversations?: number): string[] {
  return firstConversations(swdaUtterances(), conversations)
    .map((u) => swdaCaptionForm(u.text))
    .filter((text) => text.split(" ").length >= MIN_WORDS)
}

export function casualTalkReport(options: { conversations?: number } = {}): CasualTalkReport {
  const report: CasualTalkReport = {
    utterances: 0,
    downRuleFirings: 0,
    upRuleFirings: 0,
    flagged: 0,
    live: 0,
    byRule: [],
  }
  const byRule = new Map<string, number>()
  for (const text of ordinaryTalkLines(options.conversations)) {
    report.utterances++
    for (const label of ruleLabels(text)) {
      if (label.polarity === "down") report.downRuleFirings++
      else report.upRuleFirings++
      byRule.set(label.rule, (byRule.get(label.rule) ?? 0) + 1)
    }
    const result = classifyUtterance(text, { self: true })
    if (result.verdict !== "neutral") report.flagged++
    if (result.labels.some((l) => (l.strength ?? 1) >= CONFIDENT_STRENGTH)) report.live++
  }
  report.byRule = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  return report
}
