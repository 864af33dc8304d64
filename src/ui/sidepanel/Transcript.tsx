/**
 * The live transcript: speaker-labelled, sticks to the latest line unless the seller scrolled up
 * ("Jump to latest" brings it back), keyboard-navigable (one Tab stop; arrows, Home, End move
 * between lines), and virtualised past VIRTUALIZE_ABOVE lines (see virtual-window.ts).
 */
import { memo, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from "react"
import type { LiveUtterance } from "../../session/call-types"
import { TranscriptRow } from "./TranscriptRow"
import { useRowHeights } from "./use-row-heights"
import { computeWindow, ESTIMATED_ROW_PX } from "./virtual-window"

/** Within this many pixels of the bottom counts as "at the latest line". */
const STICK_SLACK_PX = 24
/**
 * Only a scroll the seller made (wheel, touch, scrollbar, keys) within this long unsticks the
 * transcript; the layout moving on its own (a line growing under the mouse) never does.
 */
const USER_SCROLL_MS = 1000

export interface TranscriptProps {
  utterances: readonly LiveUtterance[]
  /** Shown when there is no line yet. */
  emptyText: string
  /** "This is me" on a line of another speaker: that speaker is the seller. */
  onThisIsMe?: (speaker: string) => void
}

function TranscriptView({ utterances, emptyText, onThisIsMe }: TranscriptProps) {
  const scroller = useRef<HTMLDivElement>(null)
  const frame = useRef<number | null>(null)
  const pendingFocus = useRef<number | null>(null)
  const userScrollAt = useRef(-Infinity)
  const [stick, setStick] = useState(true)
  const [scrollTop, setScrollTop] = useState(0)
  const [viewportHeight, setViewportHeight] = useState(0)
  const [activeId, setActiveId] = useState<string | null>(null)
  const { heights, measureRef } = useRowHeights()
  const count = utterances.length

  const win = useMemo(
    () =>
      computeWindow({
        count,
        heightOf: (index) => heights.get(utterances[index]?.id ?? "") ?? ESTIMATED_ROW_PX,
        scrollTop: stick ? "bottom" : scrollTop,
        viewportHeight,
      }),
    [count, heights, utterances, stick, scrollTop, viewportHeight],
  )

  // Follow the latest line while stuck to the bottom (new lines, growing live lines, resizes).
  useLayoutEffect(() => {
    const element = scroller.current
    if (element && stick) element.scrollTop = element.scrollHeight
  }, [stick, win, utterances, viewportHeight])

  // Focus a row the keyboard asked for once the window has rendered it.
  useLayoutEffect(() => {
    const index = pendingFocus.current
    if (index === null) return
    const row = scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)
    if (row) {
      pendingFocus.current = null
      row.focus()
    }
  })

  useLayoutEffect(() => {
    const element = scroller.current
    if (!element || typeof ResizeObserver === "undefined") return
    const observer = new ResizeObserver(() => setViewportHeight(element.clientHeight))
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  const markUserScroll = () => {
    userScrollAt.current = performance.now()
  }

  const onScroll = () => {
    if (frame.current !== null) return
    frame.current = requestAnimationFrame(() => {
      frame.current = null
      const element = scroller.current
      if (!element) return
      const atBottom = element.scrollHeight - element.scrollTop - element.clientHeight <= STICK_SLACK_PX
      if (atBottom) setStick(true)
      else if (performance.now() - userScrollAt.current < USER_SCROLL_MS) setStick(false)
      else if (stick) element.scrollTop = element.scrollHeight
      setScrollTop(element.scrollTop)
    })
  }

  const focusRow = (index: number) => {
    const row = scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)
    if (row) row.focus()
    else pendingFocus.current = index
  }

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>("[data-index]")
    if (!row || count === 0) return
    const index = Number(row.dataset.index)
    let target: number
    switch (event.key) {
      case "ArrowDown":
        target = Math.min(count - 1, index + 1)
        break
      case "ArrowUp":
        target = Math.max(0, index - 1)
        break
      case "Home":
        target = 0
        setStick(false)
        setScrollTop(0)
        if (scroller.current) scroller.current.scrollTop = 0
        break
      case "End":
        target = count - 1
        setStick(true)
        break
      default:
        return
    }
    event.preventDefault()
    focusRow(target)
  }

  const jumpToLatest = () => {
    setStick(true)
    pendingFocus.current = count - 1
  }

  // Roving tabindex: Tab lands on the last focused line, else on the latest rendered one.
  let tabbable = win.end - 1
  for (let index = win.start; index < win.end; index += 1) {
    if (utterances[index]?.id === activeId) tabbable = index
  }

  const rows = []
  for (let index = win.start; index < win.end; index += 1) {
    const utterance = utterances[index]
    if (!utterance) continue
    rows.push(
      <TranscriptRow
        key={utterance.id}
        utterance={utterance}
        index={index}
        newSpeaker={index === 0 || utterances[index - 1]?.speaker !== utterance.speaker}
        tabbable={index === tabbable}
        measureRef={measureRef}
        onThisIsMe={onThisIsMe}
      />,
    )
  }

  return (
    <section className="transcript" aria-label="Live transcript">
      <div
        className="transcript-scroll"
        ref={scroller}
        onScroll={onScroll}
        onWheel={markUserScroll}
        onTouchMove={markUserScroll}
        onPointerDown={markUserScroll}
        onKeyDown={markUserScroll}
        data-virtual={String(win.virtual)}
      >
        {count === 0 ? (
          <p className="transcript-empty">{emptyText}</p>
        ) : (
          <ol
            className="transcript-list"
            aria-label={`Transcript, ${count} lines`}
            style={win.virtual ? { paddingTop: win.padTop, paddingBottom: win.padBottom } : undefined}
            onKeyDown={onKeyDown}
            onFocus={(event) => {
              const id = (event.target as HTMLElement).closest<HTMLElement>("[data-index]")?.dataset.id
              if (id) setActiveId(id)
            }}
          >
            {rows}
          </ol>
        )}
      </div>
      {!stick && count > 0 && (
        <button type="button" className="jump-latest" onClick={jumpToLatest}>
          ↓ Jump to latest
        </button>
      )}
    </section>
  )
}

/** Memoised: the clock and meter updates never re-render the transcript, only new captions do. */
export const Transcript = memo(TranscriptView)
