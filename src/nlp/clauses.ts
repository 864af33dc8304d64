/**
 * Splits a parsed caption into clauses. Spoken captions run sentences together ("we rolled it out
 * to forty sites how did that go for you"), so besides compromise's own sentence breaks we cut
 * where a new question starts after a clause that already has its verb. Each clause also skips
 * its opening discourse words ("so", "okay") so rules and question checks see the real start.
 */
import type { QuestionKind } from "../core/types"
import { isDeclarativeCheck } from "./declarative-questions"
import type { Doc, Term } from "./engine"
import {
  SUBORDINATORS,
  clauseQuestionKind,
  clauseStartsAt,
  isAuxInversion,
  isInterrogativeWh,
  isParticiple,
  opensRequest,
} from "./questions"
import { DISCOURSE_MARKERS, WH_WORDS, list } from "./spoken"
import { QUESTION_AUXILIARIES, SUBJECT_PRONOUNS, is, isName, isVerbLike, word } from "./terms"

export interface Clause {
  /** Sentence index in the compromise document. */
  sentence: number
  /** First term of the clause, including opening discourse words ("so", "okay"). */
  from: number
  /** Term range [start, end) inside that sentence, after the opening discourse words. */
  start: number
  end: number
  question: QuestionKind | null
}

type Terms = readonly Term[]

/** Words in the clauses, after their opening discourse words ("so", "okay"). */
export function wordCount(clauses: readonly Clause[]): number {
  return clauses.reduce((n, clause) => n + clause.end - clause.start, 0)
}

/** Connectives that may open a new question mid-run ("…so who signs off"). */
const QUESTION_JOINERS: ReadonlySet<string> = new Set([
  "so",
  "and",
  "but",
  "or",
  "okay",
  "ok",
  "alright",
  "anyway",
])
/** Question words that follow a noun as a relative pronoun ("the partner who does that"). */
const RELATIVE_WH: ReadonlySet<string> = new Set(["who", "whom", "whose", "which"])
/** Adjectives and adverbs that take the question as their complement ("curious how", "exactly what"). */
const TAKES_COMPLEMENT: ReadonlySet<string> = new Set([
  "sure",
  "curious",
  "clear",
  "unclear",
  "aware",
  "certain",
  "wondering",
  "exactly",
  "just",
  "also",
  "really",
  "know",
  "idea",
  "about",
  "matter",
  "regardless",
  "depending",
])
/** Adverbs that close a phrase ("…last year NOW how…"); others lead into what follows. */
const PHRASE_FINAL_ADVERBS: ReadonlySet<string> = new Set([
  "now",
  "today",
  "there",
  "here",
  "before",
  "ago",
  "together",
  "anymore",
  "already",
  "yet",
  "first",
  "though",
  "too",
  "again",
  "back",
  "later",
  "lately",
  "recently",
  "currently",
  "internally",
  "instead",
  "either",
  "anyway",
  "well",
  "yesterday",
  "tomorrow",
  "overall",
])
/** Verbs whose object is often a question-shaped clause ("it depends how…", "she knows what…"). */
const COMPLEMENT_VERBS: ReadonlySet<string> = new Set([
  "knows",
  "knew",
  "depends",
  "shows",
  "showed",
  "means",
  "meant",
  "tells",
  "told",
  "explains",
  "says",
  "said",
  "matters",
  "decides",
  "decided",
  "asked",
  "asks",
  "wondered",
  "figured",
  "learned",
  "found",
  "understands",
  "understood",
  "remembers",
  "remembered",
  "cares",
  "thinks",
  "thought",
  "saw",
  "sees",
  "know",
  "see",
  "tell",
  "ask",
  "wonder",
  "understand",
  "explain",
  "decide",
  "show",
  "mean",
  "remember",
  "guess",
  "think",
  "say",
  "care",
  "figure",
  "learn",
  "find",
  "discuss",
  "check",
  "confirm",
  "is",
  "was",
])
/** Adverbs that lead into what follows ("exactly what…", "mostly who…") rather than closing a phrase. */
const LEADING_ADVERBS: ReadonlySet<string> = new Set([
  "exactly",
  "just",
  "really",
  "also",
  "mostly",
  "basically",
  "usually",
  "probably",
  "actually",
  "only",
  "even",
  "often",
  "always",
  "sometimes",
  "simply",
  "still",
  "literally",
  "quite",
  "totally",
  "completely",
  "particularly",
  "especially",
  "not",
  "never",
  "ever",
  "surely",
  "definitely",
  "honestly",
  "precisely",
  "largely",
  "partly",
  "entirely",
  "generally",
  "typically",
  "normally",
  "so",
  "very",
  "too",
])
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  "it",
  "them",
  "us",
  "me",
  "yours",
  "ours",
  "theirs",
  "him",
  "her",
])

/** "…based at lutterworth AREN'T YOU talk me through…": a negative tag closes the clause before it. */
function closesNegativeTag(terms: Terms, i: number): boolean {
  const negative = terms[i - 2]
  return is(negative, "Negative") && negative?.text === "" && SUBJECT_PRONOUNS.has(word(terms[i - 1]))
}

/** Particles that finish a phrasal verb ("it goes AWAY", "we set it UP") rather than open a phrase. */
const PARTICLES: ReadonlySet<string> = new Set(list("away, out, off, up, down, over, back, around"))

/** Can a new clause start right after this word? Yes after a finished phrase, not mid-phrase. */
function endsPhrase(prev: Term | undefined, prevPrev: Term | undefined, before: "wh" | "inversion"): boolean {
  if (!prev) return false
  const w = word(prev)
  if (TAKES_COMPLEMENT.has(w) || SUBJECT_PRONOUNS.has(w)) return false
  if (OBJECT_PRONOUNS.has(w) || PHRASE_FINAL_ADVERBS.has(w)) return true
  // "…goes away, can i show you" ends a phrase; "figuring out which…" embeds the question.
  if (PARTICLES.has(w) && isVerbLike(prevPrev)) return before === "inversion"
  // "i missed THAT, can you…" (object of a verb) but not "the clinic THAT has…" (relative).
  if ((w === "that" || w === "this") && isVerbLike(prevPrev) && !is(prevPrev, "Copula")) return true
  if (
    is(prev, "Preposition") ||
    is(prev, "Determiner") ||
    is(prev, "Conjunction") ||
    is(prev, "QuestionWord")
  )
    return false
  // "we launched, how did it go" and "if nothing changes, where…" end a phrase; "i know what",
  // "it depends how" lead into the question as its object.
  if (isVerbLike(prev)) {
    // "…stays where it is, what does that do…": a copula closing "it is" ends the phrase.
    if (is(prev, "Copula") && prev.text !== "" && word(prevPrev) === "it") return true
    if (is(prev, "Auxiliary") || is(prev, "Copula") || COMPLEMENT_VERBS.has(w)) return false
    // "before we start, are you…": an inverted auxiliary rarely continues a verb phrase.
    if (before === "inversion") return true
    return !is(prev, "Infinitive") && (is(prev, "PastTense") || (is(prev, "PresentTense") && w.endsWith("s")))
  }
  if (is(prev, "Adverb")) return !LEADING_ADVERBS.has(w)
  return (
    is(prev, "Noun") ||
    is(prev, "Value") ||
    is(prev, "Date") ||
    is(prev, "Adjective") ||
    is(prev, "Expression")
  )
}

/** "how long HAS the…", "what DID you…": the auxiliary right after the question phrase. */
function isAuxInversionAfterWh(terms: Terms, i: number): boolean {
  for (let k = i + 1; k <= i + 3; k++) {
    const term = terms[k]
    if (isVerbLike(term))
      return (
        is(term, "Auxiliary") ||
        is(term, "Copula") ||
        is(term, "Modal") ||
        QUESTION_AUXILIARIES.has(word(term))
      )
  }
  return false
}

const SUBJECT_WH: ReadonlySet<string> = new Set(["who", "what"])

/**
 * "who picks it up", "who actually owns it", "what happens then": a question word as the subject
 * of a finite verb (an adverb may stand between).
 */
function asksForSubject(terms: Terms, i: number): boolean {
  const verb = is(terms[i + 1], "Adverb") ? terms[i + 2] : terms[i + 1]
  return (
    SUBJECT_WH.has(word(terms[i])) &&
    (is(verb, "PastTense") || (is(verb, "PresentTense") && word(verb).endsWith("s"))) &&
    !is(verb, "Auxiliary") &&
    !is(verb, "Copula")
  )
}

/** Verbs that report a thought or words rather than ask the listener. */
const REPORTING: ReadonlySet<string> = new Set(
  list("think, thinking, thought, say, says, said, decide, deciding, decided, figure, figuring, care"),
)

/** "why DO YOU…", "what WOULD THEY…": the first verb after the question word is an auxiliary before a pronoun. */
function invertsOnPronoun(terms: Terms, i: number): boolean {
  for (let k = i + 1; k <= i + 3; k++) {
    const term = terms[k]
    if (!isVerbLike(term)) continue
    return (
      term?.text !== "" && QUESTION_AUXILIARIES.has(word(term)) && SUBJECT_PRONOUNS.has(word(terms[k + 1]))
    )
  }
  return false
}

function startsQuestion(terms: Terms, i: number): boolean {
  return isInterrogativeWh(terms, i) || isAuxInversion(terms, i)
}

/**
 * Mid-run, "X is that…" and "the app isn't the problem" are statements far more often than new
 * questions, so an inverted copula only starts one before a short predicate ("is that similar").
 */
function startsInversionMidRun(terms: Terms, i: number): boolean {
  if (!isAuxInversion(terms, i)) return false
  // Mid-run the subject must be a pronoun or open with a determiner ("…would THE list look…");
  // a bare noun after "will" is more often a mis-tagged verb ("margins will shrink").
  const first = terms[i + 1]
  const opener = word(first)
  const pronounLike =
    SUBJECT_PRONOUNS.has(opener) || OBJECT_PRONOUNS.has(opener) || ["there", "that", "this"].includes(opener)
  if (!(pronounLike || is(first, "Pronoun") || is(first, "Determiner") || is(first, "Possessive")))
    return false
  if (!is(terms[i], "Copula")) return true
  const subject = word(terms[i + 1])
  if (subject === "there") return true
  if (SUBJECT_PRONOUNS.has(subject)) return !clauseStartsAt(terms, i + 1)
  if (subject !== "that" && subject !== "it" && subject !== "this") return false
  const after = terms[i + 2]
  if (!after) return true
  // "…my answer is it proves whatever happened, good or bad": a finite verb after "it" makes "it"
  // the subject of a clause the copula introduces, whatever alternatives come later.
  // ("is it volume or rework": a base form after "it" is a noun the tagger took for a verb.)
  if (agreesWithIt(after)) return false
  // "…is it volume or rework": an alternative question
  for (let k = i + 3; k < Math.min(terms.length, i + 8); k++) if (word(terms[k]) === "or") return true
  if (clauseStartsAt(terms, i + 2)) return false
  // "…but not the retention saving is that fair": one word closing the caption is the predicate.
  if (i + 3 === terms.length) return true
  // "…barbecue, is it like steaks", "…a guy from sales, is it your brother"
  return (
    is(after, "Adjective") ||
    is(after, "Determiner") ||
    is(after, "Possessive") ||
    ["right", "ok", "like"].includes(word(after))
  )
}

/** "it PROVES", "it WORKED": a verb form that can only follow "it" as its subject. */
function agreesWithIt(term: Term): boolean {
  if (!isVerbLike(term) || is(term, "Gerund") || is(term, "Copula") || isParticiple(term)) return false
  return (
    is(term, "PastTense") || (is(term, "PresentTense") && !is(term, "Infinitive") && word(term).endsWith("s"))
  )
}

/** "never have i…", "by no means do i…": a negative fronted for emphasis inverts a statement. */
const NEGATIVE_FRONTS: ReadonlySet<string> = new Set([
  "never",
  "yet",
  "means",
  "nor",
  "rarely",
  "seldom",
  "only",
])
/** "…it would, i think, …", "…it will, you know, …": a parenthetical after an auxiliary. */
const PARENTHETICALS: ReadonlySet<string> = new Set(["i think", "i guess", "i mean", "i suppose", "you know"])

/** "now is a good time to…": a copula before an indefinite subject states rather than asks. */
const INDEFINITE: ReadonlySet<string> = new Set(["a", "an"])

/** Subjects that are not persons but still open a full inversion ("is IT showing"). */
const DEMONSTRATIVE_SUBJECTS: ReadonlySet<string> = new Set(["it", "that", "this"])
const PRESENT_COPULAS: ReadonlySet<string> = new Set(["is", "are"])

/** An auxiliary, a subject pronoun and a verb: "have you ever lived…", "do they have…". */
function isFullInversion(terms: Terms, i: number): boolean {
  // "only then did we…": the negative may sit one word back.
  if (!isAuxInversion(terms, i) || [1, 2].some((b) => NEGATIVE_FRONTS.has(word(terms[i - b])))) return false
  const s = is(terms[i + 1], "Negative") ? i + 2 : i + 1
  const subject = word(terms[s])
  if (PARENTHETICALS.has(`${subject} ${word(terms[s + 1])}`)) return false
  // The verb follows the subject, at most past an adverb or two ("have you ever really lived");
  // "it has everybody that you could…" has no such verb.
  let k = s + 1
  while (k < s + 3 && is(terms[k], "Adverb")) k++
  if (SUBJECT_PRONOUNS.has(subject)) return isVerbLike(terms[k])
  // "ngozi is it showing now", "is that working": after "it" or "that" only a present progressive
  // asks; "the thing is it works" states and "it was it scared me" restarts.
  return DEMONSTRATIVE_SUBJECTS.has(subject) && PRESENT_COPULAS.has(word(terms[i])) && is(terms[k], "Gerund")
}

/** "would you SAY", "do you THINK": asked inside a wh-question already running, not a new one. */
const PARENTHETICAL_VERBS: ReadonlySet<string> = new Set([
  "think",
  "say",
  "guess",
  "reckon",
  "imagine",
  "estimate",
])
const WH_OPENERS: ReadonlySet<string> = new Set(["how", "what", "which", "who", "where", "when", "why"])
const PARENTHETICAL_AUXILIARIES: ReadonlySet<string> = new Set(["would", "do", "did", "does", "could"])

/** "how much of the leave you're seeing WOULD YOU SAY comes from workload" */
function isParentheticalAsk(terms: Terms, i: number): boolean {
  if (!PARENTHETICAL_AUXILIARIES.has(word(terms[i]))) return false
  if (word(terms[i + 1]) !== "you" || !PARENTHETICAL_VERBS.has(word(terms[i + 2]))) return false
  for (let k = i - 1; k >= Math.max(0, i - 12); k--) if (WH_OPENERS.has(word(terms[k]))) return true
  return false
}

/** Words that open the second half of a comparison ("more than it did", "as it does"). */
const COMPARISON_WORDS: ReadonlySet<string> = new Set(["than", "as"])
/** "how MANY do you think…", "how MUCH would you say…". */
const QUANTIFIERS: ReadonlySet<string> = new Set(["many", "much", "often", "long"])

function startsNewClause(terms: Terms, i: number, start: number): boolean {
  const w = word(terms[i])
  const prev = terms[i - 1]
  // "my colleague anneke, who leads that practice": after a name, "who" is relative
  if (w === "who" && (is(prev, "Person") || is(prev, "FirstName"))) return false
  if (prev?.post.includes(",") && startsQuestion(terms, i)) return true
  if (QUESTION_JOINERS.has(w) && startsQuestion(terms, i + 1)) return true
  if (opensRequest(terms, i) && (endsPhrase(prev, terms[i - 2], "inversion") || closesNegativeTag(terms, i)))
    return true
  // "the partner who does that" is a relative clause; "…last year, who said no" asks.
  if (RELATIVE_WH.has(w) && (is(prev, "Noun") || is(prev, "Value")) && !(w === "who" && is(prev, "Date")))
    return false
  if (isInterrogativeWh(terms, i)) {
    // "you know why do you do this", "i wonder what do they charge": after a verb that takes a
    // clause, an auxiliary inverted on a pronoun is the speaker's own question, not an embedded one.
    // ("i think why do they…", "trying to decide what can we…" report a thought instead)
    if (COMPLEMENT_VERBS.has(word(prev)) && !REPORTING.has(word(prev)) && invertsOnPronoun(terms, i))
      return true
    // After a verb, only an inverted question starts a new clause: "it underestimates how much
    // time nurses spend" embeds, "before i start, what do you know…" asks.
    if (
      isVerbLike(prev) &&
      !is(prev, "Auxiliary") &&
      !is(prev, "Copula") &&
      !COMPLEMENT_VERBS.has(word(prev))
    ) {
      // "when a claim bounces who picks it up": once a fronted when/if clause has its verb, a
      // question about the subject needs no inversion to start the main clause.
      return (
        isAuxInversionAfterWh(terms, i) ||
        (opensWithSubordinator(terms, start, i) && asksForSubject(terms, i))
      )
    }
    return endsPhrase(prev, terms[i - 2], "wh")
  }
  // "…far more than it did a year ago", "…as it does today": the auxiliary after "than it" or
  // "as it" finishes a comparison; it does not open a question.
  if (COMPARISON_WORDS.has(word(terms[i - 2])) && OBJECT_PRONOUNS.has(word(prev))) return false
  // "how many do you think have logged in": "do you think" is a parenthesis inside the question.
  if (word(terms[i - 2]) === "how" && QUANTIFIERS.has(word(prev))) return false
  if (isParentheticalAsk(terms, i)) return false
  return startsInversionMidRun(terms, i) && endsPhrase(prev, terms[i - 2], "inversion")
}

function skipDiscourse(terms: Terms, start: number, end: number): number {
  let s = start
  while (end - s > 1) {
    const term = terms[s]
    const w = word(term)
    const next = word(terms[s + 1])
    if (is(term, "Filler")) s++
    else if (
      DISCOURSE_MARKERS.has(w) &&
      !(w === "right" && next === "now") &&
      !(w === "so" && next === "that")
    )
      s++
    // "roughly how many…", "honestly what would…": an adverb before a question opener.
    else if (is(term, "Adverb") && (WH_WORDS.has(next) || QUESTION_AUXILIARIES.has(next))) s++
    // "now is that built", "do would you prefer", "is are they": a lead-in or a restarted
    // auxiliary before the real question opener.
    else if (
      ((w === "now" && !INDEFINITE.has(word(terms[s + 2]))) ||
        (QUESTION_AUXILIARIES.has(w) && !startsQuestion(terms, s))) &&
      startsQuestion(terms, s + 1)
    )
      s++
    // "or are you retired", "i mean, did they…": a lead-in before a question opener.
    else if (
      (w === "or" || (w === "i" && next === "mean")) &&
      startsQuestion(terms, w === "or" ? s + 1 : s + 2)
    )
      s += w === "or" ? 1 : 2
    // "cindy, have you seen…", "marc, is the left one…": a name calling on someone before the
    // question ("ngozi is it showing" when the tagger does not know the name); without a comma
    // only a full inversion, since "jenny is a sweet kid" states.
    else if (
      (isName(term) && term?.post.includes(",") === true && startsQuestion(terms, s + 1)) ||
      ((isName(term) || (is(term, "Noun") && !is(term, "Pronoun"))) && isFullInversion(terms, s + 1))
    )
      s++
    else break
  }
  return s
}

/**
 * "if nothing changes, where…", "and when you query the driver what does he say": a conditional
 * or temporal opener (after a joiner or not) is a finished clause once it has a few words, even
 * when the tagger missed its verb.
 */
function opensWithSubordinator(terms: Terms, start: number, i: number): boolean {
  const s = QUESTION_JOINERS.has(word(terms[start])) ? start + 1 : start
  return SUBORDINATORS.has(word(terms[s])) && i - s >= 3
}

/** "marc, is the left one…": a name called out before a question is a phrase of its own. */
function isVocative(terms: Terms, start: number, i: number): boolean {
  if (i !== start + 1) return false
  const name = terms[start]
  return isName(name) || (is(name, "Noun") && !is(name, "Pronoun") && name?.post.includes(",") === true)
}

/** The clauses of a parsed caption, in order, each with its question kind (or null). */
export function splitClauses(doc: Doc): Clause[] {
  const clauses: Clause[] = []
  doc.docs.forEach((terms, sentence) => {
    let start = 0
    let hasVerb = false
    const close = (end: number): void => {
      const s = skipDiscourse(terms, start, end)
      if (end <= s) return
      const question = isReported(terms, start) ? null : clauseQuestionKind(terms, s, end)
      clauses.push({ sentence, from: start, start: s, end, question })
    }
    for (let i = 0; i < terms.length; i++) {
      // "if nothing changes, where…": a conditional opener counts as a finished clause even when
      // the tagger missed its verb.
      // "central america, have you ever lived there": a fronted phrase before a full inversion
      // needs no verb of its own either.
      const ready =
        hasVerb ||
        opensWithSubordinator(terms, start, i) ||
        isVocative(terms, start, i) ||
        isFullInversion(terms, i)
      if (i > start && ready && startsNewClause(terms, i, start)) {
        close(i)
        start = i
        hasVerb = false
      }
      // A greeting or thanks is a complete phrase too ("welcome back how was the trip").
      if (isVerbLike(terms[i]) || is(terms[i], "Expression")) hasVerb = true
    }
    close(terms.length)
  })
  markDeclarativeCheck(doc, clauses)
  // "oh, is that right": an interjection may come before the echo.
  const terms = doc.docs[0] ?? []
  const last = clauses[clauses.length - 1]
  const onlyInterjectionsBefore = clauses
    .slice(0, -1)
    .every((c) => c.end - c.from === 1 && is(terms[c.from], "Expression"))
  if (last && doc.docs.length === 1 && onlyInterjectionsBefore && isEcho(terms, last)) {
    return [...clauses.slice(0, -1), { ...last, question: null }]
  }
  return clauses
}

/** The utterance's last clause may be a declarative check ("so you run it all from one warehouse"). */
function markDeclarativeCheck(doc: Doc, clauses: Clause[]): void {
  const last = clauses[clauses.length - 1]
  if (!last || last.question !== null) return
  const terms = doc.docs[last.sentence] ?? []
  if (isDeclarativeCheck(terms, last.from, last.start, last.end)) last.question = "closed"
}

/** Verbs that introduce someone's words: "he goes", "they say", "i was like", "she asked". */
const QUOTATIVES: ReadonlySet<string> = new Set(
  list(`
  go, goes, went, say, says, said, ask, asks, asked, telling, told, thinking, thought
`),
)
/** People a reported question was put to; "ask you" is this conversation, so it does not count. */
const REPORTED_LISTENERS: ReadonlySet<string> = new Set(["her", "him", "them", "me", "us"])

/**
 * "he goes do you want to dance", "they say well why should i vote": a question reported from
 * another conversation, not asked in this one.
 */
function isReported(terms: Terms, from: number): boolean {
  let k = from - 1
  // "i was like…", "she's like…" (checked before the skip below, which takes "like" for a filler)
  if (word(terms[k]) === "like" && (is(terms[k - 1], "Copula") || SUBJECT_PRONOUNS.has(word(terms[k - 1]))))
    return true
  while (k >= 0 && from - k <= 3 && (is(terms[k], "Filler") || DISCOURSE_MARKERS.has(word(terms[k])))) k--
  if (REPORTED_LISTENERS.has(word(terms[k]))) k--
  const verb = terms[k]
  return QUOTATIVES.has(word(verb)) && isVerbLike(verb)
}

/** Words that may follow an echoed auxiliary and pronoun ("did you really", "is that right"). */
const ECHO_TAILS: ReadonlySet<string> = new Set(["really", "right", "serious", "true", "so", "too"])

/**
 * "do you", "oh is that right", "are you serious": a whole line that only echoes an auxiliary
 * and a pronoun is a reaction to what was just said, not a question that wants an answer.
 */
function isEcho(terms: Terms, clause: Clause | undefined): boolean {
  if (!clause || clause.question === null || clause.end !== terms.length) return false
  let k = clause.start
  if (!QUESTION_AUXILIARIES.has(word(terms[k]))) return false
  k++
  if (is(terms[k], "Negative")) k++
  const subject = word(terms[k])
  if (!SUBJECT_PRONOUNS.has(subject) && !["it", "that", "this", "there"].includes(subject)) return false
  k++
  while (k < clause.end && ECHO_TAILS.has(word(terms[k]))) k++
  return k === clause.end
}
