/**
 * Who is the seller? Meet labels the user's own captions "You" (translated with the UI language);
 * Zoom and Teams show names, so we compare with the name the page shows for the user and with the
 * names the user typed on the options page ("my name in meetings").
 */

/**
 * Meet's label for the user's own captions, by UI language. Best effort: Google can change a
 * translation, so the options-page name stays the fallback. Compared case-insensitively.
 */
export const YOU_LABELS: readonly string[] = [
  "You", // en
  "Du", // de, sv, nb, da
  "Sie", // de (formal)
  "Vous", // fr
  "Toi", // fr (informal)
  "Tú", // es
  "Usted", // es (formal)
  "Você", // pt-BR
  "Tu", // it, pt-PT, ro
  "Jij", // nl
  "U", // nl (formal)
  "Ty", // pl, cs
  "Vy", // cs (formal)
  "Sinä", // fi
  "Te", // hu
  "Siz", // tr
  "Sen", // tr (informal)
  "Вы", // ru
  "Ты", // ru (informal)
  "Ви", // uk
  "Εσείς", // el
  "אתה", // he
  "أنت", // ar
  "आप", // hi
  "Anda", // id, ms
  "Bạn", // vi
  "คุณ", // th
  "あなた", // ja
  "你", // zh-CN
  "您", // zh
  "나", // ko
]

const youKeys = new Set(YOU_LABELS.map((label) => label.toLocaleLowerCase()))

/** Meet's own-caption label in any UI language: "You", "Du", "Vous"… */
export function isYouLabel(label: string): boolean {
  return youKeys.has(label.trim().toLocaleLowerCase()) || hasYouMarker(label)
}

/** "Sam Rivera (You)", "Sam Rivera (Du)": how rosters mark the user's own entry. */
export function hasYouMarker(label: string): boolean {
  const marker = /\(([^()]+)\)\s*$/.exec(label.trim())?.[1]
  return marker !== undefined && youKeys.has(marker.trim().toLocaleLowerCase())
}

/** Drops a trailing "(You)" / "(Guest)" marker: "Sam Rivera (You)" → "Sam Rivera". */
export function stripNameMarker(label: string): string {
  return label.replace(/\s*\([^()]*\)\s*$/, "").trim()
}

/** Case-, accent- and order-insensitive name comparison key ("Rivera, Sam" = "Sam Rivera"). */
export function nameKey(name: string): string {
  const plain = stripNameMarker(name).toLocaleLowerCase().normalize("NFKD").replace(/\p{M}/gu, "")
  const swapped = /^([^,]+),\s*([^,]+)$/.exec(plain)
  const ordered = swapped ? `${swapped[2]} ${swapped[1]}` : plain
  return ordered.replace(/[^\p{L}\p{N}]+/gu, " ").trim()
}

export type IsSelf = (speaker: string, pageSelf: boolean | null) => boolean

/**
 * @param myNames names from the options page
 * @param pageSelfName the user's own name as the meeting page shows it, read lazily
 */
export function createSelfMatcher(myNames: readonly string[], pageSelfName: () => string | null): IsSelf {
  const known = new Set(myNames.map(nameKey).filter((key) => key !== ""))
  return (speaker, pageSelf) => {
    if (pageSelf !== null) return pageSelf
    // Only English "You" here: short translations ("Du", "Sen") are also real names elsewhere.
    if (/^you$/i.test(speaker.trim()) || hasYouMarker(speaker)) return true
    const key = nameKey(speaker)
    if (key === "") return false
    if (known.has(key)) return true
    const fromPage = pageSelfName()
    return fromPage !== null && nameKey(fromPage) === key
  }
}
