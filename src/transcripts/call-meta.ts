/**
 * What a parsed transcript says about its call, as scoreTranscript takes it. Shared by the
 * scoring command and the extension's review page, so both score a file as the same call.
 */
import type { CallMetaInput } from "../core/call-json"
import type { ParsedTranscript } from "./types"

export function callMetaOf(parsed: Pick<ParsedTranscript, "meta">): CallMetaInput {
  return {
    platform: parsed.meta?.platform ?? "file",
    startedAt: parsed.meta?.startedAt ?? null,
    endedAt: parsed.meta?.endedAt ?? null,
    ...(parsed.meta?.title ? { title: parsed.meta.title } : {}),
  }
}
