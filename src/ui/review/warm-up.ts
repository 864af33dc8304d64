/**
 * Runs the parser on a small transcript, and has the background classify a few of its lines,
 * while the page waits for a file. The first use of each pays for lazy compilation (the
 * classifier's first utterance alone takes 70–150 ms), which would otherwise land in the first
 * chunk of a real file. The results are thrown away.
 */
import { parseTranscript } from "../../transcripts/index"
import { classifyAll, yieldToBrowser, type LineClassifier } from "./judge"

const CUES = `00:00.000 --> 00:04.000
<v Sam>Thanks for the time. By the end of this call let's decide whether a pilot is worth it?

00:04.000 --> 00:08.000
<v Dana>Sure. We tried a dashboard last year, but nobody used it.

00:08.000 --> 00:12.000
<v Sam>Who else feels it first, and what did it cost you? We were founded in 2009, by the way.
`
/**
 * The parser runs hot loops over every cue; a few hundred cues get them compiled, so a long
 * file's first parse takes about a third of the time it would cold.
 */
const PARSER_SAMPLE = `WEBVTT\n\n${Array.from({ length: 100 }, () => CUES).join("\n")}`

export async function warmUp(
  classify: LineClassifier,
  yieldToLoop: () => Promise<void> = yieldToBrowser,
): Promise<void> {
  const parsed = parseTranscript(PARSER_SAMPLE, { me: "Sam" })
  await yieldToLoop()
  await classifyAll(parsed.utterances.slice(0, 3), classify)
}
