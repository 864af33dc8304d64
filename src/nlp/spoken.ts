/**
 * Spoken-language word lists used to clean live captions before parsing. Captions arrive
 * lowercase, often without apostrophes or question marks, and full of hesitation sounds.
 * Pure data: the normalizer (normalize.ts) and the clause splitter read these.
 */

/** Splits a comma-separated word list (kept as text so the lists stay compact and readable). */
export function list(text: string): string[] {
  return text
    .split(",")
    .map((word) => word.trim())
    .filter((word) => word !== "")
}

/** Hesitation sounds: removed before parsing, they only confuse the tagger. */
export const HESITATIONS: ReadonlySet<string> = new Set(
  list(`
  um, umm, ummm, uh, uhh, uhhh, uhm, erm, er, ah, ahh, hmm, hm, mm, mmm
`),
)

/**
 * Contractions that speech-to-text writes without the apostrophe. Only the unambiguous ones:
 * "were", "well", "wed", "its" and "hell" are real words, so they are left alone; "lets", "ill"
 * and "id" are handled in context by the normalizer. The Irish and Scottish "ye" is read as
 * "you" ("when would ye be looking to buy"), like "yall".
 */
export const BARE_CONTRACTIONS: ReadonlyMap<string, string> = new Map(
  list(`
  dont=don't, doesnt=doesn't, didnt=didn't, isnt=isn't, arent=aren't, wasnt=wasn't,
  werent=weren't, cant=can't, couldnt=couldn't, wouldnt=wouldn't, shouldnt=shouldn't, wont=won't,
  havent=haven't, hasnt=hasn't, hadnt=hadn't, mustnt=mustn't, im=i'm, ive=i've, youre=you're,
  youve=you've, youll=you'll, youd=you'd, theyre=they're, theyve=they've, theyll=they'll,
  theyd=they'd, weve=we've, whats=what's, thats=that's, theres=there's, heres=here's,
  wheres=where's, whos=who's, hows=how's, whyd=why'd, hes=he's, shes=she's, itll=it'll,
  thatll=that'll, wouldve=would've, couldve=could've, shouldve=should've, yall=y'all, ye=you
`).map((pair) => pair.split("=") as [string, string]),
)

/**
 * Words after which "lets" opens a suggestion ("so lets start", "okay lets look"): discourse
 * markers, conjunctions and sentence openers. After anything else "lets" is the verb: the
 * things that let you do something are an open class ("the dashboard lets you filter", "this
 * screen lets managers approve"), the words before a suggestion are a closed one.
 */
export const LETS_SUGGESTION_CUES: ReadonlySet<string> = new Set(
  list(`
  so, ok, okay, right, alright, now, then, well, and, but, or, yeah, yes, yep, no, great, cool,
  perfect, good, sure, fine, anyway, anyways, oh, first, next, maybe, perhaps, actually, instead,
  please, guys, folks, everyone, everybody, team, today, basically, hey, awesome, brilliant,
  lovely, nice, think, guess, suggest, say, thanks, because, cause
`),
)

/** Words after which "ill" means unwell ("she is ill") rather than "i'll". */
export const ILL_ADJECTIVE_CUES: ReadonlySet<string> = new Set(
  list(`
  is, was, are, were, be, been, being, feel, feels, felt, fell, very, so, too, quite, really,
  mentally, critically, seriously, terminally, got, gets, the
`),
)

/** Words after which "id" is an identifier ("your customer id"), not "i'd". */
export const ID_NOUN_CUES: ReadonlySet<string> = new Set(
  list(`
  the, your, my, our, their, his, her, its, an, a, this, that, user, customer, employee, order,
  patient, account, product, session, tracking, caller, meeting, login, badge, vendor, tax,
  photo, unique
`),
)

/** Words before "you know" that make it a real verb phrase ("do you know"), not a filler. */
export const YOU_KNOW_REAL_CUES: ReadonlySet<string> = new Set(
  list(`
  do, did, don't, didn't, if, as, would, will, could, what, how, let, whether, to, because,
  before, when, unless, so, that, now, already, probably, might
`),
)

/**
 * Words that open a clause without adding meaning ("so", "okay", "yeah"). The clause splitter
 * skips them so rules and question detection see the clause's real first word.
 */
export const DISCOURSE_MARKERS: ReadonlySet<string> = new Set(
  list(`
  so, and, but, okay, ok, alright, yeah, yes, yep, yup, oh, hey, listen, anyway, anyways, um, uh,
  right, well, look, also, great, cool, perfect, sure, gotcha, awesome, then, plus, like, hmm,
  mhm, sorry, please, quick, question
`),
)

/** Question words: a clause that opens with one of these usually asks something. */
export const WH_WORDS: ReadonlySet<string> = new Set(
  list(`
  what, how, why, who, whom, whose, where, when, which
`),
)

/** Numbers as speech-to-text writes them, used to spot a filler "like" before an amount. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(
  list(`
  a, one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, fifteen, twenty,
  thirty, forty, fifty, sixty, hundred, half, maybe
`),
)

/**
 * After "i'd", "we'd"…, these mean "had" ("i'd seen"); anything else means "would" ("i'd start").
 * The tagger guesses "had" too often, which hides advice like "i'd push back on that".
 */
export const HAD_PARTICIPLES: ReadonlySet<string> = new Set(
  list(`
  been, done, seen, had, gone, got, gotten, known, taken, made, heard, told, given, written,
  spoken, thought, brought, bought, left, found, run, already, never, just, better
`),
)

/** Words ending in "ed" that are not past participles ("i'd need", "we'd proceed"). */
export const ED_BASE_VERBS: ReadonlySet<string> = new Set(
  list(`
  need, feed, speed, proceed, succeed, exceed, seed, breed, bleed, embed, shed
`),
)
