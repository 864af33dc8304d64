import { existsSync } from "node:fs"
import { EXTENSION_DIR } from "./paths"

export default function setup(): void {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first (npm test does).`)
  }
}
