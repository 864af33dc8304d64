/**
 * A minimal ZIP writer and reader (deflate, no zip64), so packaging and checking a package need no
 * extra tool on the machine. The stores accept any standard ZIP whose root holds manifest.json.
 */
import { readFileSync, writeFileSync } from "node:fs"
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib"
import { listFiles } from "./package-files"

/** DOS date/time fields; a fixed date keeps packages byte-for-byte reproducible. */
const DOS_TIME = 0
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1

const LOCAL_HEADER = 0x04034b50
const CENTRAL_HEADER = 0x02014b50
const END_OF_CENTRAL = 0x06054b50

/** A ZIP archive of the given files (names use "/"), in the order given. */
export function zipEntries(entries: ReadonlyArray<{ name: string; data: Buffer }>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8")
    const data = entry.data
    const packed = deflateRawSync(data, { level: 9 })
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(LOCAL_HEADER, 0)
    local.writeUInt16LE(20, 4) // version needed
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt16LE(8, 8) // deflate
    local.writeUInt16LE(DOS_TIME, 10)
    local.writeUInt16LE(DOS_DATE, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(packed.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(CENTRAL_HEADER, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt16LE(DOS_TIME, 12)
    central.writeUInt16LE(DOS_DATE, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(packed.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, packed)
    centrals.push(central, name)
    offset += local.length + name.length + packed.length
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(END_OF_CENTRAL, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(centralSize, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, ...centrals, end])
}

/** Zips every file under dir (paths relative to dir, sorted); returns the number of files. */
export function zipDirectory(dir: string, outFile: string): number {
  const files = listFiles(dir)
  writeFileSync(outFile, zipEntries(files.map((name) => ({ name, data: readFileSync(`${dir}/${name}`) }))))
  return files.length
}

function inflateEntry(name: string, packed: Buffer): Buffer {
  try {
    return inflateRawSync(packed)
  } catch (error) {
    throw new Error(`ZIP entry ${name}: compressed data is damaged`, { cause: error })
  }
}

/**
 * Reads a ZIP archive back (stored or deflated entries) through its central directory, checking
 * every entry's CRC: what a store would unpack. Throws on anything malformed.
 */
export function readZip(archive: Buffer): Map<string, Buffer> {
  const endAt = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (endAt < 0 || archive.length - endAt < 22)
    throw new Error("not a ZIP archive (no end of central directory)")
  const count = archive.readUInt16LE(endAt + 10)
  let at = archive.readUInt32LE(endAt + 16)
  const files = new Map<string, Buffer>()
  for (let entry = 0; entry < count; entry += 1) {
    if (archive.readUInt32LE(at) !== CENTRAL_HEADER)
      throw new Error(`ZIP central directory broken at entry ${entry}`)
    const method = archive.readUInt16LE(at + 10)
    const crc = archive.readUInt32LE(at + 16)
    const packedSize = archive.readUInt32LE(at + 20)
    const size = archive.readUInt32LE(at + 24)
    const nameLength = archive.readUInt16LE(at + 28)
    const extraLength = archive.readUInt16LE(at + 30)
    const commentLength = archive.readUInt16LE(at + 32)
    const localAt = archive.readUInt32LE(at + 42)
    const name = archive.toString("utf8", at + 46, at + 46 + nameLength)
    if (archive.readUInt32LE(localAt) !== LOCAL_HEADER) throw new Error(`ZIP entry ${name}: no local header`)
    const dataAt = localAt + 30 + archive.readUInt16LE(localAt + 26) + archive.readUInt16LE(localAt + 28)
    const packed = archive.subarray(dataAt, dataAt + packedSize)
    let data: Buffer
    if (method === 0) data = Buffer.from(packed)
    else if (method === 8) data = inflateEntry(name, packed)
    else throw new Error(`ZIP entry ${name}: unsupported compression method ${method}`)
    if (data.length !== size || crc32(data) !== crc)
      throw new Error(`ZIP entry ${name}: size or CRC mismatch`)
    if (files.has(name)) throw new Error(`ZIP entry ${name} appears twice`)
    files.set(name, data)
    at += 46 + nameLength + extraLength + commentLength
  }
  return files
}
