/**
 * `npm run eval:question-ceiling`: how high spoken-question F1 can go on Switchboard captions
 * when only the text is there (lowercase words: no punctuation, no intonation). Evidence for
 * whether the rule detector's ~0.70 can reach 0.85: many Switchboard questions are declarative
 * ("you have kids", tagged qy^d) and only their rising pitch makes them questions.
 *
 * Development only: Switchboard is CC BY-NC-SA (non-commercial), so this tool and its library
 * must never be imported by anything shipped in the extension. Deterministic: folds by sorted
 * conversation id, models fitted from zero weights without shuffling.
 */
import { readFileSync } from "node:fs"
import { resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { gunzipSync } from "node:zlib"
import { f1, precision, recall, type Counts } from "../nlp/evaluate"
import { isQuestion } from "../nlp/classify"
import { SWDA_FILE, swdaCaptionForm, swdaUtterances } from "./corpora"
import {
  bestThreshold,
  contextFeatures,
  conversationFolds,
  countOutcomes,
  dialogueContexts,
  nestedCrossValidation,
  ruleFeature,
  textFeatures,
  type Example,
  type ModelOptions,
  type NestedResult,
  type Turn,
} from "./question-ceiling-lib"

const OUTER_FOLDS = 5
/** Three inner folds, not more: each costs a fit per outer fold, and the run should stay minutes. */
const INNER_FOLDS = 3
/**
 * Chosen once on an inner split of the first outer fold's training conversations (never on a
 * test fold): stronger L2 than 1e-4 lost F1, and 100 AdaGrad steps matched 300.
 */
const MODEL_OPTIONS: ModelOptions = { minCount: 2, l2: 1e-4, iterations: 100, learningRate: 0.4 }
const DECLARATIVE_TAGS: ReadonlySet<string> = new Set(["qy^d", "qw^d"])
const QUESTION_TAGS = ["qy", "qw", "qo", "qh", "qrr", "qy^d", "qw^d"] as const

interface Utterance extends Turn {
  question: boolean
  tag: string
  rule: boolean
}

/**
 * The dialogue-act tag of every non-blank line, in swdaUtterances() order (which drops the tag).
 * Only the diagnostic (e) reads it; no model ever sees it.
 */
function swdaTags(): string[] {
  const lines = gunzipSync(readFileSync(SWDA_FILE)).toString("utf8").split("\n")
  return lines.filter((line) => line.trim() !== "").map((line) => line.split("|")[3]?.trim() ?? "")
}

/** Caption-form utterances as the question evaluation scores them (blank captions dropped). */
function loadUtterances(): Utterance[] {
  const raw = swdaUtterances()
  const tags = swdaTags()
  if (tags.length !== raw.length) throw new Error("swda: tags and utterances do not line up")
  return raw.flatMap((u, i) => {
    const text = swdaCaptionForm(u.text)
    if (text === "") return []
    return [
      {
        conversation: u.conversation,
        speaker: u.speaker,
        text,
        question: u.question,
        tag: tags[i] ?? "",
        rule: false,
      },
    ]
  })
}

interface Setup {
  key: string
  title: string
  features: (u: Utterance, i: number) => string[]
}

function setups(utterances: readonly Utterance[]): Setup[] {
  const contexts = dialogueContexts(utterances)
  const withRule = (u: Utterance): string[] => [...textFeatures(u.text), ruleFeature(u.rule)]
  return [
    { key: "b", title: "logistic regression, text n-grams only", features: (u) => textFeatures(u.text) },
    { key: "c", title: "b + the rule detector's verdict", features: withRule },
    {
      key: "d",
      title: "c + dialogue context (speaker change, next line's first words)",
      features: (u, i) => [
        ...withRule(u),
        ...contextFeatures(contexts[i] ?? { previous: "none", next: "none", nextWords: [] }),
      ],
    },
  ]
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6)
const prf = (c: Counts): string =>
  `P ${pct(precision(c))}  R ${pct(recall(c))}  F1 ${pct(f1(c))}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`

/** One result line: a label padded to one column, then precision, recall, F1 and the counts. */
const row = (label: string, c: Counts): string => `   ${label.padEnd(36)}${prf(c)}`

function printHeader(utterances: readonly Utterance[]): void {
  const conversations = new Set(utterances.map((u) => u.conversation)).size
  const questions = utterances.filter((u) => u.question).length
  console.log(
    [
      "Spoken-question ceiling on Switchboard captions (text only: lowercase, no punctuation, no prosody)",
      "DEVELOPMENT ONLY: Switchboard (SwDA) is CC BY-NC-SA 3.0, non-commercial; this tool is never shipped.",
      `${utterances.length} utterances, ${questions} questions, ${conversations} conversations;` +
        ` ${OUTER_FOLDS} folds by sorted conversation id, every utterance scored by a model that never saw its conversation.`,
      "Setups:",
      "  a  the product's rule detector isQuestion() alone (no training; note: its rules were tuned while",
      "     looking at these same conversations, so a and anything using it are if anything optimistic)",
      "  b  logistic regression on the caption's words: unigrams, bigrams with ^/$ start/end markers,",
      "     first two words, length bucket",
      "  c  b + the rule detector's verdict as one more feature",
      "  d  c + context a live caption stream also has: previous line same speaker?, next line same",
      "     speaker?, next line's first one/two words and length (e.g. an answer 'yeah' from the other speaker)",
      "  e  diagnostic: where the misses are, by dialogue-act tag; declarative questions (qy^d, qw^d)",
      "Thresholds: 'honest' = chosen per outer fold by maximising F1 in an inner " +
        `${INNER_FOLDS}-fold cross-validation on the training folds only;`,
      "  also shown: fixed 0.5, and the best single threshold chosen on the pooled test scores",
      "  (threshold chosen on test: optimistic upper bound).",
      `Model: binary logistic regression via the product trainer's fitSoftmax, ${JSON.stringify(MODEL_OPTIONS)}.`,
      "",
    ].join("\n"),
  )
}

/** The rule detector over every utterance, once (it is the slowest step: ~35 s for 66k lines). */
function runRules(utterances: Utterance[]): number {
  const start = Date.now()
  for (const u of utterances) u.rule = isQuestion(u.text)
  return (Date.now() - start) / 1000
}

function printModelResult(
  setup: Setup,
  result: NestedResult,
  gold: readonly boolean[],
  seconds: number,
): void {
  const optimistic = bestThreshold(result.scores, gold)
  const atHalf = countOutcomes(
    result.scores.map((s) => s >= 0.5),
    gold,
  )
  const optimisticCounts = countOutcomes(
    result.scores.map((s) => s >= optimistic.threshold),
    gold,
  )
  console.log(`${setup.key}  ${setup.title}   [${seconds.toFixed(0)} s]`)
  console.log(row("honest (inner-CV threshold)", countOutcomes(result.predicted, gold)))
  console.log(`     thresholds per fold: ${result.thresholds.map((t) => t.toFixed(3)).join(", ")}`)
  console.log(row("threshold 0.5", atHalf))
  console.log(
    `${row(`threshold ${optimistic.threshold.toFixed(3)} (chosen on test)`, optimisticCounts)}  <- optimistic upper bound`,
  )
}

/** Recall of each question tag and the share of questions it makes up, for the rules and each model. */
function printMissesByTag(
  utterances: readonly Utterance[],
  predictions: ReadonlyMap<string, readonly boolean[]>,
): void {
  const questions = utterances.filter((u) => u.question).length
  const names = [...predictions.keys()]
  console.log(
    `   recall by question tag (honest thresholds)\n   ${"tag".padEnd(6)}${"count".padStart(7)}${"share".padStart(8)}${names.map((n) => n.padStart(8)).join("")}`,
  )
  for (const tag of QUESTION_TAGS) {
    const rows = utterances.flatMap((u, i) => (u.tag === tag ? [i] : []))
    const recalls = names.map((n) => {
      const predicted = predictions.get(n) ?? []
      return pct(rows.filter((i) => predicted[i] === true).length / Math.max(1, rows.length)).padStart(8)
    })
    console.log(
      `   ${tag.padEnd(6)}${String(rows.length).padStart(7)}${pct(rows.length / questions).padStart(8)}${recalls.join("")}`,
    )
  }
}

/** The non-question tags most often flagged as questions (e.g. tag questions "^g", "oh really" "bh"). */
function printFalseAlarmsByTag(
  utterances: readonly Utterance[],
  predictions: ReadonlyMap<string, readonly boolean[]>,
): void {
  console.log("   false alarms by tag (most frequent six)")
  for (const [name, predicted] of predictions) {
    const byTag = new Map<string, number>()
    utterances.forEach((u, i) => {
      if (predicted[i] === true && !u.question) byTag.set(u.tag, (byTag.get(u.tag) ?? 0) + 1)
    })
    const top = [...byTag].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, 6)
    console.log(`   ${name.padEnd(3)}${top.map(([tag, n]) => `${tag} ${n}`).join(", ")}`)
  }
}

function printDeclarativeDiagnostic(
  utterances: readonly Utterance[],
  predictions: ReadonlyMap<string, readonly boolean[]>,
): void {
  const questions = utterances.filter((u) => u.question).length
  const declarative = utterances.filter((u) => DECLARATIVE_TAGS.has(u.tag)).length
  const ceilingRecall = 1 - declarative / questions
  console.log("e  diagnostic: declarative questions (qy^d, qw^d), marked as questions only by intonation")
  console.log(
    `   ${declarative} of ${questions} questions are declarative (${pct(declarative / questions).trim()}).`,
  )
  console.log(
    `   A text-only detector that found every other question and no declarative one, with no false alarm:` +
      ` recall ${pct(ceilingRecall).trim()}, F1 ${pct((2 * ceilingRecall) / (1 + ceilingRecall)).trim()}.`,
  )
  const kept = utterances.flatMap((u, i) => (DECLARATIVE_TAGS.has(u.tag) ? [] : [i]))
  const gold = kept.map((i) => utterances[i]?.question === true)
  console.log(
    "   scored with declarative questions left out of the data (same predictions, honest thresholds):",
  )
  for (const [name, predicted] of predictions) {
    console.log(
      row(
        name,
        countOutcomes(
          kept.map((i) => predicted[i] === true),
          gold,
        ),
      ),
    )
  }
  printMissesByTag(utterances, predictions)
  printFalseAlarmsByTag(utterances, predictions)
}

function main(): void {
  const started = Date.now()
  const utterances = loadUtterances()
  printHeader(utterances)
  const gold = utterances.map((u) => u.question)
  const ruleSeconds = runRules(utterances)
  const rules = utterances.map((u) => u.rule)
  console.log(
    `a  rules alone (isQuestion)   [${ruleSeconds.toFixed(0)} s]\n${row("no threshold (rules decide)", countOutcomes(rules, gold))}`,
  )

  const foldOf = conversationFolds(
    utterances.map((u) => u.conversation),
    OUTER_FOLDS,
  )
  const predictions = new Map<string, readonly boolean[]>([["a", rules]])
  for (const setup of setups(utterances)) {
    const start = Date.now()
    const examples: Example[] = utterances.map((u, i) => ({
      conversation: u.conversation,
      question: u.question,
      features: setup.features(u, i),
    }))
    const result = nestedCrossValidation(examples, foldOf, INNER_FOLDS, MODEL_OPTIONS)
    printModelResult(setup, result, gold, (Date.now() - start) / 1000)
    predictions.set(setup.key, result.predicted)
  }
  console.log("")
  printDeclarativeDiagnostic(utterances, predictions)
  console.log(`\nruntime ${((Date.now() - started) / 1000).toFixed(0)} s`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
