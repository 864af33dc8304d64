/**
 * Declarative questions: statements said as questions, marked in speech only by a rising pitch
 * that captions drop. Most cannot be told from statements by their words ("you have kids"), but
 * a seller checking back what the client said has a shape that can: the utterance ENDS on it (the
 * seller hands the turn over) and it opens with an inferential "so" about the client's world
 * ("so you run all of it from one warehouse", "so your drivers sleep on the road"), closes on an
 * inferential "then" ("so the rooftop units are original then"), or checks what was said ("sorry,
 * you said forty trucks or fourteen", "so you're saying…", "if i heard you right…").
 *
 * Kept narrow on purpose: on Switchboard, "so you…" is a question only a fifth of the time when
 * demo-style and generic uses are counted ("so you can see…", "so you click…", "so you know"), so
 * those are left out; "and so you…" narrates (no question among 22 on Switchboard).
 */
import type { Term } from "./engine"
import { list } from "./spoken"
import { is, isVerbLike, word } from "./terms"

type Terms = readonly Term[]

/** Words between the subject and its verb that keep the check's shape ("so you BASICALLY run…"). */
const SUBJECT_ADVERBS: ReadonlySet<string> = new Set(
  list(
    "basically, already, still, currently, mostly, usually, also, all, both, normally, typically, really, actually, guys, two",
  ),
)

/**
 * After "so you": modal and generic uses ("so you can see", "so you know", "so you'll get") and
 * the verbs of a product tour ("so you click here", "so you drag it") narrate or instruct;
 * "so you said you had questions, go for it" leads into the seller's next move. ("so you just…"
 * and "so you never…" need no entry: an adverb there is not the verb the check looks for.)
 */
const NOT_A_CHECK_AFTER_YOU: ReadonlySet<string> = new Set(
  list(`
  know, see, can, cannot, could, will, shall, should, must, might, may, need, needs, gotta, get,
  gets, say, want, wanna, go, click, select, pick, choose, drag, drop, type, open, scroll, hit,
  press, tap, enter, upload, log, navigate, hover, toggle, add, set, create, find, wouldn't, won't,
  can't, couldn't, shouldn't, said, mentioned, told, asked
`),
)

const DO_FORMS: ReadonlySet<string> = new Set(list("do, does, did"))
/** "so you have to…", "so you got to…": an obligation explained, not a fact checked. */
const SEMI_MODALS: ReadonlySet<string> = new Set(list("have, has, got, ought, used"))

/** Before a final "then": words that make it "at that time" ("since then", "talk then", "see you then"). */
const TIME_THEN_BEFORE: ReadonlySet<string> = new Set(
  list("since, till, until, by, from, and, back, just, only, even, right, you, me, us, them, it, there"),
)

/** Opening words of a check on what the listener said or meant. */
const CHECK_OPENINGS: readonly (readonly string[])[] = list(`
  you're saying, you are saying, what you're saying is, what you are saying is,
  if i heard you right, if i heard you correctly, if i understood you, if i understand you,
  if i understand correctly, if i understood correctly, if i'm hearing you right,
  if i am hearing you right, just so i understand, just to confirm, just to make sure i've got it
`).map((phrase) => phrase.split(" "))

/** A check is short: a long clause opening "so you…" explains. */
const MAX_CHECK_WORDS = 20
/** "so you're right", "so you're from": three words agree or break off. */
const MIN_CHECK_WORDS = 4
const MAX_ECHO_WORDS = 14

function opensWith(terms: Terms, at: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => word(terms[at + k]) === w)
}

/** "so you run…", "so your drivers sleep…": the listener's side as the subject of a plain verb. */
function checksListenerSide(terms: Terms, start: number, end: number): boolean {
  let k = start
  const subject = word(terms[k])
  if (subject === "you" || subject === "y'all") k++
  else if (subject === "your") {
    k++
    while (
      k < end &&
      k < start + 4 &&
      (is(terms[k], "Noun") || is(terms[k], "Adjective")) &&
      !isVerbLike(terms[k])
    )
      k++
  } else return false
  while (k < end && SUBJECT_ADVERBS.has(word(terms[k]))) k++
  // "so you don't have to…", "so you didn't need one": the verb after a negated "do" decides.
  if (DO_FORMS.has(word(terms[k])) && is(terms[k + 1], "Negative")) k += 2
  const verb = terms[k]
  if (!isVerbLike(verb) || NOT_A_CHECK_AFTER_YOU.has(word(verb))) return false
  return !(SEMI_MODALS.has(word(verb)) && word(terms[k + 1]) === "to")
}

/** "so the rooftop units are original then", "so that's a no then". */
function endsOnInferentialThen(terms: Terms, start: number, end: number): boolean {
  if (word(terms[end - 1]) !== "then" || end - start < 3) return false
  const before = terms[end - 2]
  if (TIME_THEN_BEFORE.has(word(before)) || (isVerbLike(before) && !is(before, "Copula"))) return false
  const subject = word(terms[start])
  return subject !== "i" && subject !== "we"
}

/**
 * "sorry, you said forty trucks or fourteen", "you said tuesday or thursday": what the listener
 * said, asked back after an apology or as a choice. A bare "you said X" more often leads into
 * the seller's own point ("so you said you had questions, go for it").
 */
function echoesWhatWasSaid(terms: Terms, from: number, start: number, end: number): boolean {
  if (!opensWith(terms, start, ["you", "said"]) || end - start > MAX_ECHO_WORDS) return false
  for (let k = from; k < start; k++) if (word(terms[k]) === "sorry") return true
  for (let k = start + 2; k < end; k++) if (word(terms[k]) === "or") return true
  return false
}

/**
 * Is the utterance's last clause, [start, end) after its discourse words from `from`, a
 * declarative check put to the listener?
 */
export function isDeclarativeCheck(terms: Terms, from: number, start: number, end: number): boolean {
  const words = end - start
  if (words < MIN_CHECK_WORDS || words > MAX_CHECK_WORDS) return false
  // A long check-back ("if i heard you right…" past a dozen words) is the seller building on it.
  if (CHECK_OPENINGS.some((phrase) => opensWith(terms, start, phrase))) return words <= MAX_ECHO_WORDS
  if (echoesWhatWasSaid(terms, from, start, end)) return true
  // The inferential "so" right before the clause, not a narrating "and so".
  const so = start - 1 >= from && word(terms[start - 1]) === "so"
  if (!so || (start - 2 >= from && word(terms[start - 2]) === "and")) return false
  return checksListenerSide(terms, start, end) || endsOnInferentialThen(terms, start, end)
}
