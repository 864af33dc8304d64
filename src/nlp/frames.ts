/**
 * Behaviour frames: the word classes a One-Up or One-Down move is built from. A move is a
 * combination (who the clause speaks for × what the predicate means), so the classes are tags on
 * terms and rules match on the tags, never on one phrasing.
 *
 * Sides say whose world a clause is about; predicates say what kind of act it is. The tags are
 * added right after compromise's tagger, by word and part of speech: "offers" the verb is
 * #Capability, "special offers" the noun is not; "the platform" is #SellerSide, "your platform"
 * is not (the possessive decides).
 */
import type { Doc, Term } from "./engine"
import { list } from "./spoken"
import { is, word } from "./terms"

/** Who the clause speaks for or about. */
export const FRAME_SIDES = ["SellerSide", "ClientSide", "MarketSide"] as const
/** What the predicate means. */
export const FRAME_PREDICATES = [
  "Capability",
  "Experience",
  "Inaction",
  "TradeOff",
  "Sequence",
  "Advice",
  "CompanyStory",
  "Inquiry",
  "Process",
  "Cause",
  "Recap",
  "Answer",
  "Clarify",
  "Logistics",
  "Errand",
] as const

export type FrameSide = (typeof FRAME_SIDES)[number]
export type FramePredicate = (typeof FRAME_PREDICATES)[number]
export type FrameTag = FrameSide | FramePredicate

/** Tag definitions for nlp.extend (each under a built-in tag so POS patterns still see them). */
export const FRAME_TAG_DEFS: Record<FrameTag, { isA: string }> = {
  SellerSide: { isA: "Noun" },
  ClientSide: { isA: "Noun" },
  MarketSide: { isA: "Noun" },
  Capability: { isA: "Verb" },
  Experience: { isA: "Expression" },
  Inaction: { isA: "Expression" },
  TradeOff: { isA: "Expression" },
  Sequence: { isA: "Expression" },
  Advice: { isA: "Expression" },
  CompanyStory: { isA: "Expression" },
  Inquiry: { isA: "Expression" },
  Process: { isA: "Noun" },
  Cause: { isA: "Expression" },
  Recap: { isA: "Expression" },
  Answer: { isA: "Expression" },
  Clarify: { isA: "Expression" },
  Logistics: { isA: "Noun" },
  Errand: { isA: "Noun" },
}

/** A word class entry: the phrase, and the part of speech its first word must have (if any). */
interface FrameWord {
  tag: FrameTag
  words: string[]
  pos?: string
}

/** Verb forms of a list of base verbs ("let" → let, lets, letting; "allow" → allows, allowed…). */
function verbForms(bases: string): string[] {
  return list(bases).flatMap((base) => {
    // A silent final "e" drops before -ed and -ing: enable → enabled, enabling.
    const stem = base.endsWith("e") ? base.slice(0, -1) : base
    const [root, third = `${base}s`, past = `${stem}ed`, gerund = `${stem}ing`] = base.split("/")
    return root ? [root, third, past, gerund] : []
  })
}

const CLASSES: readonly FrameWord[] = [
  // Seller side: the seller's company and what it sells (possessives are checked in code).
  { tag: "SellerSide", words: list("we, us, our, ours, ourselves") },
  // Client side: the people on the other side of the call and theirs.
  { tag: "ClientSide", words: list("you, your, yours, yourself, yourselves, y'all, you guys, you all") },
  // The market: the world both sides live in.
  {
    tag: "MarketSide",
    words: list(`
    industry, industries, sector, sectors, market, markets, the market, regulator, regulators,
    competitors, competition, economy, the industry, everyone else, the field, peers, the segment,
    other companies, most companies, most teams, buyers, customers these days
  `),
  },
  // Capability verbs: what a product does for you ("it lets you", "integrates with").
  {
    tag: "Capability",
    pos: "Verb",
    words: verbForms(`
    let/lets/let/letting, allow, enable, offer, integrate/integrates/integrated/integrating,
    support, automate/automates/automated/automating, sync/syncs/synced/syncing, connect,
    handle/handles/handled/handling, provide/provides/provided/providing,
    include/includes/included/including, flag/flags/flagged/flagging, generate/generates/generated/generating,
    plug/plugs/plugged/plugging, power, streamline/streamlines/streamlined/streamlining,
    eliminate/eliminates/eliminated/eliminating, simplify/simplifies/simplified/simplifying,
    centralize/centralizes/centralized/centralizing, centralise/centralises/centralised/centralising,
    track, surface, pull, push/pushes/pushed/pushing, deliver, scale, export, import, customize/customizes/customized/customizing
  `),
  },
  {
    tag: "Capability",
    words: list("out of the box, built in, built-in, designed to, built for, comes with, on top of that"),
  },
  // Experience: knowledge from beyond this client (patterns, data, what usually happens).
  {
    tag: "Experience",
    words: list(`
    typically, usually, generally, consistently, invariably, nine times out of ten, time and again,
    again and again, more often than not, in my experience, in our experience, what we see,
    what we've seen, we've seen, we see, we saw, i've seen, we found, we've found, we noticed,
    pattern, patterns, benchmark, benchmarks, on average, the data, the research, study, survey,
    across, most of them, the ones that, tend, tends, tended
  `),
  },
  // Inaction and its cost: waiting, carrying on as today, the clock that keeps running.
  {
    tag: "Inaction",
    words: list(`
    wait, waiting, waits, waited, carry on, carrying on, status quo, as is, as it is, stand still,
    standing still, do nothing, doing nothing, nothing changes, if nothing changes, put off,
    putting off, postpone, postponing, delay, delaying, every month, each month, every quarter,
    each quarter, every year, each year, every week, each week, per month, per quarter, renewal,
    at renewal, meanwhile, in the meantime, another year, next year, kick the can, leave it,
    leaving it, hold off, holding off, sit on, sitting on, the longer, keeps costing, still paying
  `),
  },
  // Trade-offs: comparing approaches and what each one costs.
  {
    tag: "TradeOff",
    words: list(`
    trade off, trade offs, tradeoff, tradeoffs, downside, downsides, upside,
    upsides, versus, vs, whereas, on the other hand, pros and cons, the catch, the price is,
    at the expense, the flip side, either way, depends on whether, it depends, which one fits,
    when each, build or buy, build versus buy, in exchange, you give up, you lose, you gain
  `),
  },
  // Sequence: order, steps and plans.
  {
    tag: "Sequence",
    words: list(`
    next step, next steps, first step, step one, step two, the order, in order, sequence,
    first, then, after that, afterwards, before that, once that, from there, phase, phases,
    milestone, milestones, kickoff, kick off, pilot, roadmap, the path, timeline, by friday,
    by the end, this week, next week, next call, follow up
  `),
  },
  // Advice: the seller's counsel.
  {
    tag: "Advice",
    words: list(`
    recommend, recommends, recommended, recommendation, recommendations, suggest, suggestion,
    advise, advice, my advice, i'd, i would, if i were you, in your shoes, in your position,
    should, shouldn't, i'd start, i'd skip, i wouldn't, don't, make sure, be careful, watch out,
    push back, the smart move, the right move
  `),
  },
  // Company story: founding, size, logos, awards.
  {
    tag: "CompanyStory",
    words: list(`
    founded, founder, founders, co-founder, cofounder, headquartered, headquarters, offices,
    employees, award, awards, award-winning, leader, leading, market leader, number one, #1,
    customers include, clients include, logos, fortune 500, series a, series b, raised, funding round,
    gartner, magic quadrant, trusted by, since 19, since 20
  `),
  },
  // Inquiry: soft openers of a question without a question word.
  {
    tag: "Inquiry",
    words: list(`
    curious, wondering, wonder, i'd love to know, i'd love to hear, help me understand, walk me through,
    tell me, talk me through, give me a sense, out of curiosity, do you know, any idea
  `),
  },
  // Process: how work gets done inside an organisation.
  {
    tag: "Process",
    words: list(`
    process, processes, workflow, workflows, handoff, handoffs, hand off, handover, approval,
    approvals, sign off, intake, onboarding, training, incentive, incentives, policy,
    policies, habit, habits, routine, routines, ownership, who owns, accountability, meeting cadence,
    cadence, culture, change management, roles, responsibilities, comp plan, staffing, rota, shifts
  `),
  },
  // Cause: root causes and the reasons behind a result.
  {
    tag: "Cause",
    words: list(`
    because, root cause, the reason, why, caused, causes, driven by, driving, what's behind,
    behind it, stems from, comes down to, boils down to, the real problem, the real issue,
    the bigger lever, the actual problem, underlying, symptom, symptoms
  `),
  },
]

/**
 * Acts that are not selling moves whatever words they contain: restating the client's words back
 * (a recap), answering the client's direct question, asking which thing the client meant, and
 * arranging the meeting itself.
 */
const NON_MOVES: readonly FrameWord[] = [
  {
    tag: "Recap",
    words: list(`
    recap, to recap, just to recap, play it back, play that back, playing it back, read back,
    read it back, what i heard, what i'm hearing, what i am hearing, if i heard you right,
    if i heard that right, did i get that right, did i get that, did i miss anything, did i capture,
    let me make sure i have, make sure i got, to summarize, to summarise, to sum up, so to confirm,
    just to confirm, let me summarize, let me summarise, if i understood, if i understand correctly,
    just confirming what, just confirming that you, confirming what you, playing back, playing that back, to play back,
    summarising what, summarizing what, what i have written down, what i've written down,
    let me read that back, read that back, so confirming, okay so confirming
  `),
  },
  {
    tag: "Answer",
    words: list(`
    to answer your question, answer your question, short answer,
    since you asked, you asked, as for your question, to your question, to answer that,
    quick answer, the answer is, your question about, on your question, on the question of,
    you were asking, you'd asked, you had asked, in answer to, good question, great question,
    fair question, excellent question
  `),
  },
  // Asking which thing the client meant or said: "when you say the team, do you mean the front
  // desk or the whole clinic", "sorry, did you say weeks or months". The answer settles a word,
  // not something the client learns about themselves.
  {
    tag: "Clarify",
    words: list(`
    do you mean, did you mean, did you say, did you just say, you meant the, which one you meant,
    just to clarify, so to clarify, sorry to clarify, to clarify that, can you repeat, could you repeat,
    say that again, say that last bit again, you cut out, i missed that, i misheard
  `),
  },
  // Getting to and through a meeting: the venue, travel, devices, the link and the screen, breaks,
  // finding a time. Advice about these ("I'd bring a charger", "my advice is park by the
  // station", "might be worth checking your spam folder") is help with the day, not counsel on
  // the decision; the advice rules skip clauses that carry them (unlike #Logistics, which silences
  // every rule in its clause).
  {
    tag: "Errand",
    words: list(`
    projector, charger, chargers, sockets, power socket, lecture hall, hotel, hotels, parking,
    car park, taxi, uber, flight, flights, venue, reception desk, visitor pass, visitor badge,
    lanyard, umbrella, jacket, headset, headphones, webcam, desktop app, the room on, grab the room,
    book the room, a bigger room, the other room, the lift, dress code, in reception, the other link,
    a break, a short break, a comfort break, take five minutes, take five, spam folder, junk folder,
    screen share, refresh the page, refreshing the page, pick a time, find a time
  `),
  },
  {
    tag: "Logistics",
    words: list(`
    zoom link, teams link, meeting link, the link, calendar invite, the invite, an invite, reschedule,
    rescheduling, time zone, timezone, the chat, in the chat, my email, your inbox, dial in, on slide, slide number, page twelve, scroll, scroll back, scroll down, scroll up, one pager,
    the pdf, the attachment, attached, login, logins, log in, password, passwords,
    sandbox, booking link, the recording, recording, mute,
    unmute, you're muted, can you hear me, my screen froze, bandwidth, my wifi, audio,
    meeting room, conference room, boardroom, the bigger room, the larger room, the small room,
    the smaller room, browser, chrome, safari, firefox, for parking, on parking, parking at,
    visitor parking, street parking, shared folder, zip file,
    shared drive, monday slot, tuesday slot, wednesday slot, thursday slot, friday slot,
    morning slot, afternoon slot, earlier slot, later slot
  `),
  },
]

/** First word → the phrases starting with it, longest first, so "in my experience" wins over "in". */
const BY_FIRST_WORD = new Map<string, (FrameWord & { phrase: string[] })[]>()
for (const entry of [...CLASSES, ...NON_MOVES]) {
  for (const text of entry.words) {
    const phrase = text.split(" ")
    const first = phrase[0]
    if (!first) continue
    const bucket = BY_FIRST_WORD.get(first) ?? []
    bucket.push({ ...entry, phrase })
    BY_FIRST_WORD.set(first, bucket)
  }
}
for (const bucket of BY_FIRST_WORD.values()) bucket.sort((a, b) => b.phrase.length - a.phrase.length)

/** "your platform" is the client's, "the platform" or "our platform" the seller's. */
function ownerOfOffering(terms: readonly Term[], i: number): FrameSide | null {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = word(terms[k])
    if (w === "your" || w === "their") return null
    if (w === "our" || w === "the" || w === "this" || w === "my") return "SellerSide"
    if (!is(terms[k], "Adjective") && !is(terms[k], "Noun")) break
  }
  return null
}

function matchesAt(terms: readonly Term[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => word(terms[i + k]) === w || terms[i + k]?.normal === w)
}

/**
 * "a next generation platform" and "our platform is next generation" sell; "the next generation
 * of nurses" is people. After "the", the phrase is a buzzword only when it modifies the noun
 * after it. (The one buzzword in the list that everyday talk uses as a plain noun phrase.)
 */
function untagNominalBuzzwords(terms: readonly Term[]): void {
  for (let i = 2; i < terms.length; i++) {
    if (word(terms[i]) !== "generation" || word(terms[i - 1]) !== "next" || word(terms[i - 2]) !== "the")
      continue
    const after = terms[i + 1]
    const modifies =
      (is(after, "Noun") || is(after, "Adjective")) && !is(after, "Pronoun") && word(after) !== "of"
    if (!modifies)
      for (const term of [terms[i - 1], terms[i]]) (term?.tags as Set<string> | undefined)?.delete("Buzzword")
  }
}

/** "if you asked ten parents…" imagines a question; it answers none. */
const HYPOTHETICAL: ReadonlySet<string> = new Set(["if", "when", "whether", "once"])

/** Particles that answer a yes/no question when a sentence opens with them. */
const YES: ReadonlySet<string> = new Set(["yes", "yep", "yup"])
/** Subjects that carry a short answer on: "yes it syncs…", "yep we integrate…". */
const ANSWER_SUBJECTS: ReadonlySet<string> = new Set(["it", "we", "they", "that", "both"])

/**
 * "Yes, it syncs with Dentrix both ways" answers the client's question about the product; it is
 * not a demo tour. A sentence that opens with a yes and goes straight on to "it" or "we" is
 * tagged as an answer (the particle carries #Answer), like "to answer your question". ("yeah"
 * is left out: sellers open half their sentences with it.)
 */
function tagShortAnswers(terms: readonly Term[]): void {
  const first = terms[0]
  if (!YES.has(word(first)) || !ANSWER_SUBJECTS.has(word(terms[1]))) return
  ;(first?.tags as Set<string> | undefined)?.add("Answer")
}

/** Add the frame tags to a freshly tagged document (in place; called once per parse). */
export function tagFrames(doc: Doc): void {
  for (const terms of doc.docs) {
    untagNominalBuzzwords(terms)
    tagShortAnswers(terms)
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]
      if (!term) continue
      const tags = term.tags as Set<string> | undefined
      if (!tags) continue
      if ((is(term, "Offering") || is(term, "Feature")) && ownerOfOffering(terms, i)) tags.add("SellerSide")
      if (is(term, "Stakeholder")) tags.add("ClientSide")
      if (is(term, "Force") || is(term, "MarketActor") || is(term, "Competitor")) tags.add("MarketSide")
      for (const entry of BY_FIRST_WORD.get(word(term)) ?? []) {
        if (entry.pos && !is(term, entry.pos)) continue
        if (!matchesAt(terms, i, entry.phrase)) continue
        if (entry.tag === "Answer" && HYPOTHETICAL.has(word(terms[i - 1]))) continue
        for (let k = 0; k < entry.phrase.length; k++)
          (terms[i + k]?.tags as Set<string> | undefined)?.add(entry.tag)
      }
    }
  }
}
