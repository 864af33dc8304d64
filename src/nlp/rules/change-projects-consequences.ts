// Seed, principle 6: change before external or internal forces impose a timeline the client did
// not choose; projecting where things go if nothing changes shows that timeline.
import { defineRule } from "../rule"

export default defineRule({
  id: "change-projects-consequences",
  principle: "compel-change",
  polarity: "up",
  description: "Projects what happens if nothing changes, or who sets the timeline if they wait.",
  nudge: "Good: showing where this goes if nothing changes helps them choose their own timing.",
  patterns: [
    // "if nothing changes"
    { match: "if nothing (changes|changed|happens|moves|is done)" },
    // "if this stays the way it is"
    { match: "if (this|that|it|things|the #Noun) (stays|stay|remains|remain|keeps|keep) (the same|the way it is|as is|like this|going|on this path)" },
    // "where is this number in twelve months"
    { match: "(where|what) .{0,4} #Metric .{0,6} next (year|quarter)", clause: "question" },
    { match: "(where|what) .{0,4} #Metric .{0,6} #Value (months|years|quarters)", clause: "question" },
    { match: "(where|what) .{0,4} #Metric .{0,6} a year from now", clause: "question" },
    { match: "(where|what) .{0,4} #Metric .{0,6} in a year", clause: "question" },
    // "what happens to your margin if you wait"
    { match: "what (happens|will happen) (to|if|when) .{0,8} (wait|waits|waiting|renews|breaks|slips|slip|nothing|delay|delays|stays|fails|leaves|quits)", clause: "question" },
    // "the vendor picks your timeline for you"
    { match: "(#Noun && !#Pronoun) (will|would|gets to)? (pick|picks|choose|chooses|set|sets|decide|decides|dictate|dictates) (your|the) (timeline|timing|deadline|schedule)" },
    // "you're choosing the timeline, not the auditor"
    { match: "(you get to|you are|you) (choosing|choose|picking|pick|setting|set) (your|the) (own)? (timeline|timing|deadline|schedule)" },
    // "before the regulation forces your hand"
    { match: "(before|ahead of) (the|your|a) .{0,2} (forces|force|decides|decide|hits|lands|kicks|catches)" },
  ],
  examples: {
    fires: [
      "if nothing is done about attrition you'll be rehiring half the floor by spring",
      "if things stay as is what does the backlog look like next year",
      "where will your cost per claim be a year from now",
      "what happens to the rollout if your lead engineer leaves",
      "if you wait, the audit sets the timeline for you, not you",
      "better to move before the new rule kicks in and decides for you",
    ],
    misses: [
      "if nothing else comes up i'll see you thursday",
      "what happens next is i send the recap",
      "where are you going on holiday next year",
      "we set the timeline together in the kickoff",
      "before the call i read your annual report",
      "if it stays sunny we'll do the site visit outside",
    ],
  },
})
