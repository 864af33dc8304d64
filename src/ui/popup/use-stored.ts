/** React hooks over the popup's storage facade: one stored value, or one followed call. */
import { useEffect, useState } from "react"
import { EMPTY_VIEW, followCall, type CallView, type FollowerStorage } from "../state/call-follower"

export interface StoredValue<T> {
  loaded: boolean
  value: T | undefined
}

interface KeyedValue<T> extends StoredValue<T> {
  key: string | null
}

const NOT_LOADED: StoredValue<never> = { loaded: false, value: undefined }
const NOTHING: StoredValue<never> = { loaded: true, value: undefined }

/** Reads a storage key and follows its changes; a null key reads nothing. */
export function useStoredValue<T>(storage: FollowerStorage, key: string | null): StoredValue<T> {
  const [state, setState] = useState<KeyedValue<T>>({ key: null, loaded: false, value: undefined })
  useEffect(() => {
    if (key === null) return
    let active = true
    const unsubscribe = storage.onChanged((changes) => {
      const change = changes[key]
      if (change && active) setState({ key, loaded: true, value: change.newValue as T | undefined })
    })
    void storage.get([key]).then((result) => {
      if (!active) return
      // A change that arrived while reading is newer than what was read.
      setState((previous) =>
        previous.key === key && previous.loaded
          ? previous
          : { key, loaded: true, value: result[key] as T | undefined },
      )
    })
    return () => {
      active = false
      unsubscribe()
    }
  }, [storage, key])
  if (key === null) return NOTHING
  return state.key === key ? state : NOT_LOADED
}

const NO_CALL: CallView = { ...EMPTY_VIEW, loaded: true }

/** Follows one stored call (meta and utterances); a null id follows nothing. */
export function useFollowedCall(storage: FollowerStorage, callId: string | null): CallView {
  const [view, setView] = useState<CallView>(EMPTY_VIEW)
  useEffect(() => {
    if (callId === null) return
    return followCall({ storage, windowId: null, callId, onView: setView })
  }, [storage, callId])
  if (callId === null) return NO_CALL
  return view.callId === callId ? view : EMPTY_VIEW
}
