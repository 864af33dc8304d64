/**
 * Entry point of `npm run score -- <file> [--format json|text|markdown] [--me NAME]`.
 * All logic is in run.ts; this file only wires the real process to it.
 */
import { readInput } from "./read-input"
import { runScore } from "./run"

try {
  // TODO(2026-11-26): pass the rule registry's suggestions as `rewriteFor` once src/nlp/rules
  // exports its lookup; until then rewrites fall back to the principle's One-Up move.
  process.exitCode = await runScore(process.argv.slice(2), {
    readInput: (file) => readInput(file, process.stdin),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  })
} catch (error) {
  // A bug, not bad input: still one line, so a user can paste it into an issue.
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`score: internal error: ${message.split("\n")[0] ?? ""}\n`)
  process.exitCode = 70
}
