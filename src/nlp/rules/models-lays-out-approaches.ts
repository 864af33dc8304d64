// Seed, principle 8: the seller differentiates by teaching the client how to assess the different
// models on offer, which also triangulates competitors.
import { defineRule, type RuleExamples } from "../rule"

export default defineRule({
  id: "models-lays-out-approaches",
  principle: "teach-models",
  polarity: "up",
  nudge: "Good: teaching the options lets them judge every vendor, including you.",
  patterns: [
    // "there are three ways companies handle this"
    {
      match:
        "there (are|is) #Adverb? (two|three|four|a few|several|a couple of|#Value) #Adjective? (ways|approaches|models|options|paths|routes|camps|schools of thought|flavors|flavours)",
    },
    // "you've got two models here"
    {
      match:
        "(you have|you've got|you got|you) #Adverb? (got)? (two|three|four|#Value) (models|approaches|options|paths|routes|ways) (here|to choose|on the table)?",
    },
    // "option a makes sense when your data is clean"
    {
      match:
        "(option|approach|model|route|path) (a|one|b|two|1|2) (makes sense|works|wins|is better|fits|is right) (when|if|for)",
    },
    // "here's when each approach works"
    { match: "when each (one|approach|option|model|route)? (works|wins|makes sense|fits|is right)" },
    // "the managed service route is better if you lack staff"
    { match: "(route|approach|model|path|option) (is|works|wins) (better|best) (if|when|for)" },
    // "outsourcing wins", "building your own team usually pays off"
    {
      match:
        "(outsourcing|building|buying|leasing|renting|centralizing|centralising|automating|hiring|partnering|insourcing|decentralizing) .{0,4} (wins|pays|comes)",
    },
    // "build it in house, buy a point tool or outsource"
    {
      match:
        "(build|buy|outsource|lease|rent|hire) .{0,5} or (build|buy|outsource|lease|rent|hire|partner|outsourcing|building|buying)",
    },
    // "when you evaluate vendors ask how they handle exceptions"
    {
      match:
        "when you (evaluate|compare|assess|look at|talk to|speak to|meet) (the|other)? .{0,2} (vendors|options|approaches|providers|tools|suppliers|partners)",
    },
    // Teaching how to judge the market's options, in any words for them: "when you're vetting the
    // insurers, compare how each one handles a denied claim", "when you're evaluating carriers…"
    {
      match:
        "when (you are|you) (evaluate|evaluating|compare|comparing|assess|assessing|weigh|weighing|interview|interviewing|vet|vetting|shortlist|shortlisting) (the|any|all|those|other|these)? #Adjective? (#Competitor|#MarketActor|#Offering|#Peer)",
    },
    // "some clinics outsource the coding and others keep a coder in house"
    { match: "(some|many|most) #Peer .{1,6} (and|while|whereas|but) (others|some|the rest|a few)" },
    // "that's where the approaches really differ"
    { match: "(they|approaches|models|options|vendors) #Adverb? (differ|diverge|split)" },
    // "you can either hire a team or pay a partner"
    {
      match:
        "(can|could) either (build|buy|hire|outsource|keep|hand|centralize|centralise|own|pay|rent|lease|run|bring|partner|automate|invest|stay|move|go)",
    },
    // "the right answer depends on your volume"
    {
      match:
        "(right|best) (answer|choice|option|model|approach|fit|path) (depends|is different|varies|changes)",
    },
    // "in house works when demand is steady"
    {
      match:
        "(in house|outsourcing|a vendor|a partner|an agency|building|buying|centralizing|centralising|a suite|best of breed|a managed service|leasing|renting|hiring|automation|spreadsheets) (works|wins|fits|makes sense) (best|better)? (when|if|for)",
    },
    // "you have three real choices here", "each has a different cost curve"
    {
      match:
        "(two|three|four|a few|#Value) #Adjective? (choices|options|approaches|paths|routes|models|camps|strategies) (here|when|and)",
    },
    {
      match:
        "each (one|option|approach|model|path|route)? (has|comes with|carries|gives) (a|its|their) (different|own)",
    },
    // "some companies go best of breed and others go all in one"
    { match: "(some|many) #Plural .{1,6} (and|while|whereas|but) (others|some|the rest)" },
    // "it mostly comes down to how strong your it team is"
    { match: "(comes|come) down to (how|whether|what|your|which)" },
    // "build makes sense if it's core, buy makes sense if it isn't"
    {
      match:
        "(build|buy|outsource|lease|rent|hire|partner|automate|centralize|centralise|outsourcing|building|buying|leasing) (makes sense|wins|works|is better|is right|pays off) (if|when)",
    },
    // "if you care most about speed, go with a vendor"
    {
      match:
        "if you (care|value|prioritize|prioritise) (most|more|mostly)? about .{0,3} (go|pick|choose|build|buy|outsource|use)",
    },
    // "there is a maturity curve here": a model of how companies progress, rung by rung
    {
      match: "(a|the) (maturity|adoption) (curve|ladder|model)",
    },
    // "in-house with a maintenance system usually wins once the estate is mixed"
    {
      match:
        "(in house|inhouse|in-house|managed service|the broker|a broker) .{0,6} (wins|win|cheapest|cheaper)",
    },
    // "there are basically two pricing models out there"
    {
      match:
        "there (are|is) #Adverb? (two|three|four|several|#Value) . (models|approaches|options|ways|routes|camps|structures)",
    },
    // "let me show you where each one makes sense"
    { match: "where each (one|option|approach|model)? (works|wins|makes sense|fits)" },
    // "each one suits a different balance sheet"
    { match: "each (one|option|model|route) suits" },
  ],
})

/** One line: what the rule notices (README table and the pages' rule info; never bundled in the worker). */
export const description = "Lays out the different ways to solve the problem and when each one fits."

/** Lines it must fire on and near misses it must leave alone (tests only: never bundled). */
export const examples: RuleExamples = {
  fires: [
    "buy lease or a power agreement and each one suits a different balance sheet",
    "let me show you where each one makes sense for you",
    "there are basically two pricing models out there usage and seats",
    "once you've got a mix of old and new buildings in house with a cmms usually wins",
    "there are basically two approaches here centralize or push it to the regions",
    "you've got three options on the table and each has a catch",
    "approach two works if your volumes are steady",
    "i'll walk you through when each option wins",
    "leasing usually comes out ahead for fleets under fifty trucks",
    "you can build it yourself buy a module or hire an agency",
    "when you compare providers look at how they price overages",
    "you can either keep it in house or hand it to a partner",
    "the right model depends on how seasonal you are",
    "an agency works best when the work is lumpy",
    "you have three real choices here and each has a different cost curve",
    "some hospitals centralize scheduling while others keep it local",
    "if you care most about speed go with a vendor",
    "there are three common approaches in house outsourced or hybrid",
    "most firms sit somewhere on a maturity curve, spreadsheets then a tool then a team, and skipping a rung costs you",
  ],
  misses: [
    "there are three people joining from our side",
    "we bought new laptops this year",
    "you've got two minutes left on the parking",
    "option a on the menu was great",
    "the ways to reach me are in my signature",
    "we hired two engineers last month",
    "you can either call me or email",
    "the link works when you refresh",
    "we have two options for lunch",
    "when you talk to your customers do they mention delivery",
    "when you meet the buyers next week bring the samples",
    "our roadmap follows a growth path you can pick up at any stage",
  ],
  paraphrases: [
    "when you're vetting the insurers, compare how each one handles a denied claim",
    "some clinics outsource the coding while others keep a coder in house",
    "when you're interviewing brokers ask who carries the data after you leave",
  ],
}
