/** Command-line arguments of `npm run score`. Pure: returns what to do, or the usage problem. */

export type OutputFormat = "json" | "text" | "markdown"

export type ScoreCommand =
  | { kind: "help" }
  | { kind: "score"; file: string; format: OutputFormat; me: string | undefined }
  | { kind: "usage-error"; message: string }

export const USAGE = `Usage: npm run score -- <file | -> [--format json|text|markdown] [--me NAME]

Scores a sales call transcript the way One-Up Coach scores a live call.

  <file>           WebVTT, SRT, JSON Lines, "Speaker: text" lines, or an exported Call JSON
                   (the format is recognised from the content); "-" reads standard input
  --format FORMAT  json (default): the Call JSON; text: a readable report; markdown: the report
                   as Markdown
  --me NAME        the seller's speaker name where the file does not mark the seller's lines
                   (default: the speaker named "You"; case-insensitive)
  -h, --help       this help

Exit status: 0 scored (skipped lines, if any, are listed on stderr), 1 unreadable input,
2 wrong arguments. Files over 20 MB are refused.`

const FORMATS: readonly OutputFormat[] = ["json", "text", "markdown"]

export function parseScoreArgs(argv: readonly string[]): ScoreCommand {
  let file: string | undefined
  let format: OutputFormat = "json"
  let me: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ""
    const [flag, inlineValue] = arg.startsWith("--") && arg.includes("=") ? splitOnce(arg) : [arg, undefined]
    const value = () => inlineValue ?? argv[++i]
    if (flag === "-h" || flag === "--help") return { kind: "help" }
    if (flag === "--format") {
      const chosen = value()
      if (!FORMATS.includes(chosen as OutputFormat)) {
        return usageError(
          `--format must be one of ${FORMATS.join(", ")}${chosen === undefined ? "" : ` (got "${chosen}")`}`,
        )
      }
      format = chosen as OutputFormat
    } else if (flag === "--me") {
      const name = value()?.trim()
      if (!name) return usageError("--me needs the seller's speaker name")
      me = name
    } else if (flag.startsWith("-") && flag !== "-") {
      return usageError(`unknown option ${flag}`)
    } else if (file !== undefined) {
      return usageError(`one file at a time (got "${file}" and "${flag}")`)
    } else {
      file = flag
    }
  }
  if (file === undefined) return usageError("which file? (use - for standard input)")
  return { kind: "score", file, format, me }
}

function splitOnce(arg: string): [string, string] {
  const at = arg.indexOf("=")
  return [arg.slice(0, at), arg.slice(at + 1)]
}

function usageError(message: string): ScoreCommand {
  return { kind: "usage-error", message }
}
