// Each content script is parsed on every meeting page and must stay within its 30 KB budget, so
// it may carry only its own platform's caption reader. This follows the code imports (type-only
// imports leave nothing in a bundle) from each entry and checks what it reaches; the e2e package
// test measures the built bytes.
import { existsSync, readFileSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { describe, expect, it } from "vitest"
import { ROOT } from "../../../src/tools/build-target"

const PLATFORMS = ["meet", "teams", "zoom"] as const

/** Module specifiers a file imports or re-exports for their code (not `import type`). */
function codeImports(source: string): string[] {
  const statements = source.matchAll(
    /^\s*(?:import|export)\s+(?!type\b)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm,
  )
  return [...statements].map((match) => match[1] ?? "")
}

const isRelative = (specifier: string) => specifier.startsWith(".")

function resolveModule(fromFile: string, specifier: string): string {
  const base = resolve(dirname(fromFile), specifier)
  const found = [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), base].find((path) => existsSync(path))
  if (!found) throw new Error(`${relative(ROOT, fromFile)} imports ${specifier}, which does not resolve`)
  return found
}

/** Every source file an entry's code reaches (relative to the repository root), and the packages. */
function reachable(entry: string): { files: string[]; packages: string[] } {
  const seen = new Set<string>()
  const packages = new Set<string>()
  const queue = [join(ROOT, entry)]
  while (queue.length > 0) {
    const file = queue.pop() ?? ""
    if (seen.has(file)) continue
    seen.add(file)
    for (const specifier of codeImports(readFileSync(file, "utf8"))) {
      if (isRelative(specifier)) queue.push(resolveModule(file, specifier))
      else packages.add(specifier)
    }
  }
  return { files: [...seen].map((file) => relative(ROOT, file)).sort(), packages: [...packages].sort() }
}

describe("codeImports", () => {
  it("finds code imports and re-exports, and skips type-only imports", () => {
    const source = [
      'import { a } from "./a"',
      'import type { B } from "./b"',
      'import "./side-effect"',
      'export { c } from "../c"',
      'import { useState } from "react"',
      "import {\n  d,\n  e,\n} from './de'",
    ].join("\n")
    expect(codeImports(source)).toEqual(["./a", "./side-effect", "../c", "react", "./de"])
  })
})

describe.each(PLATFORMS)("the %s content script", (platform) => {
  const { files, packages } = reachable(`src/contents/${platform}.ts`)

  it("reaches its own platform's adapter and the shared capture code", () => {
    expect(files).toContain(`src/capture/platforms/${platform}/adapter.ts`)
    expect(files).toEqual(
      expect.arrayContaining([
        "src/capture/controller.ts",
        "src/capture/segmenter.ts",
        "src/content/run-capture.ts",
      ]),
    )
  })

  it("carries no other platform's reader and not the adapter registry that holds all three", () => {
    const others = PLATFORMS.filter((other) => other !== platform)
    expect(
      files.filter((file) => others.some((other) => file.startsWith(`src/capture/platforms/${other}/`))),
    ).toEqual([])
    expect(files).not.toContain("src/capture/platforms/index.ts")
  })

  it("carries nothing meant for the background or the pages: no classifier, no UI, no npm package", () => {
    expect(files.filter((file) => /^src\/(?:nlp|background|ui|tabs|session|metrics)\//.test(file))).toEqual(
      [],
    )
    expect(packages).toEqual([])
  })
})
