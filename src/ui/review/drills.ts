/**
 * Practice situations for the rehearsal box: for each principle, a few short moments a client
 * creates on a real call, where the easy answer is One-Down. Written for the product; the seller
 * answers in their own words and the coach judges the answer like any live line.
 */
import type { PrincipleId } from "../../core/principles"

export interface Drill {
  /** Stable: the seller's progress is stored under it. */
  id: string
  principle: PrincipleId
  /** What the client says. */
  client: string
  /** What a One-Up answer does, shown after the answer is checked. */
  aim: string
}

export const DRILLS: readonly Drill[] = [
  {
    id: "expertise-how-do-others",
    principle: "expertise",
    client: "Honestly, we have no idea whether our churn is normal for a company our size.",
    aim: "Share what you have seen across comparable clients, with a figure or a pattern.",
  },
  {
    id: "expertise-know-about-us",
    principle: "expertise",
    client: "I only had a quick look at your website before the call.",
    aim: "Skip the quiz about your company; offer what you see at companies like theirs.",
  },
  {
    id: "expertise-integration-question",
    principle: "expertise",
    client: "Will this work with the way our warehouse scans returns today?",
    aim: "Answer from experience of similar set-ups instead of deferring to a colleague.",
  },
  {
    id: "ask-company-overview",
    principle: "ask-what-they-know",
    client: "Before we start, what do you want to know about us?",
    aim: "Ask what only they know: who is affected, what was tried, how decisions get made.",
  },
  {
    id: "ask-new-vp",
    principle: "ask-what-they-know",
    client: "We have a new VP of operations since March.",
    aim: "Ask how that changes priorities and who else now has a say.",
  },
  {
    id: "ask-tried-before",
    principle: "ask-what-they-know",
    client: "We looked at tools like yours two years ago.",
    aim: "Ask what happened then and what got in the way, rather than guessing.",
  },
  {
    id: "time-walk-through-deck",
    principle: "use-of-time",
    client: "I have twenty minutes. Do you have slides you want to go through?",
    aim: "Drop the deck and propose what to decide by the end of the twenty minutes.",
  },
  {
    id: "time-running-late",
    principle: "use-of-time",
    client: "Sorry, my last meeting ran over, I am a bit rushed.",
    aim: "Set a short agenda around what matters most to them, without apologising for the call.",
  },
  {
    id: "time-company-overview",
    principle: "use-of-time",
    client: "Can you start with an overview of your company?",
    aim: "Give one line about you, then turn the time to their issue.",
  },
  {
    id: "sense-market-crazy",
    principle: "make-sense",
    client: "The market is just crazy right now, everyone is cutting budgets.",
    aim: "Name the forces behind it and what they mean for this client in particular.",
  },
  {
    id: "sense-ai-hype",
    principle: "make-sense",
    client: "Everyone keeps telling us we need AI for this.",
    aim: "Explain plainly what is changing and where it matters for them, without buzzwords.",
  },
  {
    id: "sense-regulation",
    principle: "make-sense",
    client: "There is new regulation coming next year and nobody knows what it means for us.",
    aim: "Connect the change to its likely effect on their business.",
  },
  {
    id: "discovery-pain-points",
    principle: "discovery",
    client: "So, what do you want to ask me?",
    aim: "Ask a question that makes them look at their own numbers or assumptions anew.",
  },
  {
    id: "discovery-budget",
    principle: "discovery",
    client: "We might have some budget for this later in the year.",
    aim: "Skip the qualification checklist; ask what would have to be true for it to pay off.",
  },
  {
    id: "discovery-lost-deals",
    principle: "discovery",
    client: "Our win rate dropped this year, but we are not sure why.",
    aim: "Ask them to count or compare a pattern in their own results.",
  },
  {
    id: "change-not-urgent",
    principle: "compel-change",
    client: "This is not really urgent for us, maybe next year.",
    aim: "Put a cost on waiting instead of offering to come back when they are ready.",
  },
  {
    id: "change-workaround",
    principle: "compel-change",
    client: "We have a spreadsheet workaround that kind of works.",
    aim: "Ask or estimate what the workaround costs them each quarter.",
  },
  {
    id: "change-call-me",
    principle: "compel-change",
    client: "We will call you if things get worse.",
    aim: "Project where things go if nothing changes, and who sets the timeline then.",
  },
  {
    id: "journey-send-proposal",
    principle: "lead-journey",
    client: "Just send me a proposal and I will take a look.",
    aim: "Recommend the next step and who should be in it before any proposal.",
  },
  {
    id: "journey-what-next",
    principle: "lead-journey",
    client: "So how do we move forward from here?",
    aim: "Lay out the path that works for buyers like them, in order.",
  },
  {
    id: "journey-timeline",
    principle: "lead-journey",
    client: "We have not decided when we want to buy.",
    aim: "Shape the timeline with them instead of asking when they plan to purchase.",
  },
  {
    id: "models-competitor",
    principle: "teach-models",
    client: "How are you different from the vendor we met last week?",
    aim: "Explain the approaches and trade-offs instead of running the competitor down.",
  },
  {
    id: "models-why-you",
    principle: "teach-models",
    client: "Why should we pick you?",
    aim: "Lay out the ways to solve the problem and when each one fits, not your logos.",
  },
  {
    id: "models-build-or-buy",
    principle: "teach-models",
    client: "Our IT team says they could just build this themselves.",
    aim: "Compare building, buying and outsourcing, and when each one wins.",
  },
  {
    id: "results-does-it-fix",
    principle: "holistic-results",
    client: "So your tool would fix our onboarding problem?",
    aim: "Say what else has to change (process, people, incentives) for the result.",
  },
  {
    id: "results-out-of-scope",
    principle: "holistic-results",
    client: "The handover between sales and support is messy too, but that is not your area.",
    aim: "Take on the whole result, including the parts your product does not touch.",
  },
  {
    id: "results-adoption",
    principle: "holistic-results",
    client: "Our last tool failed because nobody used it.",
    aim: "Address how the team will change its habits, not only the software.",
  },
  {
    id: "counsel-what-would-you-do",
    principle: "counsel",
    client: "Which option would you pick in our place?",
    aim: "Give a clear recommendation and the reason behind it.",
  },
  {
    id: "counsel-show-demo",
    principle: "counsel",
    client: "Can you show me a demo?",
    aim: "Advise on what matters for their decision before showing features.",
  },
  {
    id: "counsel-whatever-you-want",
    principle: "counsel",
    client: "We are not sure which package we need.",
    aim: "Recommend one, with why, instead of offering whatever they want.",
  },
]

export function drillsOf(principle: PrincipleId): Drill[] {
  return DRILLS.filter((drill) => drill.principle === principle)
}
