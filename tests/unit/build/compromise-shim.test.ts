/**
 * The extension bundles src/shims/compromise-two.js instead of compromise's own "two" entry (to
 * keep unused plugins out of the worker). Tagging stays identical only while the shim registers
 * the package's plugins in the package's order, so this reads compromise's entries and checks.
 */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { describe, expect, it } from "vitest"

const LEFT_OUT = new Set(["typeahead", "lazy", "swap"])
const require = createRequire(import.meta.url)
// compromise exports no package.json; its CommonJS build sits two folders below the package root.
const packageRoot = dirname(dirname(dirname(require.resolve("compromise"))))
const shimSource = readFileSync(join(import.meta.dirname, "../../../src/shims/compromise-two.js"), "utf8")

/** The plugins an entry file registers, in order, as the module paths it imports them from. */
function registrations(source: string, resolvePath: (specifier: string) => string): string[] {
  const imports = new Map<string, string>()
  for (const m of source.matchAll(/^import (\w+) from ["']([^"']+)["']/gm)) {
    if (m[1] && m[2]) imports.set(m[1], resolvePath(m[2]))
  }
  return [...source.matchAll(/^nlp\.(?:extend|plugin)\((\w+)\)/gm)].map((m) => imports.get(m[1] ?? "") ?? "?")
}

const fromPackageEntry = (specifier: string): string => join("src", specifier)
const fromShim = (specifier: string): string => specifier.replace(/^compromise\//, "")

describe("the bundled compromise entry", () => {
  it("registers compromise's own plugins in compromise's order, less the three left out", () => {
    const packageOrder = ["one.js", "two.js"]
      .flatMap((file) => registrations(readFileSync(join(packageRoot, "src", file), "utf8"), fromPackageEntry))
      .filter((path) => !LEFT_OUT.has(path.split("/")[2] ?? ""))
    expect(packageOrder.length).toBeGreaterThan(10)
    expect(registrations(shimSource, fromShim)).toEqual(packageOrder)
  })

  it("starts from the same core and imports nothing else", () => {
    expect(readFileSync(join(packageRoot, "src/one.js"), "utf8")).toMatch(/^import nlp from '\.\/nlp\.js'/m)
    expect(shimSource).toMatch(/^import nlp from "compromise\/src\/nlp\.js"/m)
    const shimImports = [...shimSource.matchAll(/^import \w+ from "([^"]+)"/gm)].map((m) => m[1])
    expect(shimImports.every((path) => path?.startsWith("compromise/src/"))).toBe(true)
  })
})
