/**
 * Builds the extension (src/tools/build-target.ts says what a build does).
 *   npm run build                      Chrome MV3, load-unpacked folder build/chrome-mv3-prod
 *   npm run build -- --target=firefox-mv3
 *   npm run package                    every target, checked and zipped (src/tools/package.ts)
 */
import { buildTarget } from "./build-target"

const target =
  process.argv
    .slice(2)
    .find((arg) => arg.startsWith("--target="))
    ?.slice("--target=".length) ?? "chrome-mv3"

try {
  buildTarget(target)
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
