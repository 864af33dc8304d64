import { execFileSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { readZip, zipDirectory, zipEntries } from "../../../src/tools/zip"

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

describe("readZip", () => {
  it("reads back exactly what zipEntries wrote, names and bytes", () => {
    const entries = [
      { name: "manifest.json", data: Buffer.from('{"manifest_version":3}') },
      { name: "static/background/index.js", data: Buffer.from("console.log('é ✓')\n".repeat(300)) },
      { name: "empty.txt", data: Buffer.alloc(0) },
    ]
    const files = readZip(zipEntries(entries))
    expect([...files.keys()]).toEqual(entries.map((entry) => entry.name))
    for (const entry of entries) expect(files.get(entry.name)?.equals(entry.data)).toBe(true)
  })

  it("reads an archive written by another implementation (Python's zipfile, stored and deflated)", () => {
    const dir = mkdtempSync(join(tmpdir(), "one-up-unzip-"))
    const out = join(dir, "python.zip")
    execFileSync("python3", [
      "-c",
      "import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w') as z:\n z.writestr('a.txt', 'plain', zipfile.ZIP_STORED)\n z.writestr('dir/b.txt', 'packed ' * 50, zipfile.ZIP_DEFLATED)",
      out,
    ])
    const files = readZip(readFileSync(out))
    expect(files.get("a.txt")?.toString()).toBe("plain")
    expect(files.get("dir/b.txt")?.toString()).toBe("packed ".repeat(50))
  })

  it("refuses a damaged archive instead of returning wrong files", () => {
    const archive = zipEntries([{ name: "a.txt", data: Buffer.from("hello hello hello") }])
    expect(() => readZip(Buffer.from("not a zip at all"))).toThrow(/not a ZIP archive/)
    const corrupted = Buffer.from(archive)
    corrupted[40] = (corrupted[40] ?? 0) ^ 0xff // inside the compressed data
    expect(() => readZip(corrupted)).toThrow(/a\.txt/)
  })
})
