import { execFileSync } from "node:child_process"
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { zipDirectory } from "../../../src/tools/zip"

describe("zipDirectory", () => {
  it("writes a standard ZIP whose root holds the files, readable by another implementation", () => {
    const dir = mkdtempSync(join(tmpdir(), "one-up-zip-"))
    mkdirSync(join(dir, "static/background"), { recursive: true })
    writeFileSync(join(dir, "manifest.json"), JSON.stringify({ manifest_version: 3 }))
    writeFileSync(join(dir, "static/background/index.js"), "console.log('é ✓')\n".repeat(200))
    const out = join(dir, "..", `${dir.split("/").pop()}.zip`)
    expect(zipDirectory(dir, out)).toBe(2)
    // Python's zipfile module checks the central directory and every CRC.
    const listing = execFileSync("python3", [
      "-c",
      "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print('\\n'.join(z.namelist())); print(z.read('static/background/index.js').decode()[:12])",
      out,
    ]).toString()
    expect(listing.split("\n").slice(0, 2)).toEqual(["manifest.json", "static/background/index.js"])
    expect(listing).toContain("console.log(")
  })
})
