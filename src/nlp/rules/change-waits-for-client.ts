// Seed, principle 6: the One-Down seller believes the client must first know they have a problem,
// so they wait to be called ("whenever you're ready").
import { defineRule, type RuleExamples } from "../rule"

/** A weekday or clock time: "whenever" then picks a meeting slot instead of deferring the sale. */
const SLOT = ["#WeekDay", "#Time"]

export default defineRule({
  id: "change-waits-for-client",
  principle: "compel-change",
  polarity: "down",
  nudge: "Don't wait to be called: name what waiting costs them and propose a date to decide.",
  patterns: [
    // "feel free to reach out if anything comes up"
    {
      match:
        "feel free to (reach out|get in touch|give me a shout|shout|ping me|drop me a line|call me|email me) (if|whenever|when|any time|anytime)",
    },
    // "let me know if you ever need anything"
    { match: "let me know if you (ever)? (need|want) (anything|something|help)" },
    { match: "let me know if you (ever)? need (us|me)" },
    // "if you ever run into issues give me a call"
    { match: "if you ever (need|want|decide|run into|have|change|get)" },
    // "whenever you're ready"
    { match: "whenever (you are|you feel|you) (ready|like)", ifNo: ["share", "screen", "start", "present"] },
    // "no pressure at all", "no rush on our side"
    {
      match: "no (rush|pressure|hurry) (at all|on our side|from our side|from us|on our end|whatsoever)",
      // (not the meeting's own clock: "we've got until half past, so no rush at all", nor waiting
      // for someone to dial in or a file to turn up: "no rush at all, we can start the moment she
      // joins", "no rush at all finding the file")
      ifNo: [
        "until",
        "past",
        "minutes",
        "o'clock",
        "start",
        "join",
        "joins",
        "joining",
        "dial",
        "dialling",
        "dialing",
        "connecting",
        "finding",
        "file",
        "files",
        "document",
        "spreadsheet",
        "#Logistics",
      ],
    },
    // "whenever works for you" (but "whenever suits you on tuesday" offers a meeting slot: a
    // named weekday or clock time makes it scheduling, not waiting)
    { match: "whenever (works|suits|is good|is right|makes sense) (for)? you", ifNo: SLOT },
    // "take all the time you need"
    { match: "take all the time (you need|in the world)" },
    // "reach out whenever", "feel free to reach out if anything comes up"
    {
      match:
        "(reach out|ping me|ping us|call me|call us|give me a call|give us a call|get in touch|drop me a line) (whenever|anytime|any time)",
    },
    {
      match:
        "(anything|something) (comes|changes|pops) up (down the road|down the line|in the future|later on|at some point|next year)",
    },
    { match: "if (anything|something) ever (comes|changes|pops) up" },
    // "keep us in mind"
    { match: "keep (us|me) in mind" },
    // "we'll be here when you need us", "you know where to find me"
    { match: "(we will|i will) be (here|around) (when|whenever|if)" },
    { match: "you know where to find (me|us)" },
    // "when the timing's right"
    { match: "when the (time|timing) is right" },
    // "totally get it if the timing's not right, maybe circle back when the budget frees up"
    { match: "(if|when) the (time|timing) (is not|isn't) right" },
    { match: "(when|once|until) (the|your) (budget|funding|money) (frees up|opens up|comes through)" },
    { match: "when the (time's|timing's) right" },
    // "when you're ready just give me a shout"
    // (not "when you're ready to serve them, heat the sauce": an instruction)
    {
      match: "(when|once) (you are|you feel) ready$",
      ifNo: ["share", "screen", "start", "present", "ahead"],
    },
    {
      match: "(when|once) (you are|you feel) ready !to",
      ifNo: ["share", "screen", "start", "present", "ahead"],
    },
    // "reach out when you're ready to look at it": ready to engage with the sale
    {
      match:
        "(when|once) (you are|you feel) ready to (look|buy|move|talk|decide|chat|go|sign|proceed|commit|revisit|pick|continue|discuss|take|get)",
      ifNo: ["share", "screen", "present", "ahead"],
    },
    // "there's no deadline on our end"
    { match: "no (deadline|timeline|pressure|rush|hurry|urgency) (on|from) (our|my) (end|side)" },
    // "we're always here if you need us"
    { match: "(we are|i am|we will be|i will be) (always)? (here|around|available) (if|when|whenever) you" },
    // "circle back whenever it makes sense for you"
    { match: "whenever (it|that) (makes sense|works|suits)", ifNo: SLOT },
    // "i'll just wait to hear from you"
    {
      match: "(wait|waiting) (to hear|for you|until you|on you)",
      // (not waiting on the call itself: "i'll wait for you to find the document")
      ifNo: ["find", "grab", "load", "open", "pull", "document", "file", "join", "#Logistics"],
    },
    // "whenever you get around to it"
    { match: "you .{0,2} get around to it" },
    // "just let me know if anything changes on your end"
    { match: "if anything changes (on your end|on your side|for you|there)" },
    // "ping me in case you ever need something"
    { match: "in case you (ever)? need (anything|something|us|me|help)" },
    { match: "keep my (number|card|details|email) (handy|close|on file)" },
    // "you know how to reach me", "you can call me back whenever"
    { match: "you know (how|where) to (reach|find|get hold of|contact) (me|us)" },
    { match: "whenever$", ifNo: SLOT },
    // "i'll leave this with you for now", "no rush on this at all"
    { match: "leave (it|this|that|things) with you" },
    { match: "no (rush|pressure|hurry) on (this|it|that)" },
    // Frames over the client's side: "if your team ever decides the setup isn't working, we'll be
    // here", "if your cfo ever wants to revisit…"
    {
      match:
        "if #ClientSide+ #Noun{0,2} ever (need|needs|want|wants|decide|decides|change|changes|feel|feels|get|gets)",
    },
    // "i'll check back in a few months and see if anything's changed", "my door is always open"
    { match: "check back .{0,5} see if (anything|something|things)" },
    { match: "(my|our) door is (always)? open" },
    // "i'll just check in again in a few months": the seller sets a reminder instead of a reason
    {
      match:
        "(i will|we will) #Adverb? (check in|check back|circle back|touch base|reach out|follow up) (again|back)? in (a few|a couple of|a couple|#Value) (months|quarters)",
    },
    // "sounds like things are working okay for now": the status quo accepted on the client's word
    { match: "(things|it|everything) (is|are) working (okay|ok|fine|alright)? (for you)? (for)? now" },
    // "if things get messy, give me a shout": the seller waits for trouble to call them
    {
      match:
        "if .{0,5} (get|gets|go|goes|become|becomes|change|changes|start|starts) .{0,8} (shout|holler|reach|ping)",
    },
    {
      match: "if .{0,5} (get|gets|go|goes|become|becomes) .{0,8} give (me|us) a (shout|call|ring|buzz|bell)",
    },
    // "you'll know when it's time to switch"
    { match: "you (will|would) know when (it is|the time is) (time|right)" },
    // "no hurry on the switch": waiting on the client's decision (but not on a file they are
    // fetching: "no rush on the store list, just drop it in the folder when it's ready")
    {
      match:
        "no (rush|hurry|pressure) on the (decision|decisions|switch|move|change|contract|proposal|quote|signature|sign-off|signoff|signing|answer|approval|renewal|agreement|order|purchase|budget|commitment|pilot|trial|upgrade|rollout)",
      // (not someone else's absence: "no rush on the signature, finance are off till monday anyway")
      ifNo: ["till", "until", "anyway", "#WeekDay"],
    },
    // "i don't want to push it, we can revisit later", "maybe next year you will have some need"
    { match: "(i|we) (do not|would not|will not) want to push (it|you|this|anything|things)" },
    {
      match:
        "(we can|let us|we will|we could) (revisit|reconnect|circle back) (later|next year|down the line|in the new year|at some point)",
    },
    { match: "(we can|we will|we could) (keep|stay) in touch" },
    { match: "(maybe|perhaps) next year (you|we|then)" },
    // "if it's working fine with spreadsheets, no reason to change, stick with it for now"
    { match: "no (reason|need) to (change|switch|move) (anything|now|yet|it|for now)?", clause: "statement" },
    { match: "stick with (what you have got|what you have|what you got|it|that) for now" },
    { match: "keep you on (our|the) (newsletter|mailing list|list)" },
    // "are things basically working okay for now", "do you feel you have an issue here"
    { match: "(are|is) (things|it|everything) #Adverb? working (okay|ok|fine|alright)? for now" },
    {
      match: "(do|does) you (feel|think) (like)? you have (an|a|any) (issue|problem|need)",
    },
    {
      match:
        "(we would|we will) #Adverb? be (glad|happy|delighted) to (have|talk|chat|reconnect|help) .{0,4} then",
    },
    {
      match:
        "(check back|circle back|touch base|reconnect) (with you)? in the (first|second|third|fourth|new) (quarter|year)",
    },
    { match: "(let us|we can|we will|we could) (just)? wait and see" },
    { match: "revisit (it)? if (it|things|that|this) ever" },
    { match: "(timing|time) feels right" },
    { match: "take as long as you (need|like|want)" },
    { match: "(happy|glad|content) to wait (till|until|for|on)" },
    // "i'll check back in six months and see if the situation has changed": waiting for the client's world to move
    { match: "(check|circle|touch|come) back .{0,6} see (if|whether) .{0,5} (changed|moved|shifted)" },
    // "just checking in to see if anything has changed on your side"
    { match: "checking in .{0,2} see (if|whether) .{0,4} (changed|moved|shifted|different)" },
    // "if at some point the turnover starts to bite, do reach out": waiting until the pain is felt
    {
      match: "if at some point .{1,10} (reach|call|ring|shout|ping|let)",
      ifNo: ["#Logistics", "screen", "demo", "freezes", "drops"],
    },
    // "reach out and we can talk then"
    { match: "reach out and (we|i) (can|will|could) (talk|chat|pick|look|discuss|revisit)" },
    // "if it comes up down the track, let me know"
    { match: "(comes|changes|pops) up down the track" },
    // "just reach out once you feel the team's ready"
    {
      match:
        "(reach out|let me know|give me a shout|give me a call|ping me) (once|when|whenever) .{0,5} ready",
    },
    // "let's see how the next quarter goes"
    {
      match:
        "(let us|let's) see how the (next|coming) (quarter|month|year|few months|season) (goes|pans out|looks)",
    },
    // "just get in touch if the language side ever becomes a problem"
    { match: "ever (becomes|turns) .{0,1} (problem|issue|priority|headache)" },
    // "whenever the board decides they want to look at solar, we'll be here"
    { match: "whenever .{1,12} be (here|around)" },
    // "if it ever gets to the point where it's becoming an issue for you, happy to have another chat"
    {
      match:
        "if (it|things|that|this) ever (gets|get|becomes|become) (to the point where|to the point that|an issue|a problem|serious|worse)",
    },
    // "if things ever get on top of you, you have my number"
    { match: "(you have got|you've got|you got|you have) my (number|email|details|card|mobile)" },
    // the same for anyone on the client's side: "whenever y'all are ready, just holler"
    {
      match: "whenever (y'all|ye|you guys|you all|yous|youse) (are|is|feel)? (ready|like)",
      ifNo: ["share", "screen", "start", "present"],
    },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Waits for the client to come back when they feel ready or have a problem."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "feel free to reach out if anything comes up",
    "if the backlog ever gets silly, sure you have my number",
    "if it ever gets to the point where it's hurting you, i'd be glad to pick it up again",
    "just get in touch if the staffing side ever becomes a problem",
    "whenever the board decides they want to look at it we'll be here",
    "just reach out once you feel the team's ready to look at it",
    "let's see how the next quarter goes and take it from there",
    "no rush mate if it comes up down the track let me know",
    "if at some point the no shows start to hurt just give us a ring",
    "whenever that changes just reach out and we can talk again",
    "i'll circle back after the summer and see if the picture has changed",
    "just checking in to see if anything has moved on your side",
    "no worries if the timing isn't right, we can pick it up once your budget frees up",
    "just let me know if you need anything at all",
    "if you ever want to revisit it we're around",
    "no pressure whatsoever take your time",
    "reach out anytime if you want to chat",
    "keep me in mind if your plans change",
    "when the time is right for your team just give me a shout",
    "we'll be here whenever you need us",
    "once you're ready just let me know",
    "no pressure from our side at all",
    "we're always around if you need anything",
    "i'll be waiting to hear from you",
    "if anything comes up down the road just call",
    "reply whenever you get around to it",
    "ping me in case you ever need something",
    "you can call me back whenever",
    "you know where to find us",
    "i'll leave this with you for now",
    "honestly there's no rush on it",
    "sounds like things are working okay for you for now so i'll check back later",
    "no worries, i'll just touch base again in a few months",
    "if the rota ever becomes a headache just give me a shout",
    "ok if things start going sideways with the carrier just reach out and we'll see",
    "no hurry on the switch, you'll know when it's time",
    "no pressure on the renewal, have a think and get back to me",
    "leadership doesn't see it yet so i don't want to push it, we can revisit later",
    "if the spreadsheet is doing the job then honestly no reason to change, stick with it for now",
    "sounds like you're happy for now so i'll keep you on our newsletter",
    "are things basically working fine for now",
    "do you think you have a problem here or not really",
    "if it ever stops working we'd be happy to have a conversation then",
    "i'll check back with you in the third quarter once planning is done",
    "let's just wait and see how the new rules play out",
    "sounds like it's working fine for you now so maybe we revisit if it ever becomes an issue",
    "ping me when the timing feels right",
    "no pressure, take as long as you like",
    "we're happy to wait until you feel you need it",
    "no pressure on any of this, whenever y'all are ready just holler",
    "whenever you guys are ready, give us a shout",
  ],
  misses: [
    "feel free to reach out to priya directly about the dates",
    "no rush on the signature, our finance team are off till monday anyway",
    "do you have my number for the dial in",
    "if it ever gets to the point of a power cut, the logger keeps its readings for a week",
    "it's fine we've got until half past so no rush at all",
    "i'll stay on the line until your colleague is ready, no rush at all, we can start when she's in",
    "ah grand i'll wait for you to find the document",
    "if at some point in the demo the screen freezes let me know",
    "i'll check back in a minute once the file has uploaded",
    "once the budget is approved on the ninth, the install crew can start on the tenth",
    "when you're ready to print the labels, hit the blue button up top",
    "i'll get around to it this weekend",
    "does monday or wednesday morning work for the review, i'm open whenever",
    "whenever suits you on friday at 2pm is fine for the walkthrough",
    "let me know if the attachment doesn't load",
    "whenever you're ready go ahead and share your screen",
    "take your time finding the spreadsheet",
    "no rush on the roster export, drop it in the shared folder whenever it's ready",
    "we need to get in touch with your it lead before friday",
    "the timing of the pilot is right after the holidays",
    "i'll be here until five if you want to finish the call",
    "once you're ready go ahead and share your screen",
    "should i wait for your colleague to join",
    "let me know if you want me to forward the agenda",
    "if your it lead needs the login, i can resend it",
    "waiting a minute for your colleague is fine with me",
    "let's check in again in two weeks once the pilot data is in",
    "the new rota is working fine for now but the winter peak will break it",
    "if you have trouble with the login just ping me and i'll reset it",
    "if the pilot numbers come in under target we switch the second site off",
    "if it turns out the export fails, give me a shout and i'll fix the mapping",
    "we can revisit the pricing table once you have the seat count",
    "we'll check in after the first quarter of the pilot against the targets you set",
    "do you feel your team has a problem with the handover or is it the tool",
    "we'll revisit the rota design if the pilot shows overtime going up",
    "the install will take as long as your it team needs for the firewall change",
    "whenever y'all are ready to share your screen, go ahead",
  ],
  paraphrases: [
    "if your controller ever wants to revisit the numbers, we'll be around",
    "if procurement ever wants another look at it, we're around",
  ],
}
