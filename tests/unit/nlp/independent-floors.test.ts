/**
 * Floors on the figures that measure generalisation (see `npm run eval` for the full report).
 * The goals of issue 10 are higher (sealed macro-F1 0.90, principle recall 0.75, false alarms
 * 5 %, spoken-question F1 0.85); these floors sit just under today's measured figures so a change
 * that makes the judgement worse on words nobody here wrote fails CI.
 *
 * The sealed part is scored only as a whole here: no line of it is read, printed or asserted on.
 */
import { readFileSync } from "node:fs"
import { afterAll, describe, expect, it } from "vitest"
import { evaluate, f1, precision, recall, type EvalReport } from "../../../src/nlp/evaluate"
import { MODEL_FILE, installModelFromDisk } from "../../../src/nlp/model/load-from-disk"
import {
  SEALED_PART,
  TEAM_PARTS,
  TRAINABLE_PARTS,
  devPart,
  independentParts,
  teamHoldout,
} from "../../../src/tools/corpora"
import {
  TRAINED_CALL_GROUPS,
  activate,
  callCorpusName,
  train,
  trainingCorpora,
} from "../../../src/tools/model-lab"
import { callQuestionReport, callsIn } from "../../../src/tools/call-questions"
import { callVerdictRows } from "../../../src/tools/call-verdicts"
import { casualTalkReport } from "../../../src/tools/casual-talk"
import { questionReport } from "../../../src/tools/question-eval"
import { TRAINING_OPTIONS } from "../../../src/tools/training-options"

interface Floors {
  macroF1: number
  principleRecall: number
  falseAlarmRate: number
}

const principleRecall = (r: EvalReport): number =>
  r.principleRecall.total ? r.principleRecall.hit / r.principleRecall.total : 1
const falseAlarmRate = (r: EvalReport): number =>
  r.neutralFalseAlarms.total ? r.neutralFalseAlarms.flagged / r.neutralFalseAlarms.total : 0

function expectAbove(report: EvalReport, floors: Floors): void {
  expect(report.verdict.macroF1).toBeGreaterThanOrEqual(floors.macroF1)
  expect(principleRecall(report)).toBeGreaterThanOrEqual(floors.principleRecall)
  expect(falseAlarmRate(report)).toBeLessThanOrEqual(floors.falseAlarmRate)
  // Client lines are context, never judged.
  expect(report.clientJudged).toBe(0)
}

afterAll(() => installModelFromDisk())

describe("sealed part (independent writer; never trained or tuned on)", () => {
  it("is never among the training data", () => {
    expect(TRAINABLE_PARTS).not.toContain(SEALED_PART)
    const names = trainingCorpora().map((c) => c.name)
    expect(names.filter((name) => name.startsWith("oneup-dev"))).toHaveLength(TRAINABLE_PARTS.length)
    expect(names.filter((name) => name.startsWith("team"))).toHaveLength(TEAM_PARTS.length)
    expect(names.filter((name) => name.includes(`part ${SEALED_PART}`))).toEqual([])
    for (const holdout of teamHoldout()) expect(names).not.toContain(holdout.name)
    // Of the calls, only the development groups: the unread ones measure.
    expect(names.filter((name) => name.startsWith("calls"))).toEqual(["calls read", "calls third"])
  })

  it("the shipped model is exactly what training on the other data produces (npm run train)", () => {
    expect(readFileSync(MODEL_FILE, "utf8")).toBe(`${JSON.stringify(train([], TRAINING_OPTIONS))}\n`)
  })

  // Measured 0.912 / 0.840 / 4.3 % (2026-12-08, second session: the development calls trained on and
  // the calibration re-picked). 0.909 / 0.820 / 4.3 % (2026-12-08: the model's principle beside a rule's, eleven probe
  // rounds, the calibration re-picked with veto 0.1). 0.909 / 0.810 / 4.3 % (2026-12-07, fifth session, final tree: ten probe rounds trained
  // on, the calibration the amended rule picked; the false-alarm floor is now the goal).
  // 0.905 / 0.800 / 5.8 % earlier that session. Before: 0.901 / 0.790 / 5.8 %
  // (2026-12-07, fourth session, after frames from five rounds of
  // blind probes of short caption lines and the calibration the rule re-chose; 0.895 / 0.780 / 5.8 %
  // after the first round). Before: 0.890 / 0.770 / 5.8 % (2026-12-07, third session, with the long-turn parts j and k
  // trained on and a long-line prior: the long-turn holdouts l and m went 0.835 / 0.806 → 0.911 /
  // 0.910 with neutral turns flagged 17-18 % → 3.6 %, at this cost here and on parts d to i);
  // 0.910 / 0.820 / 5.8 % (2026-12-07, second session, after frames from eleven blind
  // teammate probes of One-Down moves); 0.883 / 0.780 / 5.8 % (2026-12-07, with the product-tour lines of round-7 trained on
  // and the calibration re-chosen); 0.889 / 0.780 / 5.8 % (2026-12-06); earlier 0.885 / 0.770 / 5.8 %
  // with the team parts trained on and the settings chosen on cross-validation alone (see
  // training-options.ts), and 0.860 / 0.720 / 5.8 % before that.
  it("is judged above its floors by the shipped model", () => {
    installModelFromDisk()
    const rows = devPart(SEALED_PART).rows
    expect(rows.length).toBeGreaterThanOrEqual(150)
    expectAbove(evaluate(rows), { macroF1: 0.9, principleRecall: 0.8, falseAlarmRate: 0.05 })
  })
})

describe("team holdout (written apart from the rules; never read, trained or tuned on)", () => {
  // First and only scores, 2026-12-06, by the shipped model: d 0.983 / 0.85 / 1.4 %,
  // e 0.942 / 0.83 / 2.9 %, f 0.936 / 0.82 / 4.3 %; later that day g 0.981 / 0.89 / 0 % and
  // h 0.951 / 0.87 / 0 %. After the long-turn parts joined training (third session, 2026-12-07):
  // d 0.959 / 0.84 / 1.4 %, e 0.940 / 0.83 / 2.9 %, f 0.924 / 0.79 / 1.4 %, g 0.963 / 0.88 / 0 %,
  // h 0.958 / 0.86 / 0 %. With the development calls trained on (2026-12-08, second session):
  // d 0.964 / 0.89 / 0 %, e 0.964 / 0.86 / 0 %, f 0.945 / 0.87 / 0 %, g 0.963 / 0.90 / 1.4 %,
  // h 0.954 / 0.86 / 0 %, i 0.923 / 0.864 / 0 %, l 0.941 / 0.90 / 2.7 %, m 0.922 / 0.857 / 3.6 %
  // (the line holdouts' mean fell 0.4 points as the whole calls rose 0.4 to 2 points).
  const floors: Record<string, Floors> = {
    "team part d": { macroF1: 0.95, principleRecall: 0.83, falseAlarmRate: 0.05 },
    "team part e": { macroF1: 0.93, principleRecall: 0.82, falseAlarmRate: 0.05 },
    "team part f": { macroF1: 0.91, principleRecall: 0.78, falseAlarmRate: 0.05 },
    "team part g": { macroF1: 0.95, principleRecall: 0.87, falseAlarmRate: 0.05 },
    "team part h": { macroF1: 0.95, principleRecall: 0.85, falseAlarmRate: 0.05 },
    // Understated One-Down moves, first scored 2026-12-07: 0.880 / 0.779 / 0 %; 0.889 / 0.807 / 0 %
    // after the second session's frames; 0.870 / 0.771 / 0 % with the long-turn parts trained on.
    "team part i": { macroF1: 0.86, principleRecall: 0.76, falseAlarmRate: 0.05 },
    // Long turns (180 lines each, 110 neutral), first scored untouched 2026-12-07 by the model
    // of b4807f0: l 0.835 / 0.871 / 17.3 %, m 0.806 / 0.800 / 18.2 %; then 0.911 / 0.857 / 3.6 %
    // and 0.910 / 0.800 / 3.6 %; fourth session, after the short-line frames and the re-chosen
    // calibration: l 0.939 / 0.886 / 1.8 %, m 0.910 / 0.800 / 3.6 %; fifth session, with the blind
    // probes trained on: l 0.941 / 0.914 / 2.7 %, m 0.928 / 0.857 / 3.6 %.
    "team part l": { macroF1: 0.9, principleRecall: 0.84, falseAlarmRate: 0.05 },
    "team part m": { macroF1: 0.9, principleRecall: 0.79, falseAlarmRate: 0.05 },
  }
  it.each(teamHoldout().map((part) => [part.name, part] as const))(
    "%s is judged above its floors",
    (name, part) => {
      installModelFromDisk()
      expect(part.rows.length).toBeGreaterThanOrEqual(180)
      const floor = floors[name]
      expect(floor).toBeDefined()
      if (floor) expectAbove(evaluate(part.rows), floor)
    },
  )
})

describe("independent parts, cross-validated (a model trained without the part scores it)", () => {
  // Measured 2026-12-06 (macro-F1 / principle recall / false alarms): part 1 0.963 / 0.82 / 0 %,
  // part 2 0.945 / 0.82 / 1.5 %, part 4 0.909 / 0.758 / 1.5 %, team a 0.976 / 0.90 / 1.4 %,
  // team b 0.970 / 0.89 / 1.4 %, team c 0.920 / 0.81 / 2.9 %. With the long-turn parts j and k
  // and the One-Up frames that followed (2026-12-07, third session): part 1 0.979 / 0.89 / 0 %,
  // part 2 0.965 / 0.88 / 0 %, part 4 0.982 / 0.89 / 0 %, a 0.978 / 0.90 / 0 %, b 0.982 / 0.92 /
  // 1.4 %, c 0.962 / 0.91 / 4.3 %, j 0.904 / 0.83 / 4.2 %, k 0.891 / 0.76 / 1.8 %.
  // With the blind probes in the training data and the calibration the amended rule picked
  // (2026-12-07, fifth session): part 1 0.988 / 0.95 / 0 %, part 2 0.976 / 0.92 / 0 %, part 4
  // 0.970 / 0.89 / 0 %, a 0.983 / 0.91 / 0 %, b 0.982 / 0.90 / 0 %, c 0.983 / 0.93 / 1.4 %,
  // j 0.921 / 0.83 / 1.7 %, k 0.917 / 0.81 / 1.8 %. With ten probe rounds and the calibration
  // re-picked (bias 2.75): part 1 0.988 / 0.95, part 2 0.976 / 0.91, part 4 0.970 / 0.88, a 0.983
  // / 0.92, b 0.976 / 0.89, c 0.983 / 0.93 / 1.4 %, j 0.929 / 0.84 / 1.7 %, k 0.912 / 0.80 / 1.8 %.
  // With the development calls trained on (2026-12-08, second session): part 1 0.994 / 0.95,
  // part 2 0.976 / 0.92, part 4 0.971 / 0.93, a 0.983 / 0.93, b 0.991 / 0.93, c 0.971 / 0.93 /
  // 1.4 %, j 0.920 / 0.86 / 4.2 %, k 0.934 / 0.86 / 0.9 % (0.84 after the review's question fix).
  // The false-alarm floor is the goal (5 %) on every part.
  const floors: Record<string, Floors> = {
    "oneup-dev part 1": { macroF1: 0.96, principleRecall: 0.87, falseAlarmRate: 0.05 },
    "oneup-dev part 2": { macroF1: 0.95, principleRecall: 0.86, falseAlarmRate: 0.05 },
    "oneup-dev part 4": { macroF1: 0.96, principleRecall: 0.87, falseAlarmRate: 0.05 },
    "team part a": { macroF1: 0.96, principleRecall: 0.88, falseAlarmRate: 0.05 },
    "team part b": { macroF1: 0.97, principleRecall: 0.88, falseAlarmRate: 0.05 },
    "team part c": { macroF1: 0.95, principleRecall: 0.89, falseAlarmRate: 0.05 },
    "team part j": { macroF1: 0.89, principleRecall: 0.81, falseAlarmRate: 0.05 },
    "team part k": { macroF1: 0.88, principleRecall: 0.74, falseAlarmRate: 0.05 },
  }
  it("has a floor for every part", () => {
    expect(Object.keys(floors).sort()).toEqual(
      independentParts()
        .map((p) => p.name)
        .sort(),
    )
  })
  it.each(independentParts().map((part) => [part.name, part] as const))(
    "%s stays above its floors",
    (name, part) => {
      activate(train([name], TRAINING_OPTIONS))
      const floor = floors[name]
      expect(floor).toBeDefined()
      if (floor) expectAbove(evaluate(part.rows), floor)
    },
  )
})

// Measured on these 60 conversations: P 0.722, R 0.705, F1 0.713 (the goal is F1 0.85).
const FLOOR_SWDA = { precision: 0.69, recall: 0.68, f1: 0.69 }

describe("spoken questions on Switchboard, caption form (first 60 conversations)", () => {
  it("detects questions above its floor (tag questions and backchannels are not questions)", () => {
    const counts = questionReport({ conversations: 60 })
    expect(counts.utterances).toBeGreaterThan(5_000)
    expect(precision(counts)).toBeGreaterThanOrEqual(FLOOR_SWDA.precision)
    expect(recall(counts)).toBeGreaterThanOrEqual(FLOOR_SWDA.recall)
    expect(f1(counts)).toBeGreaterThanOrEqual(FLOOR_SWDA.f1)
  })
})

// Measured on 2026-12-07 (F1 of questions put to the client, as written / lowercase without
// punctuation): unread calls 94.3 / 77.7 %, read calls 94.0 / 82.3 % (before the question work of
// that day: 86.9 / 67.7 and 84.7 / 69.4 %). Floors just under.
const FLOOR_CALLS = {
  unread: { written: 0.92, caption: 0.75 },
  read: { written: 0.92, caption: 0.8 },
}

describe("questions put to the client on whole calls (blind teammates' calls, contracts §6)", () => {
  it.each([
    ["unread", false],
    ["read", true],
  ] as const)("counts the %s calls' questions above their floors", (group, read) => {
    installModelFromDisk()
    const names = callsIn(read ? "read" : "unread")
    expect(names.length).toBe(read ? 8 : 4)
    const written = callQuestionReport(names, "written")
    const caption = callQuestionReport(names, "caption")
    expect(f1(written)).toBeGreaterThanOrEqual(FLOOR_CALLS[group].written)
    expect(f1(caption)).toBeGreaterThanOrEqual(FLOOR_CALLS[group].caption)
    // The summary's count for a whole call stays within a few questions of the writer's.
    for (const error of written.callErrors) expect(Math.abs(error)).toBeLessThanOrEqual(4)
  })
})

// Verdicts on the blind calls' seller turns both labellers agree on, measured on 2026-12-07 when
// the labels arrived: unread calls macro-F1 63.8 %, right principle 14 / 45, neutral flagged 6 / 48;
// read calls 56.1 %, 30 / 119, 4 / 80. Far under the line sets' figures: moves in real turns are
// mild and carried by context. Floors just under, so a regression on realistic turns fails CI.
// The read calls rose to 64.9 %, 40 / 119, 4 / 80 (third session of that day) with rules written
// from their misses; the unread ones did not move.
// The second set (writers e-h, twenty calls, never read), measured when its labels arrived (third
// session of 2026-12-07): 83.8 %, 146 / 235, 5 / 262 (the model of the session before: 83.1 %,
// 143 / 235, 5 / 262). Its sellers make plainer moves than the first set's, and more One-Down ones.
// 2026-12-08 (the model's principle beside a rule's, tour and root-cause frames, probe 80 trained
// on, the calibration the rule re-picked: veto 0.1): unread first set 60.3 %, 12 / 45, 6 / 48 (the
// same model under the settings before: 63.8 %; the rule chooses on the trainable lines and the
// development calls, never on this set, so its floor follows the rule's choice down); second set
// 84.6 %, 153 / 235, 5 / 262; read 62.8 %, 42 / 119, 4 / 80; third 86.6 %, 150 / 234, 8 / 242.
// 2026-12-08, second session: the development groups (read, third) became training data, so each is
// now scored by a model trained without it; read 67.0 %, 46 / 119, 4 / 80 (67.3 %, 48 / 119 after
// the review's question fix); third 87.5 %, 152 / 234,
// 9 / 242 (cross-validated); measured once after the change was chosen on those: unread first set
// 60.7 %, 20 / 45, 7 / 48; second set 86.6 %, 162 / 235, 6 / 262.
const FLOOR_CALL_VERDICTS = {
  unread: { macroF1: 0.59, principleRecall: 0.4, falseAlarmRate: 0.15 },
  second: { macroF1: 0.84, principleRecall: 0.66, falseAlarmRate: 0.04 },
  read: { macroF1: 0.64, principleRecall: 0.36, falseAlarmRate: 0.07 },
  // The third set (writers i-l, twenty calls written to be read), untouched first score:
  // 83.4 %, 131 / 234, 8 / 242; 86.6 %, 142 / 234, 8 / 242 after rules written from its misses
  // (which left the second set and the first set's unread calls where they were).
  third: { macroF1: 0.85, principleRecall: 0.62, falseAlarmRate: 0.045 },
}

describe("verdicts on whole calls (turns two blind labellers agree on)", () => {
  it.each([
    ["unread", 4],
    ["second", 20],
    ["read", 8],
    ["third", 20],
  ] as const)("judges the %s calls' seller turns above their floors", (group, calls) => {
    // The development groups are training data: each is scored by a model trained without it.
    if (TRAINED_CALL_GROUPS.includes(group)) activate(train([callCorpusName(group)], TRAINING_OPTIONS))
    else installModelFromDisk()
    const names = callsIn(group)
    expect(names).toHaveLength(calls)
    const data = callVerdictRows(new Set(names))
    // The labellers agree on most turns; a broken join of labels and turns would not.
    expect(data.agreed / data.doublyLabelled).toBeGreaterThan(0.9)
    expectAbove(evaluate(data.rows), FLOOR_CALL_VERDICTS[group])
  })
})

// Measured on these 60 conversations (6,530 lines of four words or more): down rules fired 22
// times, 3.4 per 1,000 lines (36, 5.5 per 1,000, before "i don't know if it's…", "the next
// generation of…" and friends were narrowed on 2026-12-06); 13.0 % of lines got a verdict, 2.2 %
// a label strong enough for a live nudge. Ceilings just above, so rules that start hearing
// everyday phrasing fail here.
const CEILING_CASUAL = { downPer1000: 4.5, flagged: 0.14, live: 0.025 }

describe("ordinary talk on Switchboard (nobody selling; first 60 conversations)", () => {
  it("stays mostly unlabelled", () => {
    installModelFromDisk()
    const report = casualTalkReport({ conversations: 60 })
    expect(report.utterances).toBeGreaterThan(5_000)
    expect((report.downRuleFirings / report.utterances) * 1000).toBeLessThanOrEqual(
      CEILING_CASUAL.downPer1000,
    )
    expect(report.flagged / report.utterances).toBeLessThanOrEqual(CEILING_CASUAL.flagged)
    expect(report.live / report.utterances).toBeLessThanOrEqual(CEILING_CASUAL.live)
  })
})
