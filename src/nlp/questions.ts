/**
 * Question detection that does not need "?": live captions rarely carry one, and compromise's
 * own questions() relies on it. A clause asks something when it opens like a question (a
 * question word with a verb after it, an auxiliary before its subject, "tell me about…") or
 * ends in a tag ("…, right", "…, isn't it"). Wh-questions and requests are open; yes/no, tag
 * and "any…" questions are closed.
 */
import type { QuestionKind } from "../core/types"
import type { Term } from "./engine"
import { WH_WORDS } from "./spoken"
import { QUESTION_AUXILIARIES, SUBJECT_PRONOUNS, is, isVerbLike, opensSubject, word } from "./terms"

type Terms = readonly Term[]

/** Words between a question word and its verb that do not change the shape ("who ELSE feels"). */
const WH_SKIPPABLE: ReadonlySet<string> = new Set([
  "else",
  "exactly",
  "really",
  "actually",
  "specifically",
  "ever",
])
/** Question words that can only ask when an auxiliary follows ("when DOES", not "when the…"). */
const WH_NEEDS_INVERSION: ReadonlySet<string> = new Set(["when", "where", "why", "how"])
/** "how many people…" behaves like "which people…": the phrase can be the subject. */
const HOW_DETERMINERS: ReadonlySet<string> = new Set(["many", "much"])
/** Wh-phrases that ask without a verb ("what about…", "how come", "why not"). */
const WH_FIXED: ReadonlySet<string> = new Set(["what about", "how about", "how come", "why not", "what if"])
/** Words that open a subordinate clause inside a question. */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  "if",
  "when",
  "before",
  "after",
  "because",
  "since",
  "unless",
  "until",
  "while",
  "once",
  "so",
])
/** Prepositions after which a pronoun is an object ("who besides you…"). */
const OBJECT_MARKERS: ReadonlySet<string> = new Set([
  "besides",
  "except",
  "including",
  "like",
  "than",
  "apart",
  "from",
  "with",
])
/** Rhetorical sighs shaped like questions. */
const RHETORICAL: ReadonlySet<string> = new Set(["who knows", "who cares"])

function isAuxiliary(term: Term | undefined, next?: Term): boolean {
  if (!QUESTION_AUXILIARIES.has(word(term))) return false
  if (is(term, "Verb") || is(term, "Auxiliary") || is(term, "Copula")) return true
  // "didn't kansas city…", "…to do don't they": the tagger sometimes calls a contracted negative
  // auxiliary a noun or an adjective, but "n't" only ever attaches to an auxiliary.
  return is(next, "Negative") && next?.text === ""
}

/** "do", "does", "did": the tagger sometimes calls them adjectives after "well" ("well did you…"). */
const DO_FORMS: ReadonlySet<string> = new Set(["do", "does", "did"])

/** Auxiliaries that agree only with a third-person singular subject, and those that never do. */
const SINGULAR_AUXILIARIES: ReadonlySet<string> = new Set(["does", "has", "is"])
const PLURAL_AUXILIARIES: ReadonlySet<string> = new Set(["do", "have", "are"])
const SINGULAR_SUBJECTS: ReadonlySet<string> = new Set(["it", "he", "she", "this", "that"])
const NON_SINGULAR_SUBJECTS: ReadonlySet<string> = new Set(["i", "you", "we", "they", "these", "those"])

/**
 * "have it checked", "do it fast", "is you…": an auxiliary that does not agree with the pronoun
 * after it is not asking about that pronoun (the pronoun is an object, the clause an imperative).
 */
function disagrees(aux: string, subject: string): boolean {
  return (
    (PLURAL_AUXILIARIES.has(aux) && SINGULAR_SUBJECTS.has(subject)) ||
    (SINGULAR_AUXILIARIES.has(aux) && NON_SINGULAR_SUBJECTS.has(subject))
  )
}

/** Participles the tagger often calls adjectives ("has he DONE…", "have you SEEN…"). */
export function isParticiple(term: Term | undefined): boolean {
  if (is(term, "PastTense") || is(term, "Participle")) return true
  const w = word(term)
  return (
    is(term, "Adjective") && (w.endsWith("ed") || /^(done|seen|been|gone|known|given|taken|heard)$/.test(w))
  )
}

/** After an auxiliary at i, the index of its subject (skipping a contracted "not"). */
function subjectAfter(terms: Terms, i: number): number {
  return is(terms[i + 1], "Negative") ? i + 2 : i + 1
}

/** From i, does a noun phrase followed by its own verb start here ("the data IS messy")? */
export function clauseStartsAt(terms: Terms, i: number): boolean {
  let k = i
  while (is(terms[k], "Determiner") || is(terms[k], "Adjective") || is(terms[k], "Possessive")) k++
  const head = terms[k]
  if (!head || !(is(head, "Noun") || SUBJECT_PRONOUNS.has(word(head)))) return false
  // a compound noun ("the maintenance backlog hides…")
  while (k < i + 6 && is(terms[k + 1], "Noun") && !is(terms[k + 1], "Pronoun") && !isVerbLike(terms[k + 1]))
    k++
  // "…you never build", "…nobody owns it": adverbs may sit between subject and verb; a gerund
  // ("are you looking") belongs to the question itself.
  k++
  while ((is(terms[k], "Adverb") || is(terms[k], "Negative")) && k < i + 8) k++
  return isVerbLike(terms[k]) && !is(terms[k], "Gerund")
}

/** Modals that make "had you…" a condition: "had you asked, we would have…". */
const CONSEQUENCE_MODALS: ReadonlySet<string> = new Set(["would", "could", "might", "should"])

/**
 * "had you heard of us before": the tagger reads a clause-opening "had" as a condition ("had you
 * known…"), but with a participle after its subject and no consequence in the sentence it asks.
 */
function asksWithHad(terms: Terms, i: number, s: number): boolean {
  if (word(terms[i]) !== "had" || !SUBJECT_PRONOUNS.has(word(terms[s]))) return false
  if (!isParticiple(terms[s + 1]) && !isParticiple(terms[s + 2])) return false
  for (let k = s + 1; k < terms.length; k++) if (CONSEQUENCE_MODALS.has(word(terms[k]))) return false
  return true
}

/** An auxiliary before its subject: "do you…", "is there…", "would the list…". */
export function isAuxInversion(terms: Terms, i: number): boolean {
  // A contracted auxiliary ("it's") belongs to the word before it.
  if (terms[i]?.text === "") return false
  const aux = word(terms[i])
  const s = subjectAfter(terms, i)
  const subject = terms[s]
  if (!subject) return false
  const w = word(subject)
  if (
    !isAuxiliary(terms[i], terms[i + 1]) &&
    !(DO_FORMS.has(aux) && SUBJECT_PRONOUNS.has(w)) &&
    !asksWithHad(terms, i, s)
  )
    return false
  if (disagrees(aux, w)) return false
  // "so do i", "neither have we": agreement, not a question.
  const before = word(terms[i - 1])
  if ((before === "so" || before === "neither" || before === "nor") && !terms[s + 1]) return false
  // "is now a good time", "is here ok"
  if ((aux === "is" || aux === "was") && (w === "now" || w === "here")) return true
  if (!opensSubject(subject)) return false
  // "…and was REAL PLEASED to…": modifiers that never reach a noun are a predicate, not a subject.
  if (is(subject, "Adjective") && !is(subject, "Noun")) {
    let k = s + 1
    while (k < s + 4 && (is(terms[k], "Adjective") || is(terms[k], "Adverb") || is(terms[k], "Value"))) k++
    if (!is(terms[k], "Noun") || is(terms[k], "Pronoun")) return false
  }
  // "…the way it is you're looking at…": the subject already has its own (contracted) verb.
  const afterSubject = terms[s + 1]
  if (afterSubject?.text === "" && isVerbLike(afterSubject)) return false
  // "do the math", "have a look": imperatives unless a verb follows the noun phrase.
  if ((aux === "do" || aux === "have" || aux === "had") && !SUBJECT_PRONOUNS.has(w)) {
    let hasVerb = false
    for (let j = s + 1; j <= s + 4; j++) if (isVerbLike(terms[j])) hasVerb = true
    if (!hasVerb) return false
  }
  // "…the clinic that HAS the worst rate": has/have with a noun phrase is usually the main verb;
  // "has your team tried…" asks, with a participle after the subject.
  if ((aux === "has" || aux === "have" || aux === "had") && !SUBJECT_PRONOUNS.has(w)) {
    let hasParticiple = false
    for (let j = s + 1; j <= s + 3; j++) if (isParticiple(terms[j])) hasParticiple = true
    if (!hasParticiple) return false
  }
  // "is that nobody owns it" explains; "is that right" asks.
  if ((w === "that" || w === "it" || w === "this") && clauseStartsAt(terms, s + 1)) return false
  return true
}

/** Words "how" carries before its subject ("how LONG you been…"). */
const HOW_MODIFIERS: ReadonlySet<string> = new Set(["long", "often", "far", "much", "many"])
/** Subjects that speech keeps when it drops the "are" of a question ("where you from"). */
const DROPPED_AUX_SUBJECTS: ReadonlySet<string> = new Set(["you", "they", "we", "he", "she", "y'all"])

/**
 * "where you from", "how you doing", "what they building over there": a wh-question whose "are"
 * was dropped, so a bare subject pronoun meets a gerund (or "from"). With the auxiliary kept
 * ("what you're doing…") the line is left to the other checks.
 */
function isDroppedAuxWh(terms: Terms, at: number): boolean {
  const wh = word(terms[at])
  if (wh !== "where" && wh !== "how" && wh !== "what" && wh !== "who") return false
  // "how long you been in dallas": "how" may carry its modifier
  const i = wh === "how" && HOW_MODIFIERS.has(word(terms[at + 1])) ? at + 1 : at
  const subject = terms[i + 1]
  if (!DROPPED_AUX_SUBJECTS.has(word(subject)) || subject?.text === "") return false
  const next = terms[i + 2]
  if (word(next) === "been" && next?.text !== "") return true
  // "what you think about the new rules": "do" dropped before a verb of opinion
  if (
    (wh === "what" || wh === "how") &&
    word(subject) === "you" &&
    (word(next) === "think" || word(next) === "mean")
  )
    return next?.text !== ""
  // "hey how you doing" is a greeting, like "hi there"
  if (wh === "how" && word(next) === "doing" && !terms[i + 3]) return false
  return next?.text !== "" && (word(next) === "from" || is(next, "Gerund"))
}

/** A question word that asks here, rather than introducing a statement ("what we found is…"). */
export function isInterrogativeWh(terms: Terms, i: number): boolean {
  const wh = word(terms[i])
  if (!WH_WORDS.has(wh)) return false
  const next = word(terms[i + 1])
  if (WH_FIXED.has(`${wh} ${next}`)) return true
  if (RHETORICAL.has(`${wh} ${next}`)) return false
  if (next === "a" || next === "an" || next === "to" || next === "") return false
  if (isDroppedAuxWh(terms, i)) return true
  let j = i + 1
  while (WH_SKIPPABLE.has(word(terms[j]))) j++
  if (WH_NEEDS_INVERSION.has(wh) && !(wh === "how" && HOW_DETERMINERS.has(word(terms[j])))) {
    // "how long has…", "how big is…": a modifier may sit before the auxiliary.
    if (wh === "how" && (is(terms[j], "Adjective") || is(terms[j], "Adverb"))) j++
    return isAuxiliary(terms[j]) || (isVerbLike(terms[j]) && is(terms[j], "Copula"))
  }
  // "which means…", "which changes the case…": a relative clause, not a question.
  if (
    wh === "which" &&
    (next === "is" || next === "was" || (isVerbLike(terms[i + 1]) && !isAuxiliary(terms[i + 1])))
  ) {
    return false
  }
  // what/who/which/whose or "how many": a verb must come before any subject pronoun
  // ("what DO you…", "who else FEELS…", but "what WE found…"). A subordinate clause ("…before
  // you do") ends the search: what came before it had no subject of its own.
  for (let k = j; k < Math.min(terms.length, j + 9); k++) {
    const term = terms[k]
    const w = word(term)
    // "who besides you is…": a pronoun after a preposition is its object, not the subject.
    const isSubject =
      (SUBJECT_PRONOUNS.has(w) || w === "it") &&
      !is(term, "Possessive") &&
      !OBJECT_MARKERS.has(word(terms[k - 1]))
    if (isSubject) return false
    // "what that's for", "what the plan's about": a verb contracted onto a later word has that
    // word for its subject, so the question word is the object of an embedded clause.
    if (k > j && term?.text === "" && isVerbLike(term) && !WH_WORDS.has(word(terms[k - 1]))) return false
    if (isVerbLike(term)) return true
    if (SUBORDINATORS.has(word(term))) return true
  }
  return wh !== "what"
}

/** "what kind of…", "what sort of…": the tagger may call these adjectives, but they ask about a noun. */
const NOUN_ASKING: ReadonlySet<string> = new Set(["kind", "kinds", "sort", "sorts", "type", "types"])

/**
 * "what keeps me up is the audit", "what's different this year is…": a statement built on "what".
 * Not when "what" asks about a noun ("what part of this is unclear") or inverts ("what do you
 * think is driving it"), nor when the later "is" sits in a subordinate clause ("…if the price is").
 */
function isPseudoCleft(terms: Terms, start: number, end: number): boolean {
  if (word(terms[start]) !== "what") return false
  const next = terms[start + 1]
  if (is(next, "Noun") && !is(next, "Pronoun")) return false
  if (NOUN_ASKING.has(word(next))) return false
  if (isAuxiliary(next) && opensSubject(terms[subjectAfter(terms, start + 1)], false)) return false
  for (let k = start + 2; k < end - 1; k++) {
    const term = terms[k]
    const w = word(term)
    if (SUBORDINATORS.has(w)) return false
    if ((w === "is" || w === "was") && term?.text !== "") return !hasOwnSubject(terms, k)
  }
  return false
}

/** "…confident THE PROBLEM is…": the copula has its own noun-phrase subject (an embedded clause). */
function hasOwnSubject(terms: Terms, copula: number): boolean {
  let k = copula - 1
  while (k > 0 && (is(terms[k], "Noun") || is(terms[k], "Adjective")) && !is(terms[k], "Pronoun")) k--
  if (k === copula - 1) return false
  const opener = terms[k]
  return (is(opener, "Determiner") || is(opener, "Possessive")) && !is(terms[k - 1], "Preposition")
}

/** Imperative or polite requests for information: "tell me about…", "i'm curious how…". */
const REQUEST_OPENINGS: readonly (readonly string[])[] = [
  ["tell", "me"],
  ["tell", "us"],
  ["walk", "me"],
  ["walk", "us"],
  ["talk", "me"],
  ["take", "me"],
  ["help", "me", "understand"],
  ["help", "us", "understand"],
  ["describe"],
  ["explain"],
  ["i", "am", "curious"],
  ["i", "am", "just", "curious"],
  ["i", "was", "just", "curious"],
  ["i", "am", "just", "wondering"],
  ["i", "was", "just", "wondering"],
  ["curious"],
  ["just", "curious"],
  ["i", "was", "curious"],
  ["i", "wonder"],
  ["i", "was", "wondering"],
  ["i", "am", "wondering"],
  ["wondering"],
  ["just", "wondering"],
  ["i", "would", "love", "to", "know"],
  ["i", "would", "love", "to", "hear"],
  ["i", "would", "love", "to", "understand"],
  ["i", "would", "like", "to", "know"],
  ["i", "would", "like", "to", "understand"],
  ["i", "want", "to", "understand"],
  ["give", "me", "a", "sense"],
]
const REQUEST_FIRST_WORDS: ReadonlySet<string> = new Set(REQUEST_OPENINGS.map((opening) => opening[0] ?? ""))
const CLOSED_REQUESTS: ReadonlySet<string> = new Set(["if", "whether"])
/** "can you tell me…", "could you walk us through…": closed in form, open in what they ask. */
const REQUEST_VERBS: ReadonlySet<string> = new Set([
  "tell",
  "walk",
  "talk",
  "take",
  "explain",
  "describe",
  "share",
  "help",
])

/**
 * "…i'm conscious of time I'M CURIOUS WHETHER…", "…aren't you TALK ME THROUGH…": a request of
 * two words or more opens a question even in the middle of a run-on caption.
 */
export function opensRequest(terms: Terms, i: number): boolean {
  // Runs for every word of a caption: most words cannot open a request at all.
  if (!REQUEST_FIRST_WORDS.has(word(terms[i]))) return false
  return REQUEST_OPENINGS.some(
    (opening) => opening.length >= 2 && opening.every((w, k) => word(terms[i + k]) === w),
  )
}

function requestKind(terms: Terms, start: number, end: number): QuestionKind | null {
  for (const opening of REQUEST_OPENINGS) {
    if (start + opening.length > end) continue
    if (opening.every((w, k) => word(terms[start + k]) === w)) {
      return CLOSED_REQUESTS.has(word(terms[start + opening.length])) ? "closed" : "open"
    }
  }
  return null
}

const TAG_SUBJECTS: ReadonlySet<string> = new Set([
  "it",
  "you",
  "they",
  "we",
  "he",
  "she",
  "that",
  "there",
  "i",
])
const TAG_WORDS: ReadonlySet<string> = new Set(["right", "correct", "huh", "eh"])
/**
 * Tags of West African and British English that only ever ask ("…this conversation, abi",
 * "…mad out there, innit"); "not so", "you get" and the Indian and Nigerian "no" ask only after a
 * comma ("…disprove it, not so", "…based in leeds, no").
 */
const DIALECT_TAGS: ReadonlySet<string> = new Set(["abi", "innit"])
const COMMA_TAGS: ReadonlySet<string> = new Set(["not so", "you get", "no"])
/** Words before a final "right" that make it agreement or direction, not a tag question. */
const NOT_A_TAG_BEFORE: ReadonlySet<string> = new Set([
  "all",
  "it",
  "that",
  "this",
  "them",
  "everything",
  "exactly",
  "just",
  "turn",
  "turned",
  "go",
  "went",
  "alright",
  "is",
  "are",
  "was",
  "be",
  "the",
  "to",
  "on",
  "quite",
  "absolutely",
  "sounds",
  "sound",
  "looks",
  "look",
  "seems",
  "seem",
  "feels",
  "feel",
  "got",
  "get",
  "gets",
  "do",
  "did",
  "does",
  "done",
  "doing",
  "right",
  "left",
  "is",
  "very",
  "pretty",
  "that's",
  "thats",
])

const POSITIVE_TAG_SUBJECTS: ReadonlySet<string> = new Set(["you", "it", "they", "we", "he", "she"])
/** "oh huh", "yeah huh": a reaction, not a tag ("uh huh" never gets here: the normalizer drops it). */
const REACTION_BEFORE_TAG: ReadonlySet<string> = new Set(["oh", "yeah"])

/** "you're probably RIGHT", "that's exactly right": a copula shortly before "right" agrees. */
function copulaBefore(terms: Terms, start: number, tag: number): boolean {
  for (let k = tag - 1; k >= Math.max(start, tag - 3); k--) {
    if (is(terms[k], "Copula")) return true
    if (!is(terms[k], "Adverb")) return false
  }
  return false
}

/**
 * "…a long season, do you", "…works for them, does it": an auxiliary and a pronoun closing a
 * clause that has its own subject and verb before them.
 */
function isPositiveTag(terms: Terms, start: number, end: number): boolean {
  const aux = terms[end - 2]
  if (end - start < 5 || aux?.text === "" || !isAuxiliary(aux)) return false
  const subject = word(terms[end - 1])
  if (!POSITIVE_TAG_SUBJECTS.has(subject) || disagrees(word(aux), subject)) return false
  // "…than we do", "…able to do it", "…can do it": the auxiliary is a verb of the clause itself.
  const before = terms[end - 3]
  if (TAG_SUBJECTS.has(word(before)) || word(before) === "to" || isVerbLike(before)) return false
  for (let k = start; k < end - 3; k++) if (isVerbLike(terms[k])) return true
  return false
}

/** "…disprove it, not so", "…in the ditch, you get", "…based in leeds, no": a tag after a comma. */
function commaTag(terms: Terms, start: number, end: number): boolean {
  for (const size of [1, 2]) {
    const at = end - size
    if (at - start < 3 || terms[at - 1]?.post.includes(",") !== true) continue
    const tag = terms
      .slice(at, end)
      .map((term) => word(term))
      .join(" ")
    if (COMMA_TAGS.has(tag)) return true
  }
  return false
}

/** "…, right", "…, isn't it", "…, don't you think", "…, sound good", "…, or not". */
function isTagQuestion(terms: Terms, start: number, end: number): boolean {
  if (end - start < 3) return false
  const last = word(terms[end - 1])
  const before = word(terms[end - 2])
  // "huh" and "eh" after a statement ask for agreement whatever comes before them.
  if (last === "huh" || last === "eh") return !REACTION_BEFORE_TAG.has(before)
  if (DIALECT_TAGS.has(last)) return true
  if (commaTag(terms, start, end)) return true
  // "that's right" and "sounds right" agree; "crazy times, right" asks.
  if (TAG_WORDS.has(last)) return !NOT_A_TAG_BEFORE.has(before) && !copulaBefore(terms, start, end - 1)
  // "isn't it", "don't they": a contracted negative on a spoken auxiliary ("…they're not THERE"
  // has its auxiliary inside "they're", and is no tag).
  const negative = terms[end - 2]
  const aux = terms[end - 3]
  if (is(negative, "Negative") && negative?.text === "" && aux?.text !== "" && isAuxiliary(aux, negative))
    return TAG_SUBJECTS.has(last)
  // "…you all don't have a long season, do you": a positive tag after a full clause.
  if (isPositiveTag(terms, start, end)) return true
  if (last === "think" && before === "you" && is(terms[end - 3], "Negative")) return true
  // "oldies or what"
  if (before === "or" && (last === "not" || last === "no" || last === "what")) {
    // "…whether it's in budget or not", "i don't know if it's volume or what": embedded. But "i
    // don't know if you've seen it or not" puts the choice to the listener: it asks ("whether you
    // use it or not" is more often the generic "you").
    for (let k = start; k < end - 2; k++) {
      if (word(terms[k]) === "whether") return false
      if (word(terms[k]) === "if") return word(terms[k + 1]) === "you"
    }
    return true
  }
  if (before === "sound" && last === "good") return true
  if (before === "make" && last === "sense") {
    const ahead = terms[end - 3]
    return !(is(ahead, "Modal") || is(ahead, "Negative") || word(ahead) === "to" || is(ahead, "Auxiliary"))
  }
  return false
}

/** "any questions so far", "anything else i should know", "anyone else we should invite". */
function isAnyQuestion(terms: Terms, start: number, end: number): boolean {
  const first = word(terms[start])
  if (first !== "any" && first !== "anything" && first !== "anyone" && first !== "anybody") return false
  if (end - start < 2) return false
  const next = terms[start + 1]
  const w = word(next)
  return !(
    isVerbLike(next) ||
    w === "time" ||
    w === "way" ||
    w === "day" ||
    (w === "chance" && end - start > 6)
  )
}

/**
 * Questions with the auxiliary dropped, common in speech: "you guys using salesforce", "you got
 * a minute", "got any questions", "you ever tried it".
 */
function isDroppedAuxQuestion(terms: Terms, start: number): boolean {
  let k = start
  if (word(terms[k]) === "you") {
    k++
    if (word(terms[k]) === "guys" || word(terms[k]) === "all") k++
    if (is(terms[k], "Gerund")) return true
    // "you ever seen one", "you ever been to austin": "ever" right after the subject only asks.
    if (word(terms[k]) === "ever" && isVerbLike(terms[k + 1])) return true
  }
  const next = word(terms[k + 1])
  return (
    word(terms[k]) === "got" &&
    (next === "a" || next === "any" || next === "time" || next === "five" || next === "two")
  )
}

/**
 * "which one", "why kingsley", "where in texas": a question word and a short phrase, no verb. Not
 * a lone "what" (more often a line cut off than a question), not "when…" (a clause about to
 * start), not "how nice" (an exclamation).
 */
function isBareWh(terms: Terms, start: number, end: number): boolean {
  const wh = word(terms[start])
  if (!WH_WORDS.has(wh) || wh === "when" || end - start < 2 || end - start > 4) return false
  const next = terms[start + 1]
  if (["a", "an", "else"].includes(word(next)) || is(next, "Filler")) return false
  if (wh === "how" && (is(next, "Adjective") || is(next, "Adverb"))) return false
  for (let k = start + 1; k < end; k++)
    if (isVerbLike(terms[k]) || SUBJECT_PRONOUNS.has(word(terms[k])) || is(terms[k], "Filler")) return false
  return true
}

/** Prepositions that front a phrase before the question proper ("of the last ten deals, how many…"). */
const FRONTING: ReadonlySet<string> = new Set(["of", "out", "among", "across", "in", "from", "over"])
/** How far into the clause the question word of a fronted question may sit. */
const FRONTED_REACH = 7

/**
 * "of your last ten lost deals how many stalled", "across the three sites which one runs late":
 * the question word comes after a fronted phrase, so the clause does not open with it.
 */
function asksAfterFrontedSet(terms: Terms, start: number, end: number): boolean {
  const opener = word(terms[start])
  if (!FRONTING.has(opener)) return false
  if (opener === "out" && word(terms[start + 1]) !== "of") return false
  // The fronted phrase names a set ("of the…", "out of all…", "across your…"); "of course" and
  // "in fact" are not one.
  const set = opener === "out" ? start + 2 : start + 1
  if (!is(terms[set], "Determiner") && !is(terms[set], "Possessive") && word(terms[set]) !== "all")
    return false
  for (let k = set + 1; k < Math.min(end, start + FRONTED_REACH); k++) {
    // Only "how many/much/often…" and "which…" pick from the set; "who" and "what" after a noun
    // are relative ("of my friends who have children").
    const w = word(terms[k])
    if (w === "how" || w === "which") return isInterrogativeWh(terms, k) && !isPseudoCleft(terms, k, end)
  }
  return false
}

/** The kind of question a clause asks, or null when it asks nothing. */
export function clauseQuestionKind(terms: Terms, start: number, end: number): QuestionKind | null {
  if (end <= start) return null
  const first = terms[start]
  const endsWithMark = terms[end - 1]?.post.includes("?") === true
  if (isInterrogativeWh(terms, start) && !isPseudoCleft(terms, start, end)) return "open"
  if (asksAfterFrontedSet(terms, start, end)) return "open"
  if (isAuxInversion(terms, start)) {
    const s = subjectAfter(terms, start)
    return word(terms[s]) === "you" && REQUEST_VERBS.has(word(terms[s + 1])) ? "open" : "closed"
  }
  const request = requestKind(terms, start, end)
  if (request) return request
  if (isAnyQuestion(terms, start, end) || isTagQuestion(terms, start, end)) return "closed"
  if (isDroppedAuxQuestion(terms, start)) return "closed"
  // "you mean the renewal", "do you mean…" asks the client to confirm what they meant.
  if (word(first) === "you" && word(terms[start + 1]) === "mean") return "closed"
  if (isBareWh(terms, start, end)) return "open"
  if (endsWithMark) return WH_WORDS.has(word(first)) ? "open" : "closed"
  return null
}
