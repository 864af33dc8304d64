/**
 * `npm run train`: fits the statistical layer on every labelled line except the sealed part and
 * writes assets/model/one-up-model.json (deterministic: same data, same bytes).
 *
 *   npm run train            train and write the model
 *   npm run train -- --check exit 1 when the committed model differs from a fresh training run
 */
import { readFileSync, writeFileSync } from "node:fs"
import { MODEL_FILE } from "../nlp/model/load-from-disk"
import { TRAINING_OPTIONS } from "./training-options"
import { train } from "./model-lab"

function main(): void {
  const model = train([], TRAINING_OPTIONS)
  const text = `${JSON.stringify(model)}\n`
  if (process.argv.includes("--check")) {
    const same = readFileSync(MODEL_FILE, "utf8") === text
    console.log(same ? "model is up to date" : "model is out of date: run npm run train")
    process.exitCode = same ? 0 : 1
    return
  }
  writeFileSync(MODEL_FILE, text)
  console.log(
    `wrote ${MODEL_FILE}: ${model.features.length} features, ${String(model.meta.examples)} training lines, ${(text.length / 1024).toFixed(0)} KB`,
  )
}

main()
