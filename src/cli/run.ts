/**
 * `npm run score`: transcript file in, Call JSON or a report out. Everything the process touches
 * (arguments, streams, file reading) comes in through ScoreIo so tests can run it in-process.
 * User-facing failures are one line naming the file, never a stack trace.
 */
import { scoreTranscript } from "../core/call-json"
import type { RewriteLookup } from "../metrics/moments"
import { renderMarkdown } from "../report/markdown"
import { renderTextReport } from "../report/text"
import { toSafeLine } from "../report/escape"
import { callMetaOf } from "../transcripts/call-meta"
import { isParseError, parseTranscript, type ParsedTranscript } from "../transcripts/index"
import { parseScoreArgs, USAGE, type OutputFormat } from "./args"
import { InputError } from "./read-input"
import type { CallJson } from "../core/types"

export interface ScoreIo {
  readInput: (file: string) => Promise<Uint8Array>
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Suggestion per classifier rule id, for the reports' One-Up rewrites. */
  rewriteFor?: RewriteLookup
}

export const EXIT_OK = 0
export const EXIT_BAD_INPUT = 1
export const EXIT_USAGE = 2
/** Enough skipped lines to see the pattern; the rest are counted. */
const MAX_LISTED_SKIPS = 20

export async function runScore(argv: readonly string[], io: ScoreIo): Promise<number> {
  const command = parseScoreArgs(argv)
  if (command.kind === "help") {
    io.stdout(`${USAGE}\n`)
    return EXIT_OK
  }
  if (command.kind === "usage-error") {
    io.stderr(`score: ${command.message}\nTry: npm run score -- --help\n`)
    return EXIT_USAGE
  }
  const name = command.file === "-" ? "<stdin>" : toSafeLine(command.file)
  let parsed: ParsedTranscript
  try {
    parsed = parseTranscript(await io.readInput(command.file), { me: command.me })
  } catch (error) {
    if (isParseError(error)) {
      const where = error.line === null ? "" : `:${error.line}`
      io.stderr(`score: ${name}${where}: ${toSafeLine(error.message)}\n`)
      return EXIT_BAD_INPUT
    }
    if (error instanceof InputError) {
      io.stderr(`score: ${name}: ${error.message}\n`)
      return EXIT_BAD_INPUT
    }
    throw error
  }
  reportProblems(parsed, name, io)
  const call = scoreTranscript(parsed.utterances, callMetaOf(parsed))
  io.stdout(render(call, command.format, io.rewriteFor))
  return EXIT_OK
}

function render(call: CallJson, format: OutputFormat, rewriteFor: RewriteLookup | undefined): string {
  if (format === "text") return renderTextReport(call, { rewriteFor })
  if (format === "markdown") return renderMarkdown(call, { rewriteFor })
  return `${JSON.stringify(call, null, 2)}\n`
}

function reportProblems(parsed: ParsedTranscript, name: string, io: ScoreIo): void {
  for (const warning of parsed.warnings) io.stderr(`score: ${name}: warning: ${toSafeLine(warning)}\n`)
  for (const skip of parsed.skipped.slice(0, MAX_LISTED_SKIPS)) {
    const where = skip.line !== null ? `${name}:${skip.line}` : `${name} (${skip.where})`
    io.stderr(`score: ${where}: skipped: ${toSafeLine(skip.reason)}\n`)
  }
  const more = parsed.skipped.length - MAX_LISTED_SKIPS
  if (more > 0) io.stderr(`score: ${name}: skipped ${more} more\n`)
}
