/**
 * Cue text markup shared by WebVTT and SRT: voice tags carry the speaker, everything else
 * (<c>, <i>, <b>, <font>, karaoke timestamps, {\an8} positioning) is presentation and is dropped.
 */

/** `<v Alice Smith>`, `<v.loud Alice>`; group 1 is the speaker (may be missing: `<v>`). */
export const VOICE_TAG = /<v(?:\.[^\s>]*)*(?:[ \t]+([^>]*))?>/g

const TAG = /<\/?[A-Za-z][^>]*>|<\d[\d:.]*>/g
const SSA_OVERRIDE = /\{\\[^}]*\}/g
// A Map, not an object literal: "&constructor;" in a cue must stay text, not find Object's properties.
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
  ["nbsp", " "],
  ["lrm", ""],
  ["rlm", ""],
])

/** Plain text of a cue fragment: tags removed first, then entities decoded (so "&lt;b&gt;" stays text). */
export function stripCueMarkup(text: string): string {
  return text
    .replace(TAG, "")
    .replace(SSA_OVERRIDE, "")
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (whole, name: string) => decodeEntity(whole, name))
}

function decodeEntity(whole: string, name: string): string {
  if (name.startsWith("#")) {
    const code =
      name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
    // Control characters and out-of-range code points would only corrupt the transcript.
    return code >= 0x20 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      ? String.fromCodePoint(code)
      : ""
  }
  return NAMED_ENTITIES.get(name.toLowerCase()) ?? whole
}
