/**
 * One concrete One-Up move per principle, in the product's words: the fallback rewrite when a
 * rule has no suggestion of its own, and the "try this" of a coaching focus point.
 */
import type { PrincipleId } from "../core/principles"

export const PRINCIPLE_MOVES: Record<PrincipleId, string> = {
  expertise:
    'Share a pattern you have seen across clients, with a number: "In the last dozen rollouts we ran, the teams that kept their old intake step took twice as long to see results."',
  "ask-what-they-know":
    'Ask what only they can know: "Who else feels this first when it goes wrong, and how do decisions like this usually get made here?"',
  "use-of-time":
    'Open with the outcome instead of small talk or slides: "By the end of this call, let\'s decide whether a pilot is worth it. Does that work for you?"',
  "make-sense":
    'Name one force changing their market and what it means for them: "Three things are squeezing margins in your segment right now; the one that hits you first is…"',
  discovery:
    'Ask a question that makes them see something new: "Of your last ten lost deals, how many stalled at the same stage?"',
  "compel-change":
    'Put a cost on doing nothing: "If nothing changes, what does the workaround cost you each quarter, and where is this number in a year?"',
  "lead-journey":
    'Recommend the path: "Teams that get this right bring finance in early. Who should join our next call?"',
  "teach-models":
    'Teach the options instead of your story: "There are three ways companies solve this: build, buy a point tool, or outsource. Here is when each one wins."',
  "holistic-results":
    'Name the change beyond your product: "Whatever tool you pick, your intake process has to change too. Here is what that looks like."',
  counsel:
    'Give your recommendation and its reason: "If I were in your position, I would pilot in one region first, because it shows results before the budget cycle."',
}
