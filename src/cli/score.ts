/**
 * Entry point of `npm run score -- <file> [--format json|text|markdown] [--me NAME]`.
 * All logic is in run.ts; this file only wires the real process to it.
 */
import { installModelFromDisk } from "../nlp/model/load-from-disk"
import { readInput } from "./read-input"
import { ruleRewrite } from "./rule-suggestions"
import { runScore } from "./run"

// `npm run score -- call.vtt | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error
})

try {
  installModelFromDisk()
  process.exitCode = await runScore(process.argv.slice(2), {
    readInput: (file) => readInput(file, process.stdin),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    rewriteFor: ruleRewrite,
  })
} catch (error) {
  // A bug, not bad input: still one line, so a user can paste it into an issue.
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`score: internal error: ${message.split("\n")[0] ?? ""}\n`)
  process.exitCode = 70
}
