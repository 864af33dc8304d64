/**
 * Checks that a value is a Call JSON (contracts.md §2) before the extension imports it or a tool
 * trusts it. Returns a normalised copy (known fields only; absent optional fields filled in) or
 * the first problem as one line naming its path, e.g. `utterances[3].verdict must be …`.
 */
import { isPrincipleId, PRINCIPLE_IDS, type PrincipleId } from "./principles"
import {
  CALL_FORMAT,
  type CallJson,
  type CallSummary,
  type Label,
  type Platform,
  type PrincipleTally,
  type QuestionKind,
  type ScoredUtterance,
  type Verdict,
} from "./types"
import { questionTargetFacts } from "./question-facts"

export type CallJsonValidation = { ok: true; call: CallJson } | { ok: false; error: string }

const PLATFORMS: readonly Platform[] = ["meet", "zoom", "teams", "file"]
const VERDICTS: readonly Verdict[] = ["up", "down", "neutral"]

/** Thrown inside this module only, to stop at the first problem. */
class Invalid extends Error {}

export function validateCallJson(value: unknown): CallJsonValidation {
  return attempt(() => {
    const { call, rawSummary } = readCallLines(value)
    return { ...call, summary: readSummary(rawSummary, "summary") }
  })
}

/**
 * A Call JSON whose lines are checked like {@link validateCallJson}'s but whose summary is
 * computed afresh from those lines instead of being read from the file. The worker imports calls
 * this way: a summary is a pure function of the lines (the same `summarizeCall` made the file's),
 * so recomputing it gives the same figures for any call the extension exported and figures that
 * cannot contradict the lines for a file edited by hand.
 */
export function validateCallJsonLines(
  value: unknown,
  summarize: (utterances: readonly ScoredUtterance[]) => CallSummary,
): CallJsonValidation {
  return attempt(() => {
    const { call } = readCallLines(value)
    return { ...call, summary: summarize(call.utterances) }
  })
}

function attempt(read: () => CallJson): CallJsonValidation {
  try {
    return { ok: true, call: read() }
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message }
    throw error
  }
}

function readCallLines(value: unknown): { call: Omit<CallJson, "summary">; rawSummary: unknown } {
  const call = object(value, "Call JSON")
  if (call.format !== CALL_FORMAT) {
    const found = typeof call.format === "string" ? `"${call.format.slice(0, 40)}"` : "missing"
    fail(`format must be "${CALL_FORMAT}" (found ${found})`)
  }
  const utterances = array(call.utterances, "utterances").map((item, index) =>
    readUtterance(item, `utterances[${index}]`),
  )
  const ids = new Set<string>()
  utterances.forEach((utterance, index) => {
    if (ids.has(utterance.id)) fail(`utterances[${index}].id "${utterance.id}" is used twice`)
    ids.add(utterance.id)
  })
  return {
    call: {
      format: CALL_FORMAT,
      platform: oneOf(call.platform, PLATFORMS, "platform"),
      startedAt: isoOrNull(call.startedAt, "startedAt"),
      endedAt: isoOrNull(call.endedAt, "endedAt"),
      ...(call.title !== undefined ? { title: nullable(call.title, "title", string) } : {}),
      utterances,
    },
    rawSummary: call.summary,
  }
}

function readUtterance(value: unknown, path: string): ScoredUtterance {
  const u = object(value, path)
  const self = boolean(u.self, `${path}.self`)
  const question = boolean(u.question, `${path}.question`)
  const verdict = oneOf(u.verdict, VERDICTS, `${path}.verdict`)
  const labels = array(u.labels, `${path}.labels`).map((label, index) =>
    readLabel(label, `${path}.labels[${index}]`),
  )
  if (!self && (verdict !== "neutral" || labels.length > 0)) {
    fail(
      `${path} is the client's, so it must have verdict "neutral" and no labels (client lines are never judged)`,
    )
  }
  const start = u.start === undefined ? null : nullable(u.start, `${path}.start`, seconds)
  const end = u.end === undefined ? null : nullable(u.end, `${path}.end`, seconds)
  if (start !== null && end !== null && end < start) fail(`${path}.end is before its start`)
  return {
    id: nonEmpty(u.id, `${path}.id`),
    speaker: string(u.speaker, `${path}.speaker`),
    self,
    text: string(u.text, `${path}.text`),
    start,
    end,
    question,
    verdict,
    labels,
    questionCount:
      u.questionCount === undefined ? (question ? 1 : 0) : count(u.questionCount, `${path}.questionCount`),
    questionKind:
      u.questionKind == null
        ? null
        : oneOf<QuestionKind>(u.questionKind, ["open", "closed"], `${path}.questionKind`),
    ...questionTargetFacts(u),
  }
}

function readLabel(value: unknown, path: string): Label {
  const label = object(value, path)
  if (!isPrincipleId(label.principle)) fail(`${path}.principle must be one of ${PRINCIPLE_IDS.join(", ")}`)
  return {
    principle: label.principle,
    polarity: oneOf(label.polarity, ["up", "down"] as const, `${path}.polarity`),
    rule: nonEmpty(label.rule, `${path}.rule`),
    evidence: string(label.evidence, `${path}.evidence`),
    // Optional fields of newer exports: kept when well-formed, dropped otherwise (they only
    // refine coaching, the verdict stands without them).
    ...(typeof label.strength === "number" && label.strength >= 0 && label.strength <= 1
      ? { strength: label.strength }
      : {}),
    ...(label.source === "rule" || label.source === "model" ? { source: label.source } : {}),
  }
}

function readSummary(value: unknown, path: string): CallSummary {
  const s = object(value, path)
  const score = nullable(s.score, `${path}.score`, number)
  if (score !== null && (score < 0 || score > 100)) fail(`${path}.score must be between 0 and 100`)
  const talk = object(s.talkRatio, `${path}.talkRatio`)
  const questions = object(s.questions, `${path}.questions`)
  const quarters = array(questions.byQuarter, `${path}.questions.byQuarter`)
  if (quarters.length !== 4) fail(`${path}.questions.byQuarter must have 4 numbers`)
  const words = object(s.words, `${path}.words`)
  const verdicts = object(s.verdicts, `${path}.verdicts`)
  const principles = object(s.principles, `${path}.principles`)
  const q = (key: string) => count(questions[key], `${path}.questions.${key}`)
  return {
    score,
    scoreNote: s.scoreNote === undefined ? null : nullable(s.scoreNote, `${path}.scoreNote`, string),
    talkRatio: {
      self: ratio(talk.self, `${path}.talkRatio.self`),
      byWords: ratio(talk.byWords, `${path}.talkRatio.byWords`),
      byTime: nullable(talk.byTime, `${path}.talkRatio.byTime`, ratio),
    },
    questions: {
      self: q("self"),
      open: q("open"),
      closed: q("closed"),
      client: q("client"),
      ...(questions.answered === undefined ? {} : { answered: q("answered") }),
      ...(questions.notPut === undefined ? {} : { notPut: q("notPut") }),
      byQuarter: [0, 1, 2, 3].map((i) =>
        count(quarters[i], `${path}.questions.byQuarter[${i}]`),
      ) as CallSummary["questions"]["byQuarter"],
    },
    words: {
      self: count(words.self, `${path}.words.self`),
      client: count(words.client, `${path}.words.client`),
    },
    longestMonologue: nullable(s.longestMonologue, `${path}.longestMonologue`, seconds),
    longestClientStory: nullable(s.longestClientStory, `${path}.longestClientStory`, seconds),
    companyStory: nullable(s.companyStory, `${path}.companyStory`, seconds),
    durationSec: nullable(s.durationSec, `${path}.durationSec`, seconds),
    verdicts: {
      up: count(verdicts.up, `${path}.verdicts.up`),
      down: count(verdicts.down, `${path}.verdicts.down`),
      neutral: count(verdicts.neutral, `${path}.verdicts.neutral`),
    },
    principles: Object.fromEntries(
      PRINCIPLE_IDS.map((id): [PrincipleId, PrincipleTally] => {
        const tally = object(principles[id], `${path}.principles.${id}`)
        return [
          id,
          {
            up: count(tally.up, `${path}.principles.${id}.up`),
            down: count(tally.down, `${path}.principles.${id}.down`),
          },
        ]
      }),
    ) as Record<PrincipleId, PrincipleTally>,
  }
}

function fail(message: string): never {
  throw new Invalid(message)
}

function object(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(`${path} must be an object`)
  return value as Record<string, unknown>
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(`${path} must be an array`)
  return value
}

function string(value: unknown, path: string): string {
  if (typeof value !== "string") fail(`${path} must be a string`)
  return value
}

function nonEmpty(value: unknown, path: string): string {
  if (string(value, path) === "") fail(`${path} must not be empty`)
  return value as string
}

function boolean(value: unknown, path: string): boolean {
  if (typeof value !== "boolean") fail(`${path} must be true or false`)
  return value
}

function number(value: unknown, path: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) fail(`${path} must be a number`)
  return value
}

function seconds(value: unknown, path: string): number {
  if (number(value, path) < 0) fail(`${path} must be seconds (a number ≥ 0)`)
  return value as number
}

function count(value: unknown, path: string): number {
  if (!Number.isInteger(value) || (value as number) < 0) fail(`${path} must be a whole number ≥ 0`)
  return value as number
}

function ratio(value: unknown, path: string): number {
  const n = number(value, path)
  if (n < 0 || n > 1) fail(`${path} must be between 0 and 1`)
  return n
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (!allowed.includes(value as T)) fail(`${path} must be one of ${allowed.map((a) => `"${a}"`).join(", ")}`)
  return value as T
}

function nullable<T>(value: unknown, path: string, read: (value: unknown, path: string) => T): T | null {
  return value === null ? null : read(value, path)
}

function isoOrNull(value: unknown, path: string): string | null {
  if (value === null || value === undefined) return null
  if (typeof value !== "string" || Number.isNaN(Date.parse(value)))
    fail(`${path} must be an ISO-8601 date or null`)
  return value
}
