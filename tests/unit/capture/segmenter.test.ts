import { describe, expect, it } from "vitest"
import { record, typing } from "./segmenter-harness"

describe("segmenter: in-place revisions", () => {
  it("updates one utterance while the live block is rewritten word by word, shrinks and changes case", () => {
    const rec = record()
    let t = typing(rec, "b1", "Dana Lee", "honestly its been hectic we are planning for next quarter", 0)
    rec.at(t, [["b1", "Dana Lee", "Honestly it's been hectic. We're planning for next quarter"]])
    rec.at(t + 100, [["b1", "Dana Lee", "Honestly it's been hectic. We're planning for next quarter."]])
    t += 100

    const ids = new Set(rec.log.map((update) => update.id))
    expect(ids.size).toBe(1)
    expect(rec.log.map((update) => update.revision)).toEqual(rec.log.map((_, index) => index + 1))
    expect(rec.log.every((update) => !update.final)).toBe(true)

    rec.tick(t + 2999)
    expect(rec.latest()[0]?.final).toBe(false)
    const [final] = rec.tick(t + 3000)
    expect(final).toMatchObject({
      final: true,
      text: "Honestly it's been hectic. We're planning for next quarter.",
      speaker: "Dana Lee",
      self: false,
      start: 0,
      end: 1.1,
    })
  })

  it("ignores snapshots whose text did not change and blocks that have no text yet", () => {
    const rec = record()
    rec.at(0, [["b1", "You", ""]])
    expect(rec.log).toEqual([])
    rec.at(100, [["b1", "You", "Hi there"]])
    expect(rec.at(200, [["b1", "You", "Hi  there"]])).toEqual([])
    expect(rec.latest()).toMatchObject([{ speaker: "You", self: true, text: "Hi there", start: 0.1 }])
  })
})

describe("segmenter: finalisation", () => {
  it("finalises the older block a settle time after a newer block replaced it", () => {
    const rec = record({ settleMs: 1000 })
    rec.at(0, [["b1", "You", "How is the quarter shaping up?"]])
    rec.at(500, [
      ["b1", "You", "How is the quarter shaping up?"],
      ["b2", "Dana Lee", "Busy"],
    ])
    rec.tick(1499)
    expect(rec.latest()[0]?.final).toBe(false)
    rec.tick(1500)
    expect(rec.latest().map((update) => update.final)).toEqual([true, false])
  })

  it("lets Meet edit an older block after a newer one started: the older utterance is updated", () => {
    const rec = record({ settleMs: 1000 })
    rec.at(0, [["b1", "Dana Lee", "before we go further tell me about your company"]])
    const dana = (text: string) => ["b1", "Dana Lee", text] as const
    rec.at(400, [dana("before we go further tell me about your company"), ["b2", "You", "Sure"]])
    rec.at(600, [dana("Before we go further, tell me about your company."), ["b2", "You", "Sure. We were"]])
    // A late correction after finalisation is a new revision of the same, still final, utterance.
    rec.tick(2000)
    rec.at(2100, [dana("Before we go further, tell me about your company?"), ["b2", "You", "Sure. We were"]])
    rec.end(2200)
    expect(rec.lines()).toEqual([
      "Dana Lee: Before we go further, tell me about your company?",
      "You: Sure. We were",
    ])
    const danaUpdates = rec.log.filter((update) => update.speaker === "Dana Lee")
    expect(danaUpdates.map((update) => [update.revision, update.final])).toEqual([
      [1, false],
      [2, false],
      [3, true],
      [4, true],
    ])
  })

  it("keeps consecutive blocks of the same speaker as separate utterances", () => {
    const rec = record()
    rec.at(0, [["b1", "You", "We were founded in 2009."]])
    rec.at(300, [
      ["b1", "You", "We were founded in 2009."],
      ["b2", "You", "Over four hundred teams use us."],
    ])
    rec.end(400)
    expect(rec.lines()).toEqual(["You: We were founded in 2009.", "You: Over four hundred teams use us."])
  })

  it("starts a new utterance when a block keeps growing after an idle finalisation", () => {
    const rec = record({ idleMs: 3000 })
    rec.at(0, [["b1", "Priya Shah", "How long does a rollout take?"]])
    rec.tick(3000)
    rec.at(5000, [["b1", "Priya Shah", "How long does a rollout take? And who runs it?"]])
    rec.end(5100)
    expect(rec.lines()).toEqual(["Priya Shah: How long does a rollout take?", "Priya Shah: And who runs it?"])
    expect(rec.latest()[1]?.start).toBe(5)
  })

  it("finalises everything live when the call ends", () => {
    const rec = record()
    rec.at(0, [
      ["b1", "Dana Lee", "Let's set up a call"],
      ["b2", "You", "Great, I'll send"],
    ])
    const finals = rec.end(100)
    expect(finals.map((update) => [update.speaker, update.final])).toEqual([
      ["Dana Lee", true],
      ["You", true],
    ])
    expect(rec.segmenter.liveCount).toBe(0)
  })
})

describe("segmenter: flicker and re-rendered blocks", () => {
  it("treats a block that vanishes and comes back within the flicker time as the same utterance", () => {
    const rec = record({ flickerMs: 1000 })
    rec.at(0, [["b1", "Priya Shah", "How long does a"]])
    rec.at(100, [])
    rec.tick(250)
    rec.at(250, [["b1", "Priya Shah", "How long does a typical rollout take?"]])
    rec.end(300)
    expect(rec.lines()).toEqual(["Priya Shah: How long does a typical rollout take?"])
  })

  it("adopts a re-rendered element (new key) for the block that just vanished", () => {
    const rec = record({ flickerMs: 1000 })
    rec.at(0, [
      ["b1", "Dana Lee", "Orders sit for a day"],
      ["b2", "You", "What happens"],
    ])
    rec.at(100, [["b1", "Dana Lee", "Orders sit for a day"]])
    rec.at(200, [
      ["b1", "Dana Lee", "Orders sit for a day"],
      ["b2-clone", "You", "What happens next?"],
    ])
    rec.end(300)
    expect(rec.lines()).toEqual(["Dana Lee: Orders sit for a day", "You: What happens next?"])
  })

  it("finalises a block gone for longer than a flicker", () => {
    const rec = record({ flickerMs: 1000 })
    rec.at(0, [["b1", "Dana Lee", "We'd need sign-off from finance"]])
    rec.at(100, [])
    rec.tick(1099)
    expect(rec.latest()[0]?.final).toBe(false)
    rec.tick(1100)
    expect(rec.latest()[0]?.final).toBe(true)
  })

  it("does not duplicate history a virtualised list re-mounts above newer items", () => {
    const rec = record({ flickerMs: 500 })
    const first = ["t1", "Dana Lee", "Orders sit for a day, sometimes two."] as const
    const second = ["t2", "You", "What happens when a handoff gets missed?"] as const
    rec.at(0, [first, second])
    rec.at(100, [second])
    rec.tick(5000)
    rec.at(5100, [["t1-remounted", "Dana Lee", "Orders sit for a day, sometimes two."], second])
    rec.end(5200)
    expect(rec.lines()).toEqual([
      "Dana Lee: Orders sit for a day, sometimes two.",
      "You: What happens when a handoff gets missed?",
    ])
  })

  it("does not duplicate blocks a recreated region shows again long after they vanished", () => {
    const rec = record({ flickerMs: 500 })
    const dana = "Orders sit for a day, sometimes two."
    const you = "What happens when a handoff gets missed?"
    rec.at(0, [
      ["a", "Dana Lee", dana],
      ["b", "You", you],
    ])
    rec.at(100, [])
    rec.tick(3000)
    rec.at(3100, [
      ["a2", "Dana Lee", dana],
      ["b2", "You", you],
      ["c2", "Priya Shah", "How long does a rollout take?"],
    ])
    rec.end(3200)
    expect(rec.lines()).toEqual([
      `Dana Lee: ${dana}`,
      `You: ${you}`,
      "Priya Shah: How long does a rollout take?",
    ])
  })

  it("reads history already on screen when capture starts mid-call, oldest first", () => {
    const rec = record({ settleMs: 1000 })
    rec.at(0, [
      ["a", "Dana Lee", "Pretty hectic."],
      ["b", "You", "What happens when a handoff"],
    ])
    rec.tick(1000)
    expect(rec.latest().map((update) => [update.speaker, update.final])).toEqual([
      ["Dana Lee", true],
      ["You", false],
    ])
  })
})

describe("segmenter: speakers", () => {
  it("renames the live block when the page resolves a name (Teams 'Unknown', Zoom avatar)", () => {
    const rec = record()
    rec.at(0, [["t1", "Unknown", "And on the IT side"]])
    rec.at(100, [["t1", "Priya Shah", "And on the IT side we're juggling three tools"]])
    rec.end(200)
    expect(rec.lines()).toEqual(["Priya Shah: And on the IT side we're juggling three tools"])
  })

  it("starts a new utterance when a reused row shows another speaker's unrelated words", () => {
    const rec = record({ rollingWindow: true })
    rec.at(0, [["row", "Dana Lee", "we'd need sign-off from finance"]])
    rec.at(100, [["row", "You", "great I will send an invite"]])
    rec.end(200)
    expect(rec.lines()).toEqual([
      "Dana Lee: we'd need sign-off from finance",
      "You: great I will send an invite",
    ])
    expect(rec.latest()[0]?.final).toBe(true)
  })

  it("asks isSelf with what the page said", () => {
    const seen: [string, boolean | null][] = []
    const rec = record({
      isSelf: (speaker, pageSelf) => {
        seen.push([speaker, pageSelf])
        return speaker === "Sam Rivera"
      },
    })
    rec.at(0, [["z1", "Sam Rivera", "Hi Dana"]])
    expect(rec.latest()[0]?.self).toBe(true)
    expect(seen).toEqual([["Sam Rivera", null]])
  })
})

describe("segmenter: windows", () => {
  const monologue =
    "Sure. We were founded in 2009 and we're the leading provider of workflow automation for mid-market logistics companies, with offices in Austin, Denver and Toronto, and a team of about two hundred people who have all worked in warehouses or freight before joining us, so we understand the floor."

  it("stitches a long Meet monologue whose start scrolls out of the live block", () => {
    const rec = record()
    const words = monologue.split(" ")
    words.forEach((_, index) => {
      const shown = words.slice(0, index + 1)
      const window = shown.length > 40 ? shown.slice(shown.length - 30) : shown
      rec.at(index * 100, [["b7", "You", window.join(" ")]])
    })
    rec.end(words.length * 100)
    expect(rec.lines()).toEqual([`You: ${monologue}`])
  })

  it("stitches Zoom's rolling subtitle window back together by overlap", () => {
    const rec = record({ rollingWindow: true })
    const words = monologue.split(" ")
    let t = 0
    for (let count = 1; count <= words.length; count += 1 + (count % 3)) {
      rec.at(t, [["zoom:sam", "Sam Rivera", words.slice(Math.max(0, count - 14), count).join(" ")]])
      t += 120
    }
    rec.at(t, [["zoom:sam", "Sam Rivera", words.slice(-14).join(" ")]])
    rec.end(t + 100)
    expect(rec.lines()).toEqual([`Sam Rivera: ${monologue}`])
  })

  it("starts a new Zoom utterance when a speaker's row returns with a new turn after someone else spoke", () => {
    const rec = record({ rollingWindow: true, flickerMs: 1000 })
    rec.at(0, [["zoom:dana", "Dana Lee", "Pretty hectic honestly"]])
    rec.at(200, [["zoom:sam", "Sam Rivera", "What happens when a handoff gets missed?"]])
    rec.at(400, [
      ["zoom:sam", "Sam Rivera", "What happens when a handoff gets missed?"],
      ["zoom:dana", "Dana Lee", "Orders sit for a day"],
    ])
    rec.end(500)
    expect(rec.lines()).toEqual([
      "Dana Lee: Pretty hectic honestly",
      "Sam Rivera: What happens when a handoff gets missed?",
      "Dana Lee: Orders sit for a day",
    ])
  })

  it("keeps a Zoom row's words when a jump leaves no overlap and nobody else spoke", () => {
    const rec = record({ rollingWindow: true })
    rec.at(0, [["zoom:sam", "Sam Rivera", "usually six to eight weeks"]])
    rec.at(100, [["zoom:sam", "Sam Rivera", "what would need to be true"]])
    rec.end(200)
    expect(rec.lines()).toEqual(["Sam Rivera: usually six to eight weeks what would need to be true"])
  })
})

describe("segmenter: a Zoom speaker's new turn that starts with words of the old one", () => {
  it("is not glued onto the old turn once someone else spoke", () => {
    const rec = record({ rollingWindow: true })
    rec.at(0, [["zoom:dana", "Dana Lee", "and customers call us before we even notice."]])
    rec.at(200, [["zoom:priya", "Participant 1", "And on the IT side"]])
    rec.at(400, [["zoom:dana", "Dana Lee", "Before we go further"]])
    rec.at(500, [["zoom:dana", "Dana Lee", "Before we go further, tell me about your company."]])
    rec.end(600)
    expect(rec.lines()).toEqual([
      "Dana Lee: and customers call us before we even notice.",
      "Participant 1: And on the IT side",
      "Dana Lee: Before we go further, tell me about your company.",
    ])
  })

  it("still continues a row that kept rolling while someone else spoke", () => {
    const rec = record({ rollingWindow: true })
    rec.at(0, [["zoom:dana", "Dana Lee", "orders sit for a day sometimes two"]])
    rec.at(200, [["zoom:priya", "Participant 1", "Right"]])
    rec.at(400, [["zoom:dana", "Dana Lee", "for a day sometimes two and customers call"]])
    rec.end(600)
    expect(rec.lines()[0]).toBe("Dana Lee: orders sit for a day sometimes two and customers call")
  })
})
