/**
 * Node only (command-line tool, tools, tests): install the shipped model from the repository's
 * data file. The extension loads the same file through load-from-url.ts.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { installModel } from "./installed"
import { decodeModel } from "./linear-model"

export const MODEL_FILE = join(import.meta.dirname, "../../../assets/model/one-up-model.json")

export function installModelFromDisk(path: string = MODEL_FILE): void {
  installModel(decodeModel(JSON.parse(readFileSync(path, "utf8"))))
}
