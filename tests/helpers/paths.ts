import { resolve } from "node:path"

export const ROOT = resolve(import.meta.dirname, "../..")
export const EXTENSION_DIR = resolve(ROOT, "build/chrome-mv3-prod")
export const FIXTURES_DIR = resolve(ROOT, "tests/fixtures")
