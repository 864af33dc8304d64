/** The review page's facade over the extension (see review-env.ts); only the entry point imports it. */
import type { ImportCallResponse, UiResponse } from "../../messaging/contract"
import { extensionStore } from "../../state/extension-store"
import { copyText, downloadText } from "../popup/download"
import { ruleRewrite } from "../popup/rewrite-lookup"
import { extensionFollowerStorage } from "../state/call-store"
import { sendUiRequest } from "../ui-requests"
import type { ReviewEnv } from "./review-env"

export const extensionReviewEnv: ReviewEnv = {
  storage: extensionFollowerStorage,
  store: extensionStore,
  importCall: (call) =>
    sendUiRequest({ kind: "import-call", call }) as Promise<ImportCallResponse | undefined>,
  deleteCall: async (callId) => (await sendUiRequest({ kind: "delete-call", callId })).ok,
  async classifyLines(lines) {
    // undefined when nothing answered (the background refused the request or is not there).
    const answer = (await sendUiRequest({ kind: "classify-lines", lines })) as
      UiResponse<"classify-lines"> | undefined
    if (!answer) throw new Error("the extension's background did not answer")
    return answer.classifications
  },
  exporter: {
    download: (fileName, text, mimeType) => downloadText(fileName, text, mimeType),
    copy: (text) => copyText(text),
  },
  rewriteFor: ruleRewrite,
  now: () => Date.now(),
}
