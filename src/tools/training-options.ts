/**
 * The training settings of the shipped model. Chosen by cross-validation on the trainable
 * oneup-dev parts (train without a part, score it), never on the sealed part; see README.
 */
import { DEFAULT_TRAIN_OPTIONS } from "../nlp/model/trainer"
import type { TrainingSettings } from "./model-lab"

export const TRAINING_OPTIONS: TrainingSettings = {
  ...DEFAULT_TRAIN_OPTIONS,
  // Chosen together by cross-validation over the six trainable independent parts (oneup-dev 1,
  // 2, 4 and team a, b, c; train without a part, score it) by a rule fixed before the sealed part
  // was first scored: the best mean macro-F1 among settings that keep every part at 5 % neutral
  // false alarms or less, settings within 0.1 point counting as a tie broken by the lower worst
  // false-alarm rate (real calls are mostly neutral). Settings that fail a spec example
  // (classify.test.ts) do not qualify: a veto on every line missed "here's the usual order of
  // decisions", so lines under eight words keep their rule labels (judge.ts).
  //
  // Re-run on 2026-12-06 (second time) after the rule frames changed what the rules hear: over
  // neutral bias 1.5-3, veto 0.05-0.3 and model minimum 0.35-0.5 (`npm run tune:calibration`, CV only),
  // bias 1.75 / veto 0.1 led with 97.73 % but 4.3 % worst false alarms; bias 2 / veto 0.1 scored
  // 97.72 % with 2.9 %, so the tie rule picked it. The settings before (2.25 / 0.2) scored 97.27 %.
  //
  // Re-run on 2026-12-07 after round-7.jsonl (a teammate's product-tour lines) joined the training
  // data: bias 2 / veto 0.1 now flagged 5.7 % of team part c's neutral lines, over the limit. The
  // rule picked bias 2.25 / veto 0.05 / minimum 0.4: 98.49 % mean, worst false alarms 4.3 %
  // (bias 2.25 / 0.05 / 0.35 led with 98.56 %, a tie broken towards the smaller move).
  //
  // Re-run on 2026-12-07 (second time) after the frames from nine blind teammate probes and the
  // evidence change: the rule keeps these settings
  // (98.68 % mean, worst false alarms 4.3 %; bias 2.25 / 0.05 / 0.35 ties at 98.68 %).
  //
  // Re-run on 2026-12-07 (third session) after the long-turn parts j and k joined the training
  // data, with a second prior for lines of 21 words or more added to the grid: the older parts
  // hold almost no long neutral seller line, so the model had learned that a long line is a move
  // (two fresh long-turn holdouts, l and m, had 17-18 % of their neutral turns flagged). With j
  // and k in, the settings before (2.25 / 0 / 0.05 / 0.4) flagged 9.2 % of part j's neutral
  // lines; the rule picked bias 2.5, long-line bias 0.5, veto 0.05, minimum 0.5 (94.86 % mean
  // over the eight parts, worst false alarms 4.3 %). Counting j and k once or twice instead of
  // three times moved the mean by under 0.1 point, so they weigh like the other parts.
  //
  // Re-run on 2026-12-07 (fourth session) after the frames from three blind probes of short lines:
  // the rule kept the settings (95.45 % mean, worst false alarms 4.3 %; the leaders at 95.5-95.7 %
  // flagged 5.7 % or more of one part's neutral lines). Re-run again after two more rounds of such
  // frames: bias 1.5 / long-line 1.5 led with 95.72 % (worst false alarms 4.29 %); bias 2 / long-line
  // 1 scored 95.64 % with the same worst rate, a tie the rule breaks towards the smaller move, so it
  // picked bias 2, long-line bias 1, veto 0.05, minimum 0.5 (the settings before: 95.50 %, 4.17 %).
  // Long lines keep the same total prior (3); shorter lines get back some of the recall the
  // long-turn change took from them.
  //
  // Re-run on 2026-12-07 (fifth session) after the 3,940 blind-probe lines joined the training
  // data, under the rule amended with its ordinary-talk ceiling (calibration-choice.ts): rule 1
  // alone led with bias 1.5 / long-line 0 (97.18 % mean) but gave a verdict to 9.5 % of
  // Switchboard's ordinary talk. The amended rule picked bias 2.5, long-line 0, veto 0.05,
  // minimum 0.5: 96.50 % mean, worst false alarms 1.82 %, ordinary talk flagged 4.56 % (the
  // settings before: 96.24 %, 1.82 %, 4.94 %). With the probes in, long lines need no prior of
  // their own. Re-run after the ninth probe round (understated lines) joined: the rule keeps the
  // settings (96.50 % mean, worst false alarms 2.50 %, ordinary talk flagged 4.54 %). Re-run after
  // the tenth round and minimum count seven: the rule picked bias 2.75 / long-line 0 / veto 0.05
  // / minimum 0.45 (96.45 % mean, worst false alarms 1.82 %, ordinary talk flagged 4.24 %; the
  // settings before: 96.42 %, 2.50 %, 4.56 %).
  //
  // Re-run on 2026-12-08 after the product-tour, logo, root-cause and forces frames and the
  // "lets" repair: the rule picked bias 2.5 / long-line 0.5 / veto 0.05 / minimum 0.4 (96.40 %
  // mean, worst false alarms 1.82 %, ordinary talk flagged 4.52 %; the settings before scored
  // 96.40 % to the second decimal, 1.82 %, 4.30 %). Long lines keep a total prior of 3; short
  // lines get a little of their recall back. Re-run once blind probe 80 joined the training data:
  // the rule picked bias 2.25 / long-line 0.5 / veto 0.1 / minimum 0.45 (96.62 % mean, worst false
  // alarms 1.82 %, ordinary talk flagged 4.98 %, just under its ceiling; the settings before:
  // 96.47 %, 1.82 %, 4.49 %), and the rule amended with its development-calls guard (1c in
  // calibration-choice.ts) kept that pick (development calls 81.33 % against 81.35 %).
  //
  // Re-run on 2026-12-08 (second session) once the development calls became training data (each
  // group now judged by a model trained without it): the rule picked bias 2 / long-line 0.5 /
  // veto 0.1 / minimum 0.45 (96.85 % mean, worst false alarms 4.17 %, ordinary talk flagged
  // 4.90 %, development calls 83.67 %; the settings before: 96.43 %, 4.17 %, 4.27 %, 83.49 %).
  // Learning from real turns taught the model what ordinary call talk looks like, so the neutral
  // prior could come down a quarter point within the ordinary-talk ceiling. Re-run once more after
  // minCount went to 8 (below, for the package budget): the rule picked bias 1.75 / long-line 1 /
  // veto 0.1 / minimum 0.5 (96.75 % mean, worst false alarms 4.17 %, ordinary talk flagged
  // 4.74 %, development calls 83.24 %; bias 2 / 0.5 / 0.1 / 0.45 under minCount 8: 96.58 %,
  // 4.17 %, 5.04 % (over the ceiling), 84.05 %). Long lines keep a total prior of 2.75.
  //
  // Lines written apart from the rules count three times a project-corpus line: they are the
  // voices the model has to generalise to, and the project corpus shares one writer with the rules.
  independentWeight: 3,
  // The development calls' agreed seller turns (first set's read calls, third set) count eight
  // times a project-corpus line: the line sets hold few real turns (long, mostly neutral, moves
  // carried by context), and a few hundred of them are lost among 8,000 lines at weight 1.
  // Chosen across the two groups, each scored by a model trained on the other (2026-12-08, the
  // calibration of the day held fixed): at weight 1 / 4 / 8 / 16 the read calls went 62.8 →
  // 62.9 / 63.9 / 67.3 / 67.8 % macro-F1 and the third set 86.6 → 86.3 / 87.9 / 87.7 / 87.4 %,
  // neutral turns flagged unchanged; 8 is where both have their gain. With both groups in at 8,
  // ordinary talk flagged 5.0 → 4.3 %, cross-validated lines 96.6 → 96.4 %. (Training on the read
  // calls alone was tried on 2026-12-07 and not kept: too few turns to move anything.)
  callWeight: 8,
  // Features seen in fewer than this many training lines are dropped. With the team parts in, two
  // left 6,166 features and a 265 KB model, over its 250 KB budget, so it was three. The 3,940
  // blind-probe lines (2026-12-07, fifth session) nearly doubled the data: at three the model had
  // 9,774 features and 430 KB, at five 272 KB; six keeps 5,240 features and 228 KB, with mean
  // cross-validated macro-F1 96.2 % and team holdout mean 94.7 % (without the probes: 96.1 and
  // 93.8 %). With the ninth round (4,390 probe lines) six kept 5,533 features and 242 KB; with the
  // tenth (4,840) it left 5,829 and 255 KB, over budget, so it is seven: 5,086 features, 222 KB,
  // mean cross-validated macro-F1 96.4 % and holdout mean 94.7 % (six: 96.4 and 94.8 %).
  // With the development calls in (2026-12-08, second session) seven left 5,618 features and
  // 239 KB, and the package 2,007 KB, over its 2 MB; eight keeps 5,002 features and 213 KB.
  minCount: 8,
  l2: 0.0007,
  // Real calls are mostly neutral; the training lines are not. Raising the neutral logit keeps
  // ordinary talk unflagged at a small cost in recall.
  neutralBias: 1.75,
  // Long turns may get more (many weak features add up on a long factual answer); the rule
  // currently gives them a point more.
  longLineBias: 1,
  // A rule label stands unless the model finds its polarity unlikely here (below 10 %): "I'll be
  // quick, the invoice went out on the third" is not asking for time. At 0.02 one part flagged
  // 10 % of its neutral lines through rules firing on words out of context; at 0.2 it threw away
  // right labels the model merely doubted ("i'll put together a proposal, send it over…"), and
  // at 0.1, before the product-tour lines, it threw away tours full of the client's nouns (the
  // rule came back to 0.1 after the tour frames of 2026-12-08).
  ruleVeto: 0.1,
  modelMin: 0.5,
}
