/** Up and down moments per principle, so the seller sees which principles they never used. */
import type { PrincipleId } from "../../core/principles"
import { PRINCIPLES } from "../../core/principles"

export interface PrincipleRow {
  id: PrincipleId
  title: string
  up: number
  down: number
}

export function PrincipleBreakdown({ rows }: { rows: readonly PrincipleRow[] }) {
  const unused = rows.filter((row) => row.up === 0)
  const most = Math.max(1, ...rows.map((row) => Math.max(row.up, row.down)))
  return (
    <div className="principles">
      <p className="principles-headline">
        You used {rows.length - unused.length} of {rows.length} principles One-Up
        {unused.length > 0 && unused.length < rows.length ? "; never used ones are marked." : "."}
      </p>
      <ul className="principle-list">
        {rows.map((row) => (
          <li
            key={row.id}
            className={`principle-row${row.up === 0 ? " unused" : ""}`}
            data-testid="principle-row"
            data-principle={row.id}
            data-up={row.up}
            data-down={row.down}
            title={PRINCIPLES[row.id].summary}
          >
            <span className="principle-name">
              {row.title}
              {row.up === 0 && <span className="tag">never used</span>}
            </span>
            <span className="principle-bars" aria-hidden="true">
              <span className="bar down" style={{ width: `${(row.down / most) * 50}%` }} />
              <span className="bar up" style={{ width: `${(row.up / most) * 50}%` }} />
            </span>
            <span className="principle-counts">
              <span className={row.up > 0 ? "up" : "zero"}>
                <span aria-hidden="true">▲</span>
                <span className="visually-hidden">One-Up </span>
                {row.up}
              </span>
              <span className={row.down > 0 ? "down" : "zero"}>
                <span aria-hidden="true">▼</span>
                <span className="visually-hidden">One-Down </span>
                {row.down}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}
