/**
 * Zoom's subtitle rows often show only an avatar (a photo, or an initials bubble). Names come from
 * the participants panel or the video tiles when they show the same avatar; otherwise each avatar
 * gets a stable anonymous label for the call ("Participant 1"), upgraded once to the real name if
 * the page later shows it.
 */
import { textOf } from "../dom"
import { ZOOM_ME_MARKERS, ZOOM_PARTICIPANT, ZOOM_PARTICIPANT_ENTRY, ZOOM_VIDEO_TILE } from "./selectors"

export interface ZoomPeople {
  /** Avatar key ("img:<src>") → display name. */
  names: Map<string, string>
  selfAvatar: string | null
  selfName: string | null
}

const meMarkers = new Set(ZOOM_ME_MARKERS)

/** "(Host, Me)", "(Ich)": one of the label's words is the user's own marker. */
function marksMe(label: string): boolean {
  return label
    .toLocaleLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => meMarkers.has(word))
}

/**
 * "Sam Rivera (Host, Me),computer audio muted,video on" → name and role label. The name is what
 * comes before the role in parentheses or the first comma.
 */
export function parseParticipantLabel(label: string): { name: string; roles: string } | null {
  const match = /^\s*([^(,]+?)\s*(?:\(([^()]*)\))?\s*(?:,|$)/.exec(label)
  const name = match?.[1]?.trim() ?? ""
  return name ? { name, roles: match?.[2] ?? "" } : null
}

/** Avatar photos are keyed by URL without the query string, which Zoom varies by size. */
export function avatarKeyOfImage(src: string): string {
  return `img:${src.split("?")[0] ?? src}`
}

export function readZoomPeople(doc: Document): ZoomPeople {
  const people: ZoomPeople = { names: new Map(), selfAvatar: null, selfName: null }
  for (const item of doc.querySelectorAll(ZOOM_PARTICIPANT.item)) {
    const name = textOf(item.querySelector(ZOOM_PARTICIPANT.name))
    if (!name) continue
    const src = item.querySelector(ZOOM_PARTICIPANT.avatar)?.getAttribute("src")
    if (src) people.names.set(avatarKeyOfImage(src), name)
    if (marksMe(textOf(item.querySelector(ZOOM_PARTICIPANT.label)))) {
      people.selfName = name
      if (src) people.selfAvatar = avatarKeyOfImage(src)
    }
  }
  for (const entry of doc.querySelectorAll(ZOOM_PARTICIPANT_ENTRY)) {
    const parsed = parseParticipantLabel(entry.getAttribute("aria-label") ?? "")
    if (!parsed) continue
    const src = entry.querySelector("img")?.getAttribute("src")
    if (src && !people.names.has(avatarKeyOfImage(src))) people.names.set(avatarKeyOfImage(src), parsed.name)
    if (marksMe(parsed.roles)) {
      people.selfName ??= parsed.name
      if (src) people.selfAvatar ??= avatarKeyOfImage(src)
    }
  }
  for (const tile of doc.querySelectorAll(ZOOM_VIDEO_TILE.item)) {
    const src = tile.querySelector(ZOOM_VIDEO_TILE.avatar)?.getAttribute("src")
    const name = textOf(tile.querySelector(ZOOM_VIDEO_TILE.name))
    if (src && name && !people.names.has(avatarKeyOfImage(src))) people.names.set(avatarKeyOfImage(src), name)
  }
  return people
}

/** How often (in rows read) an anonymous label looks again for a name. */
const RETRY_EVERY = 25

export class ZoomSpeakerLabels {
  private readonly labels = new Map<string, { label: string; anonymous: boolean }>()
  private anonymousCount = 0
  private reads = 0
  private people: ZoomPeople | null = null

  reset(): void {
    this.labels.clear()
    this.anonymousCount = 0
    this.people = null
  }

  /** Known people, read at most once per batch of rows and again when something is unknown. */
  peopleOf(doc: Document, refresh: boolean): ZoomPeople {
    if (!this.people || refresh) this.people = readZoomPeople(doc)
    return this.people
  }

  /**
   * @param avatarKey "img:<src>" or "initials:<text>"
   * @param shownName a name the row itself shows (older builds), if any
   */
  labelFor(
    avatarKey: string,
    shownName: string | null,
    doc: Document,
  ): { label: string; self: boolean | null } {
    this.reads++
    const known = this.labels.get(avatarKey)
    const needsLookup = !known || (known.anonymous && this.reads % RETRY_EVERY === 0)
    const people = this.peopleOf(doc, needsLookup)
    if (!known || (known.anonymous && needsLookup)) {
      const name = shownName ?? people.names.get(avatarKey) ?? null
      if (name) this.labels.set(avatarKey, { label: name, anonymous: false })
      else if (!known)
        this.labels.set(avatarKey, { label: `Participant ${++this.anonymousCount}`, anonymous: true })
    }
    const label = this.labels.get(avatarKey)?.label ?? shownName ?? "Participant"
    const self = people.selfAvatar === null ? null : people.selfAvatar === avatarKey ? true : null
    return { label, self }
  }
}
