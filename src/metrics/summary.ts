/**
 * Call summary (Call JSON `summary`, contracts.md §2) from classified utterances. Pure and linear
 * in the number of utterances: the background recomputes it live on every caption update.
 *
 * Definitions, where the type's comments leave room:
 * - talk share by time counts each side's covered seconds (overlaps once); it is null unless at
 *   least 80% of utterances have timings, so a few timed lines cannot stand for the whole call;
 * - seller questions count only those put to the client (questionsPutToClient, contracts.md §6);
 *   open/closed attribute all of an utterance's questions to the kind of its first;
 * - byQuarter splits the speaking span (first start to last end) in four equal parts, or the
 *   utterance order when there are no timings;
 * - verdicts and principle tallies are the seller's only (client lines are never judged); a
 *   principle counts once per utterance and polarity, however many of its rules fired.
 */
import { PRINCIPLE_IDS, type PrincipleId } from "../core/principles"
import type { CallSummary, PrincipleTally, ScoredUtterance } from "../core/types"
import { MIN_SELLER_UTTERANCES, MIN_SELLER_WORDS, NOT_ENOUGH_TO_SCORE, WORDS_PER_MINUTE } from "./benchmarks"
import { oneUpScore } from "./score"
import { coveredSeconds, intervalOf, longestRun, speakingSpan, type Interval } from "./timing"
import { countWords } from "./words"

/** What the summary reads of an utterance (the live session's utterances fit it too). */
export type SummaryUtterance = Pick<
  ScoredUtterance,
  | "self"
  | "text"
  | "start"
  | "end"
  | "question"
  | "questionCount"
  | "questionKind"
  | "verdict"
  | "labels"
  | "addressedQuestions"
  | "trailingQuestion"
  | "trailingQuestions"
>

/** Share of utterances that must be timed before talk share is measured by time. */
const MIN_TIMED_SHARE = 0.8
/** Principles whose One-Down labels mean "talking about us": company, founder, logos, features. */
const COMPANY_STORY_PRINCIPLES: readonly PrincipleId[] = ["teach-models", "counsel"]

export function summarizeCall(utterances: readonly SummaryUtterance[]): CallSummary {
  const seller = utterances.filter((utterance) => utterance.self)
  const client = utterances.filter((utterance) => !utterance.self)
  const words = {
    self: sumBy(seller, (u) => countWords(u.text)),
    client: sumBy(client, (u) => countWords(u.text)),
  }
  const byWords = share(words.self, words.client)
  const byTime = talkShareByTime(utterances)
  const span = speakingSpan(utterances)
  const durationSec = span ? round1(span.end - span.start) : null
  const longestMonologue = roundOrNull(longestRun(utterances, true))
  const companyStory = companyStorySeconds(seller)
  const verdicts = {
    up: seller.filter((u) => u.verdict === "up").length,
    down: seller.filter((u) => u.verdict === "down").length,
    neutral: seller.filter((u) => u.verdict === "neutral").length,
  }
  const put = questionsPutToClient(utterances)
  const sellerQuestions = sumBy(put, (p) => p.put)
  const talkShare = byTime ?? byWords
  const enough = seller.length >= MIN_SELLER_UTTERANCES && words.self >= MIN_SELLER_WORDS
  const callMinutes = durationSec !== null ? durationSec / 60 : (words.self + words.client) / WORDS_PER_MINUTE

  return {
    score: enough
      ? oneUpScore({
          up: verdicts.up,
          down: verdicts.down,
          talkShare,
          sellerQuestions,
          callMinutes,
          longestMonologueSec: longestMonologue,
          companyStorySec: companyStory,
        })
      : null,
    scoreNote: enough ? null : NOT_ENOUGH_TO_SCORE,
    talkRatio: {
      self: round3(talkShare),
      byWords: round3(byWords),
      byTime: byTime === null ? null : round3(byTime),
    },
    questions: {
      self: sellerQuestions,
      open: sumBy(put, (p) => (p.utterance.questionKind === "open" ? p.put : 0)),
      closed: sumBy(put, (p) => (p.utterance.questionKind === "closed" ? p.put : 0)),
      client: sumBy(client, questionsIn),
      answered: sumBy(put, (p) => p.answered),
      notPut: sumBy(seller, questionsIn) - sellerQuestions,
      byQuarter: questionsByQuarter(utterances, span, put),
    },
    words,
    longestMonologue,
    longestClientStory: roundOrNull(longestRun(utterances, false)),
    companyStory,
    durationSec,
    verdicts,
    principles: principleTallies(seller),
  }
}

interface PutQuestions {
  utterance: SummaryUtterance
  /** Questions of this seller utterance put to the client. */
  put: number
  /** Of those, answered by the client speaking next. */
  answered: number
}

/**
 * contracts.md §6: a seller question counts when it is plainly addressed to the client and not
 * answered by the seller in the same breath, or when it ends the utterance and the client speaks
 * next. Utterances stored before these facts existed count every question, as they always did.
 */
export function questionsPutToClient(utterances: readonly SummaryUtterance[]): PutQuestions[] {
  const result: PutQuestions[] = []
  utterances.forEach((utterance, i) => {
    if (!utterance.self || !utterance.question) return
    const asked = questionsIn(utterance)
    const clientNext = utterances[i + 1] !== undefined && utterances[i + 1]?.self === false
    if (utterance.addressedQuestions === undefined) {
      result.push({ utterance, put: asked, answered: clientNext ? asked : 0 })
      return
    }
    const put = Math.min(asked, utterance.addressedQuestions + (clientNext ? trailingCount(utterance) : 0))
    result.push({ utterance, put, answered: clientNext ? put : 0 })
  })
  return result
}

/** Unaddressed questions closing the utterance; calls stored before the count had only the flag. */
function trailingCount(utterance: Pick<SummaryUtterance, "trailingQuestion" | "trailingQuestions">): number {
  return utterance.trailingQuestions ?? (utterance.trailingQuestion === true ? 1 : 0)
}

/** Questions an utterance asks; `question` is the classifier's yes/no, the count refines it. */
export function questionsIn(utterance: Pick<SummaryUtterance, "question" | "questionCount">): number {
  return utterance.question ? Math.max(1, utterance.questionCount) : 0
}

function talkShareByTime(utterances: readonly SummaryUtterance[]): number | null {
  const timed = utterances.map((u) => ({ self: u.self, interval: intervalOf(u) }))
  const timedCount = timed.filter((t) => t.interval !== null).length
  if (utterances.length === 0 || timedCount < utterances.length * MIN_TIMED_SHARE) return null
  const side = (self: boolean) =>
    coveredSeconds(timed.filter((t) => t.self === self).flatMap((t) => (t.interval ? [t.interval] : [])))
  const seller = side(true)
  const client = side(false)
  return seller + client > 0 ? seller / (seller + client) : null
}

function questionsByQuarter(
  utterances: readonly SummaryUtterance[],
  span: Interval | null,
  put: readonly PutQuestions[],
): [number, number, number, number] {
  const quarters: [number, number, number, number] = [0, 0, 0, 0]
  const spanLength = span ? span.end - span.start : 0
  const putBy = new Map(put.map((p) => [p.utterance, p.put]))
  utterances.forEach((utterance, index) => {
    if (!utterance.self) return
    const asked = putBy.get(utterance) ?? 0
    if (asked === 0) return
    const position =
      span && spanLength > 0 && utterance.start !== null
        ? (utterance.start - span.start) / spanLength
        : index / utterances.length
    const quarter = Math.min(3, Math.max(0, Math.floor(position * 4))) as 0 | 1 | 2 | 3
    quarters[quarter] += asked
  })
  return quarters
}

/** Timed seconds of company/product story; 0 when there was none, null when none of it is timed. */
function companyStorySeconds(seller: readonly SummaryUtterance[]): number | null {
  const story = seller.filter((u) =>
    u.labels.some((label) => label.polarity === "down" && COMPANY_STORY_PRINCIPLES.includes(label.principle)),
  )
  if (story.length === 0) return 0
  const intervals = story.flatMap((u) => {
    const interval = intervalOf(u)
    return interval ? [interval] : []
  })
  return intervals.length > 0 ? round1(coveredSeconds(intervals)) : null
}

function principleTallies(seller: readonly SummaryUtterance[]): Record<PrincipleId, PrincipleTally> {
  const tallies = Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, { up: 0, down: 0 }])) as Record<
    PrincipleId,
    PrincipleTally
  >
  for (const utterance of seller) {
    const seen = new Set<string>()
    for (const { principle, polarity } of utterance.labels) {
      const key = `${principle}|${polarity}`
      // Unknown principles (a newer classifier, a hand-edited import) are not counted.
      if (seen.has(key) || !(principle in tallies)) continue
      seen.add(key)
      tallies[principle][polarity] += 1
    }
  }
  return tallies
}

function sumBy<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((sum, item) => sum + value(item), 0)
}

function share(part: number, other: number): number {
  return part + other > 0 ? part / (part + other) : 0
}

function round1(value: number): number {
  return Math.round(value * 10) / 10
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000
}

function roundOrNull(value: number | null): number | null {
  return value === null ? null : round1(value)
}
