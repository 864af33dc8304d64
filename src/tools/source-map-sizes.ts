/**
 * Which sources the bytes of a bundle come from, read from the bundler's source map: each
 * generated segment's bytes (up to the next segment) go to the source it maps to, or to the
 * bundler when the segment has no source; a line without segments (inside a multi-line string or
 * template literal) goes to the source that ran onto it.
 */

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

/** Decodes one Base64 VLQ segment of a source map's "mappings" into its numbers. */
export function decodeVlq(segment: string): number[] {
  const values: number[] = []
  let value = 0
  let shift = 0
  for (const char of segment) {
    const digit = BASE64.indexOf(char)
    if (digit < 0) throw new Error(`invalid VLQ character "${char}"`)
    value += (digit & 31) * 2 ** shift
    if (digit & 32) {
      shift += 5
    } else {
      values.push(value % 2 === 1 ? -(value - 1) / 2 : value / 2)
      value = 0
      shift = 0
    }
  }
  return values
}

export interface SourceMapLike {
  sources: string[]
  mappings: string
}

/** Bytes of `code` per source of its map (UTF-16 units, which equal bytes for minified ASCII). */
export function bytesBySource(code: string, map: SourceMapLike): Map<string, number> {
  const sizes = new Map<string, number>()
  const add = (source: number, bytes: number) => {
    const name = source < 0 ? "(bundler runtime)" : (map.sources[source] ?? "(unknown)")
    sizes.set(name, (sizes.get(name) ?? 0) + bytes)
  }
  const lines = code.split("\n")
  // Source indexes are deltas from 0; -1 marks "no source yet" for the lines before any segment.
  let source = 0
  let current = -1
  map.mappings.split(";").forEach((mapping, lineIndex) => {
    const line = lines[lineIndex] ?? ""
    const carried = current
    const starts: Array<[column: number, source: number]> = []
    let column = 0
    for (const segment of mapping ? mapping.split(",") : []) {
      const [columnDelta = 0, sourceDelta] = decodeVlq(segment)
      column += columnDelta
      // A one-field segment marks generated code with no source (the bundler's own glue).
      if (sourceDelta !== undefined) source += sourceDelta
      current = sourceDelta === undefined ? -1 : source
      starts.push([column, current])
    }
    // Text before the first segment (or a line with none) belongs to the source that ran on.
    const first = starts[0]?.[0] ?? line.length
    if (first > 0) add(carried, first)
    starts.forEach(([start, from], index) => add(from, (starts[index + 1]?.[0] ?? line.length) - start))
    if (lineIndex < lines.length - 1) add(current, 1) // the newline
  })
  return sizes
}

/** Groups a source path: npm packages by name, our files by folder (src/ui/popup/, …). */
export function sourceGroup(path: string): string {
  const npm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)
  if (npm) return `npm: ${npm[1]}`
  const ours = /(?:^|\/)(src\/.*\/)[^/]+$/.exec(path)
  return ours?.[1] ?? path
}
