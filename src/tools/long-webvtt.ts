/**
 * A long WebVTT recording for the review benchmark and tests: `cues` voice-tagged cues over
 * `hours`, a seller and a client taking turns through a discovery call's usual moments (openers,
 * company story, pain questions, One-Up questions and advice, logistics). Deterministic: the same
 * arguments give the same file.
 */
export const LONG_CALL_SELLER = "Sam Carter"
export const LONG_CALL_CLIENT = "Dana Reyes"

// Each line takes the cue number somewhere natural, so no two lines of the file are the same text
// (a benchmark of repeated lines would measure a cache, not the classifier).
const SELLER_LINES: ((n: number) => string)[] = [
  (n) =>
    `Thanks for making the time today, I have a short agenda for the next ${n % 40} minutes if that works.`,
  (n) => `By the end of this call let's decide whether a pilot in region ${n} is worth it.`,
  (n) => `So we were founded in ${1990 + (n % 30)} and we are the leading provider of revenue software.`,
  (n) => `What keeps you up at night when you look at the forecast for quarter ${n}?`,
  (n) => `Who else feels it first when forecast ${n} misses, and how do those decisions get made?`,
  (n) => `Across the ${n} rollouts we ran last year, the teams that won changed their review cadence first.`,
  (n) => `If nothing changes, where is that number ${n} weeks from now?`,
  (n) => `My recommendation is to pilot with ${n} reps before anything else.`,
  (n) => `Let me share my screen for a second, it is slide ${n}.`,
  (n) => `Our platform is AI-powered and next generation, version ${n} really is best in class.`,
  (n) =>
    `There are three ways companies solve this: build it, buy a point tool, or outsource, and ${n} of our clients chose each.`,
  (n) => `What did you try in ${1990 + (n % 35)}, and why did it stop?`,
  (n) => `I'll just send over a proposal and follow up in ${n} days.`,
  (n) => `You'll also need to change how the ${n} open deals get reviewed, whatever tool you pick.`,
  (n) => `How many of your last ${n} lost deals stalled at the same stage?`,
  (n) => `Okay, that makes sense, thanks, I noted ${n}.`,
  (n) => `Let me know whenever you are ready and we can pick it up again in week ${n}.`,
  (n) => `Feature ${n} is unique to us and it integrates with everything.`,
]

const CLIENT_LINES: ((n: number) => string)[] = [
  (n) => `Sure, that works for me, we have ${n} minutes.`,
  (n) => `Honestly it's the forecast, ${n} of our reps miss their numbers almost every quarter.`,
  (n) => `We tried a dashboard in ${1990 + (n % 35)} but nobody used it after a month.`,
  (n) => `The board asked ${n} times why the number moves so late in the quarter.`,
  (n) => `Finance usually hears about it last, which cost us ${n} thousand.`,
  (n) => `I'm not sure, I would have to check with our operations lead about the ${n} accounts.`,
  (n) => `That's a good question, probably ${n} of them.`,
  (n) => `We have about ${n} people in sales across three regions.`,
  (n) => `Can you say more about how the pilot for ${n} teams would work?`,
  (n) => `Okay, let me think about who should join call number ${n}.`,
]

function stamp(seconds: number): string {
  const two = (n: number) => String(Math.floor(n)).padStart(2, "0")
  const millis = String(Math.round((seconds % 1) * 1000)).padStart(3, "0")
  return `${two(seconds / 3600)}:${two((seconds / 60) % 60)}:${two(seconds % 60)}.${millis}`
}

export function longWebVtt(cues = 3000, hours = 3): string {
  const cueSeconds = (hours * 3600) / cues
  const blocks = ["WEBVTT", ""]
  for (let index = 0; index < cues; index += 1) {
    // Turns of one to three cues each, so talk share and monologues vary through the call.
    const turn = Math.floor(index / (1 + (index % 3)))
    const seller = turn % 2 === 0
    const pool = seller ? SELLER_LINES : CLIENT_LINES
    const text = pool[(index * 7 + turn) % pool.length]?.(index + 1) ?? ""
    const start = index * cueSeconds
    blocks.push(
      String(index + 1),
      `${stamp(start)} --> ${stamp(start + cueSeconds - 0.2)}`,
      `<v ${seller ? LONG_CALL_SELLER : LONG_CALL_CLIENT}>${text}</v>`,
      "",
    )
  }
  return blocks.join("\n")
}
