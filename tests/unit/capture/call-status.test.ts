import { describe, expect, it } from "vitest"
import { decideStatus, type StatusInput } from "../../../src/capture/call-status"

const base: StatusInput = {
  nowMs: 10_000,
  notFoundAfterMs: 5000,
  rootEra: null,
  unreadSinceMs: null,
  captionsOnSinceMs: null,
}

describe("decideStatus", () => {
  it("says capturing with the era when the caption structure is known", () => {
    expect(decideStatus({ ...base, rootEra: "meet-structure" })).toEqual({
      state: "capturing",
      detail: "meet-structure",
    })
  })

  it("says captions-off when the page does not show captions", () => {
    expect(decideStatus(base)).toMatchObject({ state: "captions-off" })
  })

  it("waits a few seconds after captions come on before saying not-found", () => {
    expect(decideStatus({ ...base, captionsOnSinceMs: 6000 })).toBeNull()
    expect(decideStatus({ ...base, captionsOnSinceMs: 5000 })).toMatchObject({ state: "not-found" })
  })

  it("says not-found when a known region shows text no known block structure reads", () => {
    const input = { ...base, rootEra: "meet-structure", unreadSinceMs: 5000 }
    expect(decideStatus(input)).toMatchObject({ state: "not-found" })
    expect(decideStatus({ ...input, unreadSinceMs: 5001 })).toMatchObject({ state: "capturing" })
  })
})
