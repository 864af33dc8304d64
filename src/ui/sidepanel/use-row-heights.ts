/**
 * Measured row heights for the virtual window, keyed by utterance id. One ResizeObserver watches
 * every rendered row (a live caption grows as it is spoken); rows register through a ref callback.
 */
import { useCallback, useEffect, useState } from "react"

export interface RowHeights {
  heights: ReadonlyMap<string, number>
  measureRef(element: HTMLElement | null): (() => void) | undefined
}

export function useRowHeights(): RowHeights {
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map())
  const [observer] = useState(() =>
    typeof ResizeObserver === "undefined"
      ? null
      : new ResizeObserver((entries) => {
          setHeights((before) => {
            let next: Map<string, number> | null = null
            for (const entry of entries) {
              const element = entry.target as HTMLElement
              const id = element.dataset.id
              const height = element.offsetHeight
              if (!id || height <= 0 || before.get(id) === height) continue
              next ??= new Map(before)
              next.set(id, height)
            }
            return next ?? before
          })
        }),
  )
  useEffect(() => () => observer?.disconnect(), [observer])
  const measureRef = useCallback(
    (element: HTMLElement | null) => {
      if (!element || !observer) return undefined
      observer.observe(element)
      return () => observer.unobserve(element)
    },
    [observer],
  )
  return { heights, measureRef }
}
