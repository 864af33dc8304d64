// Seed, principle 8: the seller differentiates by teaching the client how to assess the different
// models on offer, which also triangulates competitors.
import { defineRule } from "../rule"

export default defineRule({
  id: "models-lays-out-approaches",
  principle: "teach-models",
  polarity: "up",
  description: "Lays out the different ways to solve the problem and when each one fits.",
  nudge: "Good: teaching the options lets them judge every vendor, including you.",
  patterns: [
    // "there are three ways companies handle this"
    { match: "there (are|is) #Adverb? (two|three|four|a few|several|a couple of|#Value) (ways|approaches|models|options|paths|routes|camps|schools of thought|flavors|flavours)" },
    // "you've got two models here"
    { match: "(you have|you've got|you got|you) #Adverb? (got)? (two|three|four|#Value) (models|approaches|options|paths|routes|ways) (here|to choose|on the table)?" },
    // "option a makes sense when your data is clean"
    { match: "(option|approach|model|route|path) (a|one|b|two|1|2) (makes sense|works|wins|is better|fits|is right) (when|if|for)" },
    // "here's when each approach works"
    { match: "when each (one|approach|option|model|route)? (works|wins|makes sense|fits|is right)" },
    // "the managed service route is better if you lack staff"
    { match: "(route|approach|model|path|option) (is|works|wins) (better|best) (if|when|for)" },
    // "outsourcing wins", "building your own team usually pays off"
    { match: "(outsourcing|building|buying|leasing|renting|centralizing|centralising|automating|hiring|partnering|insourcing|decentralizing) .{0,4} (wins|pays|comes)" },
    // "build it in house, buy a point tool or outsource"
    { match: "(build|buy|outsource|lease|rent|hire) .{0,5} or (build|buy|outsource|lease|rent|hire|partner|outsourcing|building|buying)" },
    // "when you evaluate vendors ask how they handle exceptions"
    { match: "when you (evaluate|compare|assess|look at|talk to) (vendors|options|approaches|providers|tools|suppliers|partners)" },
    // "that's where the approaches really differ"
    { match: "(approaches|models|options|vendors) #Adverb? (differ|diverge|split)" },
  ],
  examples: {
    fires: [
      "there are basically two approaches here centralize or push it to the regions",
      "you've got three options on the table and each has a catch",
      "approach two works if your volumes are steady",
      "i'll walk you through when each option wins",
      "leasing usually comes out ahead for fleets under fifty trucks",
      "you can build it yourself buy a module or hire an agency",
      "when you compare providers look at how they price overages",
    ],
    misses: [
      "there are three people joining from our side",
      "we bought new laptops this year",
      "you've got two minutes left on the parking",
      "option a on the menu was great",
      "the ways to reach me are in my signature",
      "we hired two engineers last month",
    ],
  },
})
