/**
 * Who the seller is in a call. The page says it where it can (Meet's "You", Zoom's "(Me)", the
 * options page's names); the user can always say it instead with "this is me" on any speaker,
 * which holds for the rest of the call and is remembered per platform for the next calls. Pure.
 */
import type { Platform } from "../core/types"

export interface SellerChoice {
  /** The speaker label as captioned. */
  speaker: string
  /** "user": chosen in the side panel for this call; "remembered": a past choice on this platform. */
  source: "user" | "remembered"
}

/** A remembered seller per platform ("You" on Meet, a display name on Zoom and Teams). */
export type RememberedSellers = Partial<Record<Platform, string>>

/** Caption labels compare equal when they differ only in case and spacing. */
export function sameSpeaker(a: string, b: string): boolean {
  const key = (name: string) => name.replace(/\s+/g, " ").trim().toLocaleLowerCase()
  return key(a) === key(b)
}

/**
 * Labels that stand for nobody in particular: Zoom's anonymous "Participant 3", Teams' "Unknown"
 * and "Guest". They may be chosen for this call but are not remembered for the next one, where
 * the same label is someone else.
 */
export function isPlaceholderSpeaker(name: string): boolean {
  return /^(participant \d+|unknown|guest|speaker \(.*\))$/i.test(name.replace(/\s+/g, " ").trim())
}

/** Whether an utterance by `speaker` is the seller's, given the call's choice (if any). */
export function isSellerLine(
  choice: SellerChoice | null | undefined,
  speaker: string,
  captured: boolean,
): boolean {
  return choice ? sameSpeaker(choice.speaker, speaker) : captured
}
