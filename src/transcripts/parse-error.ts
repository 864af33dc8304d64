/**
 * The one error the transcript parsers throw. Its message is a single line a user can act on
 * (the command-line tool prints it after the file name, without a stack trace).
 */

export type ParseErrorCode =
  "empty" | "binary" | "too-large" | "unknown-format" | "no-utterances" | "invalid-call-json"

export class ParseError extends Error {
  override readonly name = "ParseError"

  constructor(
    readonly code: ParseErrorCode,
    message: string,
    /** 1-based file line the problem is on, when there is one. */
    readonly line: number | null = null,
  ) {
    super(message.replace(/\s+/g, " ").trim())
  }
}

export function isParseError(value: unknown): value is ParseError {
  return value instanceof ParseError
}
