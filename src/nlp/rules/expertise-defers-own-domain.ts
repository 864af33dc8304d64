// Seed, principle 1 inverted: a seller who cannot answer about their own offer and defers
// everything to colleagues hands the knowledge advantage away.
import { defineRule } from "../rule"

export default defineRule({
  id: "expertise-defers-own-domain",
  principle: "expertise",
  polarity: "down",
  description: "Admits not knowing their own product or company and defers to colleagues.",
  nudge: "Answer with what you do know from other clients first, then name the one detail you'll confirm.",
  patterns: [
    // "i'm not sure how our pricing works"
    { match: "not #Adverb? (sure|certain) (how|if|whether|what|about|when) (our|we|the #Offering)", clause: "statement" },
    // "i dont know whether we support sso"
    { match: "(no idea|do not know|unsure) (how|if|whether|what|about|when) (our|we|the #Offering)", clause: "statement" },
    // "i have no idea how the reporting module calculates that"
    { match: "no idea (how|what|if|whether|why) (it|the|that) .{0,3} (works|work|calculates|handles|does|integrates)", clause: "statement" },
    // "i'd have to check with my manager", "let me ask the product team"
    { match: "(have|need|let me|going) to? (check|ask|find out|double check|confirm|verify|loop in|pull in) (with|from|in)? (my|our|the|someone|somebody) .{0,2} (manager|team|product|engineering|boss|solutions|implementation|technical|tech|folks|guy|guys|people|colleague|colleagues|engineers|specialist|expert|experts)" },
    // "i'm not sure, let me find out and get back to you"
    { match: "not #Adverb? sure .{0,3} (find|check|ask|circle|confirm)" },
    // "i'm not the right person for the technical side"
    { match: "not #Adverb? the (right|best) person" },
    // "i couldn't tell you how long that takes"
    { match: "(could|can) not tell you (how|what|if|whether|when|why)" },
  ],
  examples: {
    fires: [
      "honestly i'm not sure how our licensing is structured for subsidiaries",
      "i dont know whether we support single sign on",
      "i'd need to ask our engineers about the api limits",
      "good question i'm not sure let me find out and get back to you",
      "i'm probably not the best person to talk about security",
      "i couldn't tell you what the uptime was last year",
      "no idea how it handles multi currency to be honest",
    ],
    misses: [
      "i'm not sure the meeting link is working",
      "we're not sure yet which room we're in",
      "let me check my calendar for thursday",
      "i know exactly how our pricing works for groups",
      "you're the right person to ask about the rollout",
      "i'm sure you've seen this before",
    ],
  },
})
