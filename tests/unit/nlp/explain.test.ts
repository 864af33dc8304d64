// The words behind a model label (explain.ts), on the shipped model.
import { describe, expect, it } from "vitest"
import { analyseCaption } from "../../../src/nlp/classify"
import { explainModel } from "../../../src/nlp/model/explain"
import { extractFeatures, featureNames } from "../../../src/nlp/model/features"
import { installedModel } from "../../../src/nlp/model/installed"
import { featureIds } from "../../../src/nlp/model/linear-model"
import { installModelFromDisk } from "../../../src/nlp/model/load-from-disk"

function explainLine(text: string, minProbability?: number) {
  installModelFromDisk()
  const model = installedModel()
  const parsed = analyseCaption(text)
  if (!parsed) throw new Error("empty caption")
  const occurrences = extractFeatures(parsed.doc, parsed.clauses)
  const ids = featureIds(model, featureNames(occurrences))
  return explainModel(model, ids, occurrences, "down", parsed.doc, parsed.caption, minProbability)
}

describe("explainModel", () => {
  const tour = "and the dashboard gives your planners a live view of every depot"

  it("names a principle with its probability and quotes words of the caption", () => {
    const explained = explainLine(tour)
    expect(explained).not.toBeNull()
    expect(explained?.probability).toBeGreaterThan(0)
    expect(tour).toContain(explained?.evidence ?? "missing")
  })

  it("returns nothing when the principle is less likely than the caller needs", () => {
    const explained = explainLine(tour)
    expect(explainLine(tour, (explained?.probability ?? 0) + 0.001)).toBeNull()
    expect(explainLine(tour, explained?.probability ?? 0)).toEqual(explained)
  })
})
