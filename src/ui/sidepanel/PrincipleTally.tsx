/** Up vs down moments per One-Up principle, in a compact grid that can be folded away. */
import { useState } from "react"
import { PRINCIPLE_IDS, PRINCIPLES, type PrincipleId } from "../../core/principles"
import type { PrincipleTally as Tally } from "../../core/types"

const NONE: Tally = { up: 0, down: 0 }

/** Names short enough for a two-column grid at 320 px; the full title is the cell's tooltip. */
export const SHORT_NAMES: Record<PrincipleId, string> = {
  expertise: "Expertise",
  "ask-what-they-know": "Ask what they know",
  "use-of-time": "Use of time",
  "make-sense": "Make sense",
  discovery: "Discovery",
  "compel-change": "Compel change",
  "lead-journey": "Lead the journey",
  "teach-models": "Teach models",
  "holistic-results": "Whole result",
  counsel: "Counsel",
}

export function PrincipleTally({ principles }: { principles: Partial<Record<PrincipleId, Tally>> | null }) {
  const [open, setOpen] = useState(true)
  const rows = PRINCIPLE_IDS.map((id) => ({ id, name: SHORT_NAMES[id], ...(principles?.[id] ?? NONE) }))
  const up = rows.reduce((sum, row) => sum + row.up, 0)
  const down = rows.reduce((sum, row) => sum + row.down, 0)
  return (
    <details
      className="tally"
      data-testid="principle-tally"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        Principles <span className="up">▲ {up}</span> <span className="down">▼ {down}</span>
      </summary>
      <ul className="tally-grid">
        {rows.map((row) => (
          <li
            key={row.id}
            className="tally-cell"
            data-principle={row.id}
            data-up={row.up}
            data-down={row.down}
            title={`${PRINCIPLES[row.id].title}: ${PRINCIPLES[row.id].summary}`}
          >
            <span className="tally-name">{row.name}</span>
            <span className={row.up > 0 ? "up" : "zero"}>
              <span aria-hidden="true">▲</span>
              <span className="visually-hidden"> One-Up </span>
              {row.up}
            </span>
            <span className={row.down > 0 ? "down" : "zero"}>
              <span aria-hidden="true">▼</span>
              <span className="visually-hidden"> One-Down </span>
              {row.down}
            </span>
          </li>
        ))}
      </ul>
    </details>
  )
}
