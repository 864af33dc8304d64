/**
 * The training settings of the shipped model. Chosen by cross-validation on the trainable
 * oneup-dev parts (train without a part, score it), never on the sealed part; see README.
 */
import { DEFAULT_TRAIN_OPTIONS, type TrainOptions } from "../nlp/model/trainer"

export const TRAINING_OPTIONS: TrainOptions = {
  ...DEFAULT_TRAIN_OPTIONS,
  // Real calls are mostly neutral; the training lines are not. Raising the neutral logit keeps
  // ordinary talk unflagged (neutral false alarms) at a small cost in recall. Chosen as the
  // setting with the best mean cross-validated macro-F1 among those that keep every trainable
  // part at 5 % neutral false alarms or less (2 left part 4 at 5.9 %; 2.5: 2.9 / 4.4 / 4.4 %).
  neutralBias: 2.5,
  ruleVeto: 0.02,
  modelMin: 0.4,
}
