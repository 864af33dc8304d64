// The review page's file queue with the real parsers and classifier and a fake background:
// decoding of what browsers hand the page (encodings, byte-order marks, CRLF), the seller
// question asked once and remembered, one sentence per bad file, nothing stored half-made.
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import type { CallJson } from "../../../src/core/types"
import type { ImportCallResponse } from "../../../src/messaging/contract"
import { MAX_TRANSCRIPT_BYTES } from "../../../src/transcripts/index"
import { readTranscriptBytes, type PickedFile } from "../../../src/ui/review/read-file"
import {
  createReviewQueue,
  problemSentence,
  titleOf,
  type FileJob,
} from "../../../src/ui/review/review-queue"
import { JudgeError } from "../../../src/ui/review/judge"
import { rememberName } from "../../../src/ui/review/seller-choice"
import { localClassifier } from "./local-classifier"

const fixtures = new URL("../../fixtures/transcripts/", import.meta.url).pathname
const fixture = (name: string) => new File([readFileSync(`${fixtures}${name}`)], name)

const TEAMS_TEXT = readFileSync(`${fixtures}discovery-call.teams.vtt`, "utf8")

function utf16(text: string, endian: "le" | "be"): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set(endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff])
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const [first, second] = endian === "le" ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]
    bytes[2 + i * 2] = first
    bytes[3 + i * 2] = second
  }
  return bytes
}

interface SetupOptions {
  names?: string[]
  /** What the fake background answers instead of storing the call. */
  refuse?: () => ImportCallResponse | undefined
}

function setup({ names = [], refuse }: SetupOptions = {}) {
  const saved: CallJson[] = []
  let remembered = [...names]
  let nextId = 1
  const queue = createReviewQueue({
    readBytes: readTranscriptBytes,
    knownNames: async () => remembered,
    rememberName: async (name) => void (remembered = rememberName(remembered, name)),
    importCall: async (call) => {
      if (refuse) return refuse()
      saved.push(call)
      return { ok: true, callId: `stored-${nextId++}` }
    },
    classifyLines: localClassifier,
    judge: { chunkLines: 10 },
  })
  const jobs = () => queue.store.getState().jobs
  const job = (name: string): FileJob => {
    const found = jobs().find((candidate) => candidate.name === name)
    if (!found) throw new Error(`no job for ${name}`)
    return found
  }
  /** Waits until a file waits for the seller question (or the queue is idle). */
  const asked = async () => {
    for (let i = 0; i < 200 && !jobs().some((j) => j.state === "choosing"); i++) {
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    return jobs().find((j) => j.state === "choosing") ?? null
  }
  return { queue, saved, jobs, job, asked, remembered: () => remembered }
}

describe("review queue: decoding what the page is given", () => {
  const variants: [string, Uint8Array<ArrayBuffer>][] = [
    ["UTF-8 with a byte-order mark", new TextEncoder().encode(`\uFEFF${TEAMS_TEXT}`)],
    ["UTF-8 with CRLF line ends", new TextEncoder().encode(TEAMS_TEXT.replace(/\n/g, "\r\n"))],
    [
      "UTF-16LE with a byte-order mark and CRLF",
      utf16(`\uFEFF${TEAMS_TEXT.replace(/\n/g, "\r\n")}`.slice(1), "le"),
    ],
    ["UTF-16BE with a byte-order mark", utf16(TEAMS_TEXT, "be")],
  ]

  it.each(variants)("%s reads as the same call as the plain UTF-8 file", async (_, bytes) => {
    const plain = setup({ names: ["Sam Carter"] })
    plain.queue.addFiles([new File([TEAMS_TEXT], "plain.vtt")])
    await plain.queue.idle()
    const variant = setup({ names: ["Sam Carter"] })
    variant.queue.addFiles([new File([bytes], "variant.vtt")])
    await variant.queue.idle()
    expect(variant.job("variant.vtt")).toMatchObject({ state: "done", error: null })
    expect(plain.saved[0]?.utterances.length).toBeGreaterThan(5)
    expect(variant.saved[0]?.utterances).toEqual(plain.saved[0]?.utterances)
    expect(variant.saved[0]?.utterances[0]?.text).toBe(
      "Hi Sam, thanks for joining. I have about thirty minutes.",
    )
  })

  it("keeps non-ASCII UTF-8 text intact", async () => {
    const { queue, saved } = setup()
    queue.addFiles([
      new File(["You: Café talk went well, señor — naïve résumé.\nAna: Olá!\n"], "accents.txt"),
    ])
    await queue.idle()
    expect(saved[0]?.utterances.map((u) => u.text)).toEqual([
      "Café talk went well, señor — naïve résumé.",
      "Olá!",
    ])
  })
})

describe("review queue: bad files", () => {
  it("gives each bad file one sentence naming it, stores none of them, and reviews the good file between them", async () => {
    const { queue, saved, job, jobs } = setup({ names: ["Sam Carter"] })
    const bigFile: PickedFile = {
      name: "recording.mp4",
      size: 50 * 1024 * 1024,
      arrayBuffer: () => Promise.reject(new Error("a 50 MB file must not be read")),
    }
    queue.addFiles([
      fixture("empty.txt"),
      fixture("screenshot.png"),
      fixture("discovery-call.zoom.vtt"),
      fixture("truncated.call.json.part"),
      fixture("notes.txt"),
      bigFile,
      fixture("latin1.txt"),
    ])
    await queue.idle()
    expect(saved).toHaveLength(1)
    expect(saved[0]?.title).toBe("discovery-call.zoom")
    expect(job("discovery-call.zoom.vtt").state).toBe("done")
    const errors = Object.fromEntries(
      jobs()
        .filter((j) => j.state === "failed")
        .map((j) => [j.name, j.error]),
    )
    expect(errors).toEqual({
      "empty.txt": "Could not review “empty.txt”: file is empty.",
      "screenshot.png":
        "Could not review “screenshot.png”: file looks binary (it contains NUL bytes), not a transcript.",
      "truncated.call.json.part": expect.stringMatching(
        /^Could not review “truncated\.call\.json\.part”: Call JSON is not valid JSON.*\.$/,
      ),
      "notes.txt": expect.stringMatching(
        /^Could not review “notes\.txt”: not a transcript format this tool reads .*\.$/,
      ),
      "recording.mp4": "Could not review “recording.mp4”: file is too large (50.0 MB; the limit is 20 MB).",
      "latin1.txt": expect.stringMatching(/^Could not review “latin1\.txt”: file is not UTF-8 text/),
    })
    for (const error of Object.values(errors))
      expect(error?.match(/\.(\s|$)/g)?.length ?? 0).toBeLessThanOrEqual(1)
  })

  it("refuses a file over the cap before reading it", async () => {
    let read = false
    const file: PickedFile = {
      name: "huge.vtt",
      size: MAX_TRANSCRIPT_BYTES + 1,
      arrayBuffer: async () => ((read = true), new ArrayBuffer(0)),
    }
    await expect(readTranscriptBytes(file)).rejects.toThrow("file is too large")
    expect(read).toBe(false)
  })

  it("marks a file failed, not done, when the background cannot store it", async () => {
    const { queue, job } = setup({
      names: ["Sam Carter"],
      refuse: () => ({ ok: false, error: "QUOTA_BYTES quota exceeded" }),
    })
    queue.addFiles([fixture("discovery-call.srt")])
    await queue.idle()
    expect(job("discovery-call.srt")).toMatchObject({
      state: "failed",
      callId: null,
      error:
        "Could not save the review of “discovery-call.srt” (QUOTA_BYTES quota exceeded); nothing was stored.",
    })
    expect(queue.store.getState().shownCallId).toBeNull()
  })

  it("treats no answer from the background as not stored", async () => {
    const { queue, job } = setup({ names: ["Sam Carter"], refuse: () => undefined })
    queue.addFiles([fixture("discovery-call.srt")])
    await queue.idle()
    expect(job("discovery-call.srt").state).toBe("failed")
  })
})

describe("review queue: who is the seller", () => {
  it("asks once with each speaker's share of the talk, remembers the name, and does not ask again", async () => {
    const { queue, saved, asked, job, remembered } = setup()
    queue.addFiles([fixture("discovery-call.teams.vtt"), fixture("discovery-call.zoom.vtt")])
    const question = await asked()
    expect(question?.name).toBe("discovery-call.teams.vtt")
    const shares = question?.speakers ?? []
    expect(shares.map((s) => s.speaker)).toEqual(["Sam Carter", "Dana Reyes"])
    expect(shares.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 10)
    expect(shares[0]?.share).toBeGreaterThan(shares[1]?.share ?? 1)
    // Only the first file asks; the second waits its turn.
    expect(job("discovery-call.zoom.vtt").state).toBe("waiting")

    queue.chooseSeller(question?.key ?? "", "Sam Carter")
    await queue.idle()
    expect(remembered()).toEqual(["Sam Carter"])
    expect(job("discovery-call.zoom.vtt").state).toBe("done")
    expect(saved).toHaveLength(2)
    for (const call of saved) {
      expect(new Set(call.utterances.filter((u) => u.self).map((u) => u.speaker))).toEqual(
        new Set(["Sam Carter"]),
      )
    }
    expect(queue.store.getState().shownCallId).toBe("stored-2")
  })

  it("does not ask when the file marks the seller itself", async () => {
    const { queue, saved, remembered } = setup()
    queue.addFiles([fixture("discovery-call.jsonl"), fixture("discovery-call.txt")])
    await queue.idle()
    expect(saved).toHaveLength(2)
    expect(remembered()).toEqual([])
  })

  it("uses a known name in any spelling of case and spaces, as --me does", async () => {
    const { queue, saved } = setup({ names: ["  sam   CARTER "] })
    queue.addFiles([fixture("discovery-call.srt")])
    await queue.idle()
    expect(saved[0]?.utterances.some((u) => u.self && u.speaker === "Sam Carter")).toBe(true)
  })

  it("leaves a file out when the seller is none of its speakers, and goes on", async () => {
    const { queue, saved, asked, job } = setup()
    queue.addFiles([fixture("discovery-call.teams.vtt"), fixture("discovery-call.jsonl")])
    const question = await asked()
    queue.skip(question?.key ?? "")
    await queue.idle()
    expect(job("discovery-call.teams.vtt").state).toBe("skipped")
    expect(saved.map((call) => call.utterances.length)).toHaveLength(1)
  })
})

describe("small helpers", () => {
  it("titles a call from its file name", () => {
    expect(titleOf("Acme discovery.vtt")).toBe("Acme discovery")
    expect(titleOf("call.call.json")).toBe("call.call")
    expect(titleOf(".vtt")).toBe(".vtt")
    expect(titleOf("notes")).toBe("notes")
  })

  it("words an unexpected failure as one sentence too", () => {
    expect(problemSentence("a.vtt", new Error("NotReadableError"))).toBe(
      "Could not review “a.vtt”: it could not be read (NotReadableError).",
    )
    expect(problemSentence("a.vtt", new JudgeError("the extension's background did not answer."))).toBe(
      "Could not review “a.vtt”: the coach could not judge it (the extension's background did not answer); nothing was stored.",
    )
  })

  it("stores nothing and says so when the classifier cannot be reached", async () => {
    const saved: CallJson[] = []
    const queue = createReviewQueue({
      readBytes: readTranscriptBytes,
      knownNames: async () => [],
      rememberName: async () => undefined,
      importCall: async (call) => (saved.push(call), { ok: true, callId: "stored" }),
      classifyLines: async () => Promise.reject(new Error("the extension's background did not answer")),
    })
    queue.addFiles([fixture("discovery-call.jsonl")])
    await queue.idle()
    const [job] = queue.store.getState().jobs
    expect(job?.state).toBe("failed")
    expect(job?.error).toBe(
      "Could not review “discovery-call.jsonl”: the coach could not judge it (the extension's background did not answer); nothing was stored.",
    )
    expect(saved).toEqual([])
  })
})
