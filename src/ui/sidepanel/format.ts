/** Figures as the side panel shows them. */

/** 0.684 → "68 %". */
export function percent(ratio: number): string {
  return `${Math.round(ratio * 100)} %`
}

/** Seconds as "m:ss" (or "h:mm:ss"): call time of a transcript line, the monologue timer. */
export function clockTime(seconds: number): string {
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0
  const s = String(total % 60).padStart(2, "0")
  const m = Math.floor(total / 60) % 60
  const h = Math.floor(total / 3600)
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`
}
