/** Answers the UI's typed requests (contract in src/messaging/contract.ts). */
import type { CallJson } from "../core/types"
import type { ImportCallResponse, UiMessage, UiRequestKind, UiResponse } from "../messaging/contract"
import type { KeyValueStore } from "../state/kv-store"
import { STORAGE_KEYS } from "../state/storage-keys"
import type { CallIndexEntry, CallMeta } from "../session/call-types"
import { importedCallRecords } from "../session/imported-call"
import type { SessionManager } from "../session/session-manager"
import { classifyLines } from "./classify-lines"
import { SELLER_MEMORY_KEY } from "./seller-memory"

export interface UiRequestContext {
  manager: SessionManager
  store: KeyValueStore
  /** Coach actions on a live call; supplied by the coach module. */
  coach: {
    dismiss(callId: string, nudgeId: string): Promise<boolean>
    notHelpful(callId: string, nudgeId: string): Promise<boolean>
    mute(callId: string, muted: boolean): Promise<boolean>
    /** Forgets the "not helpful" counts carried from call to call (stored and in memory). */
    forgetFeedback(): Promise<void>
  }
}

export async function deleteCalls(context: UiRequestContext, callIds: readonly string[]): Promise<void> {
  if (callIds.length === 0) return
  const { store, manager } = context
  const metaKeys = callIds.map((callId) => STORAGE_KEYS.callMeta(callId))
  const metas = await store.get(metaKeys)
  const keys: string[] = [...metaKeys]
  for (const callId of callIds) {
    const meta = metas[STORAGE_KEYS.callMeta(callId)] as CallMeta | undefined
    const chunks = Math.max(meta?.chunkCount ?? 0, manager.getSession(callId)?.meta.chunkCount ?? 0)
    for (let index = 0; index < chunks; index += 1) keys.push(STORAGE_KEYS.callChunk(callId, index))
    manager.forget(callId)
  }
  await store.remove(keys)
  const indexResult = await store.get([STORAGE_KEYS.callIndex])
  const index = (indexResult[STORAGE_KEYS.callIndex] as CallIndexEntry[] | undefined) ?? []
  await store.set({ [STORAGE_KEYS.callIndex]: index.filter((row) => !callIds.includes(row.callId)) })
}

export async function handleUiRequest(
  message: UiMessage,
  context: UiRequestContext,
): Promise<UiResponse<UiRequestKind>> {
  switch (message.kind) {
    case "nudge-dismiss":
      return { ok: await context.coach.dismiss(message.callId, message.nudgeId) }
    case "nudge-not-helpful":
      return { ok: await context.coach.notHelpful(message.callId, message.nudgeId) }
    case "mute-call":
      return { ok: await context.coach.mute(message.callId, message.muted) }
    case "delete-call":
      await deleteCalls(context, [message.callId])
      return { ok: true }
    case "import-call":
      return importCall(context, message.call)
    case "classify-lines":
      return classifyLines(message.lines)
    case "delete-all": {
      const result = await context.store.get([STORAGE_KEYS.callIndex])
      const index = (result[STORAGE_KEYS.callIndex] as CallIndexEntry[] | undefined) ?? []
      await deleteCalls(
        context,
        index.map((row) => row.callId),
      )
      // Everything: the remembered "this is me" choices and "not helpful" marks are the user's data too.
      await context.store.remove([STORAGE_KEYS.active, SELLER_MEMORY_KEY])
      await context.coach.forgetFeedback()
      return { ok: true }
    }
    case "set-seller":
      return { ok: await context.manager.setSeller(message.callId, message.speaker) }
  }
}

async function importCall(context: UiRequestContext, call: CallJson): Promise<ImportCallResponse> {
  const now = Date.now()
  const { meta, utterances } = importedCallRecords(call, { callId: `file-${crypto.randomUUID()}`, now })
  try {
    await context.manager.storeCompleteCall(meta, utterances)
    return { ok: true, callId: meta.callId }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}
