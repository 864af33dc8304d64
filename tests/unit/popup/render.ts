/** Renders React into happy-dom for the popup's component tests (no testing library needed). */
import { act, type ReactElement } from "react"
import { createRoot, type Root } from "react-dom/client"

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

export interface Rendered {
  container: HTMLElement
  root: Root
  byTestId(id: string): HTMLElement[]
  one(id: string, within?: ParentNode): HTMLElement
  unmount(): void
}

export async function render(element: ReactElement): Promise<Rendered> {
  const container = document.createElement("div")
  document.body.append(container)
  const root = createRoot(container)
  await act(async () => root.render(element))
  await settle()
  const byTestId = (id: string, within: ParentNode = container) =>
    Array.from(within.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`))
  return {
    container,
    root,
    byTestId,
    one(id, within = container) {
      const found = byTestId(id, within)
      if (found.length !== 1) throw new Error(`expected one [data-testid="${id}"], found ${found.length}`)
      return found[0] as HTMLElement
    },
    unmount() {
      act(() => root.unmount())
      container.remove()
    },
  }
}

/** Lets pending promises (storage reads, clipboard) and the renders they cause finish. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)))
}

export async function click(element: Element): Promise<void> {
  await act(async () => {
    element.dispatchEvent(new MouseEvent("click", { bubbles: true }))
  })
  await settle()
}
