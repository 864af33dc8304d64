import { describe, expect, it } from "vitest"
import { budgetProblems, formatKb, KB, LIMITS, measureBudgets } from "../../../src/tools/budgets"
import { bytes, fakePackage } from "./fake-package"

const byId = (files: Map<string, Buffer>) => new Map(measureBudgets(files).map((entry) => [entry.id, entry]))

describe("measureBudgets", () => {
  it("measures the background, each content script, each page with what it loads, and the whole package", () => {
    const files = fakePackage(undefined, { background: 4000, content: 700, popup: 3000 })
    const budgets = byId(files)
    expect(budgets.get("background")).toMatchObject({ bytes: 4000, limit: LIMITS.background, files: ["static/background/index.js"] })
    expect(budgets.get("content:meet")).toMatchObject({ bytes: 700, limit: LIMITS.content })
    const popup = budgets.get("page:popup.html")
    expect(popup?.files).toEqual(["popup.aaaa.js", "popup.cccc.css", "popup.html"])
    expect(popup?.bytes).toBe(3000 + (files.get("popup.cccc.css")?.length ?? 0) + (files.get("popup.html")?.length ?? 0))
    expect(budgets.get("package")?.bytes).toBe([...files.values()].reduce((sum, data) => sum + data.length, 0))
    expect(budgetProblems(measureBudgets(files))).toEqual([])
  })

  it("counts a chunk a page loads by name in that page", () => {
    const files = fakePackage()
    files.set("popup.aaaa.js", Buffer.from('import("./shared.eeee.js")'))
    files.set("shared.eeee.js", bytes(5000))
    expect(byId(files).get("page:popup.html")?.files).toContain("shared.eeee.js")
    expect(byId(files).has("unbudgeted")).toBe(false)
  })

  it("flags every budget exceeded, by name and size", () => {
    const background = LIMITS.background + KB
    const files = fakePackage(undefined, { background, content: 31 * KB, sidepanel: 301 * KB })
    const problems = budgetProblems(measureBudgets(files))
    expect(problems).toHaveLength(3)
    expect(problems[0]).toMatch(
      new RegExp(
        `^Background service worker is ${formatKb(background)}, over its ${formatKb(LIMITS.background)} budget`,
      ),
    )
    expect(problems.some((problem) => problem.startsWith("Content script (meet) is 31.0 KB"))).toBe(true)
    expect(problems.some((problem) => problem.startsWith("Page sidepanel.html is"))).toBe(true)
  })

  it("gives an on-demand tabs/ page its own larger budget, and still flags it beyond that", () => {
    const files = fakePackage()
    files.set("tabs/review.html", Buffer.from('<script src="/tabs/review.dddd.js"></script>'))
    files.set("tabs/review.dddd.js", bytes(320 * KB))
    expect(byId(files).get("page:tabs/review.html")).toMatchObject({ limit: LIMITS.tabPage })
    expect(budgetProblems(measureBudgets(files))).toEqual([])
    files.set("tabs/review.dddd.js", bytes(351 * KB))
    expect(budgetProblems(measureBudgets(files))).toEqual([expect.stringMatching(/^Page tabs\/review\.html is 351\.\d KB/)])
  })

  it("flags the whole package over 2 MB even when every part fits", () => {
    const files = fakePackage()
    files.set("big-image.png", bytes(2000 * KB))
    expect(budgetProblems(measureBudgets(files))).toEqual([expect.stringMatching(/^Whole package, unpacked is 20\d\d\.\d KB/)])
  })

  it("flags a script that no budget covers (a new entry must get one)", () => {
    const files = fakePackage()
    files.set("stray.ffff.js", bytes(10))
    expect(budgetProblems(measureBudgets(files))).toEqual([
      "scripts outside every budget (not the background, a content script or a page): stray.ffff.js",
    ])
  })

  it("accepts no model file, counts a model file apart from the background, and holds it to 250 KB", () => {
    expect(byId(fakePackage()).has("model")).toBe(false)

    const files = fakePackage(undefined, { background: 400 * KB })
    files.set("one-up-model.9f8e7d.json", bytes(200 * KB))
    const budgets = byId(files)
    expect(budgets.get("model")).toMatchObject({ bytes: 200 * KB, limit: LIMITS.model, files: ["one-up-model.9f8e7d.json"] })
    expect(budgets.get("background")?.bytes).toBe(400 * KB)
    expect(budgetProblems(measureBudgets(files))).toEqual([])

    files.set("one-up-model.9f8e7d.json", bytes(251 * KB))
    expect(budgetProblems(measureBudgets(files))).toEqual([expect.stringMatching(/^Classifier model data is 251\.0 KB/)])
  })
})
