/** Finds a rule's evidence span inside the utterance, to highlight it; case-insensitive. */
export interface EvidenceParts {
  before: string
  match: string
  after: string
}

export function splitEvidence(text: string, evidence: string): EvidenceParts {
  const at = evidence.trim() === "" ? -1 : text.toLowerCase().indexOf(evidence.toLowerCase())
  if (at < 0) return { before: text, match: "", after: "" }
  return {
    before: text.slice(0, at),
    match: text.slice(at, at + evidence.length),
    after: text.slice(at + evidence.length),
  }
}
