/**
 * The ten One-Up principles. The ids are a public contract (shared/docs/contracts.md §1): the
 * classifier, the Call JSON, the side panel, the summary and the tests all use exactly these.
 */
export const PRINCIPLE_IDS = [
  "expertise",
  "ask-what-they-know",
  "use-of-time",
  "make-sense",
  "discovery",
  "compel-change",
  "lead-journey",
  "teach-models",
  "holistic-results",
  "counsel",
] as const

export type PrincipleId = (typeof PRINCIPLE_IDS)[number]

export interface PrincipleInfo {
  id: PrincipleId
  /** A few words, short enough for a nudge header in the narrow side panel. */
  title: string
  /** One sentence in the product's own words: what being One-Up means here. */
  summary: string
}

export const PRINCIPLES: Record<PrincipleId, PrincipleInfo> = {
  expertise: {
    id: "expertise",
    title: "Bring your expertise",
    summary:
      "Share what you have seen across many clients so they learn something they could not know alone.",
  },
  "ask-what-they-know": {
    id: "ask-what-they-know",
    title: "Ask what only they know",
    summary:
      "Ask about their people, decisions and constraints inside their walls, not what their website says.",
  },
  "use-of-time": {
    id: "use-of-time",
    title: "Make the time worth it",
    summary: "Spend the call on what is valuable to the client and drop the rest.",
  },
  "make-sense": {
    id: "make-sense",
    title: "Make sense of the world",
    summary: "Name the trends and forces at play and what they mean for this client.",
  },
  discovery: {
    id: "discovery",
    title: "Help them discover",
    summary: "Ask questions that let the client see something new about their own situation.",
  },
  "compel-change": {
    id: "compel-change",
    title: "Compel change",
    summary: "Help the client decide to change before outside forces decide for them.",
  },
  "lead-journey": {
    id: "lead-journey",
    title: "Lead the journey",
    summary: "Recommend the path and next steps instead of handing the process to the client.",
  },
  "teach-models": {
    id: "teach-models",
    title: "Teach models, not logos",
    summary:
      "Differentiate by explaining the approaches and their trade-offs, not by telling your company story.",
  },
  "holistic-results": {
    id: "holistic-results",
    title: "Own the whole result",
    summary: "Help with every change the result needs, including the ones your product does not make.",
  },
  counsel: {
    id: "counsel",
    title: "Give counsel",
    summary: "Your advice and recommendations are the value; the product is only part of it.",
  },
}

export function isPrincipleId(value: unknown): value is PrincipleId {
  return typeof value === "string" && (PRINCIPLE_IDS as readonly string[]).includes(value)
}
