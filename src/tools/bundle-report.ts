/**
 * `npm run bundle-report`: what is in each bundle. Builds Chrome with external source maps into
 * build/chrome-mv3-analyze (never packaged) and lists, per script, the largest contributors:
 * npm packages by name, our code by folder. Use it before and after slimming a bundle.
 *
 *   npm run bundle-report                 top 12 per bundle
 *   npm run bundle-report -- --top=40 --files    more rows, single files instead of folders
 */
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { buildTarget } from "./build-target"
import { formatKb } from "./budgets"
import { listFiles } from "./package-files"
import { bytesBySource, sourceGroup, type SourceMapLike } from "./source-map-sizes"

const args = process.argv.slice(2)
const top = Number(args.find((arg) => arg.startsWith("--top="))?.slice("--top=".length) ?? 12)
const byFile = args.includes("--files")

function main(): void {
  const outDir = buildTarget("chrome-mv3", { tag: "analyze", plasmoFlags: ["--source-maps"] })
  for (const script of listFiles(outDir).filter((name) => name.endsWith(".js"))) {
    const mapPath = join(outDir, `${script}.map`)
    if (!existsSync(mapPath)) continue
    const code = readFileSync(join(outDir, script), "utf8")
    const sizes = bytesBySource(code, JSON.parse(readFileSync(mapPath, "utf8")) as SourceMapLike)
    const grouped = new Map<string, number>()
    for (const [source, bytes] of sizes) {
      const key = byFile ? source.replace(/^.*?node_modules\//, "npm: ") : sourceGroup(source)
      grouped.set(key, (grouped.get(key) ?? 0) + bytes)
    }
    console.log(`\n${script}: ${formatKb(code.length)}`)
    for (const [group, bytes] of [...grouped].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`  ${formatKb(bytes).padStart(10)}  ${group}`)
  }
}

main()
