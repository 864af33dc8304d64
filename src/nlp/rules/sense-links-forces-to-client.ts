// Seed, principle 4: the seller studies the trends and forces that can harm or help the client
// and says what they mean for this client's results.
import { defineRule } from "../rule"

export default defineRule({
  id: "sense-links-forces-to-client",
  principle: "make-sense",
  polarity: "up",
  description: "Connects an outside force or trend to what it means for this client.",
  nudge: "Good: you turned a trend into what it means for them.",
  patterns: [
    // "carrier consolidation means you'll have fewer options"
    { match: "#Force .{0,6} (means|mean|meaning) that? (your|you|for)" },
    // "rates going up changes the math for a contractor your size"
    { match: "#Force .{0,3} (shifted|shifting|moved|moving|changed|changing|rising|falling|tightening|tight|loosening|loose|shrinking|growing|going|climbing|dropping|consolidating) .{0,9} (your|you)" },
    // "that puts pressure on your contract timing"
    { match: "(puts|putting|put|adds|adding) (pressure|a squeeze|strain|risk) on (your|you)" },
    // "and that lands on your receivables team"
    { match: "(lands|landing|falls|falling|ends up) on your" },
    // "as payers push more care into outpatient settings, your volumes will swing"
    { match: "as #Noun+ (push|pushes|move|moves|shift|shifts|consolidate|consolidates|demand|demands|expect|expects|raise|raises|cut|cuts|tighten|tightens) .{0,8} your" },
    // "because of the new privacy rules your team is losing data"
    { match: "because of (the)? #Adjective? #Force .{0,3} (your|you)" },
  ],
  examples: {
    fires: [
      "the new emissions regulation means your older trucks become a liability in two years",
      "with wages climbing this fast your seasonal hiring plan gets expensive",
      "that squeeze on freight puts pressure on your delivery promise",
      "as retailers consolidate suppliers your share of shelf is at risk",
      "because of the tariffs your input costs jump in the spring",
      "demand shifting online means you need fewer branches and better call handling",
    ],
    misses: [
      "the market was busy at the weekend",
      "your team is growing nicely",
      "the rules for the raffle are on the page",
      "we had a tight deadline last week",
      "the economy came up at dinner",
      "that means a lot thank you",
    ],
  },
})
