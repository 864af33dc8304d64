/**
 * Who is the seller. The file's own `self` wins; otherwise the speaker named by --me (trimmed,
 * case-insensitive); otherwise the speaker captioned "You" (Meet and the extension's own export
 * name the local user that way). Also gives every utterance a unique id.
 */
import type { TranscriptUtterance } from "../core/types"
import type { RawUtterance } from "./types"

export const DEFAULT_SELLER_NAME = "You"
const LISTED_SPEAKERS = 8

export interface SellerAssignment {
  utterances: TranscriptUtterance[]
  warnings: string[]
}

export function assignSeller(raw: readonly RawUtterance[], me?: string): SellerAssignment {
  const sellerKey = speakerKey(me === undefined || me.trim() === "" ? DEFAULT_SELLER_NAME : me)
  const usedIds = new Set<string>()
  const utterances = raw.map((utterance, index): TranscriptUtterance => {
    const id = utterance.id !== null && !usedIds.has(utterance.id) ? utterance.id : freshId(index, usedIds)
    usedIds.add(id)
    return {
      id,
      speaker: utterance.speaker,
      self: utterance.self ?? speakerKey(utterance.speaker) === sellerKey,
      text: utterance.text,
      start: utterance.start,
      end: utterance.end,
    }
  })
  return { utterances, warnings: sellerWarnings(raw, utterances, me) }
}

function sellerWarnings(
  raw: readonly RawUtterance[],
  utterances: TranscriptUtterance[],
  me?: string,
): string[] {
  const warnings: string[] = []
  const unmarked = raw.filter((utterance) => utterance.self === null)
  const speakers = listSpeakers(unmarked.length > 0 ? unmarked : raw)
  const wanted = me?.trim()
  if (wanted && unmarked.length === 0) {
    warnings.push(`--me "${wanted}" was not needed: the file marks the seller's lines itself`)
  } else if (wanted && !unmarked.some((utterance) => speakerKey(utterance.speaker) === speakerKey(wanted))) {
    warnings.push(`no speaker named "${wanted}" (speakers: ${speakers})`)
  }
  if (!utterances.some((utterance) => utterance.self)) {
    warnings.push(
      `no line is the seller's, so there is nothing to score: say who the seller is with --me NAME (speakers: ${speakers})`,
    )
  }
  return warnings
}

function speakerKey(name: string): string {
  return name.replace(/\s+/g, " ").trim().toLocaleLowerCase()
}

function listSpeakers(utterances: readonly RawUtterance[]): string {
  const names = [...new Set(utterances.map((utterance) => utterance.speaker))]
  const shown = names.slice(0, LISTED_SPEAKERS).map((name) => `"${name}"`)
  return names.length > LISTED_SPEAKERS
    ? `${shown.join(", ")} and ${names.length - LISTED_SPEAKERS} more`
    : shown.join(", ")
}

function freshId(index: number, used: ReadonlySet<string>): string {
  let id = `u${index + 1}`
  for (let suffix = 2; used.has(id); suffix++) id = `u${index + 1}-${suffix}`
  return id
}
