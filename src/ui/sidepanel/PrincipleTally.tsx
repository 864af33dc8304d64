/** Up vs down moments per One-Up principle, in a compact grid that can be folded away. */
import { useState } from "react"
import { PRINCIPLE_IDS, PRINCIPLES, type PrincipleId } from "../../core/principles"
import type { PrincipleTally as Tally } from "../../core/types"

const NONE: Tally = { up: 0, down: 0 }

export function PrincipleTally({ principles }: { principles: Partial<Record<PrincipleId, Tally>> | null }) {
  const [open, setOpen] = useState(true)
  const rows = PRINCIPLE_IDS.map((id) => ({ id, title: PRINCIPLES[id].title, ...(principles?.[id] ?? NONE) }))
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
            title={PRINCIPLES[row.id].summary}
          >
            <span className="tally-name">{row.title}</span>
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
