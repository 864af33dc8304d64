/**
 * The live coach in the browser's side panel. This wrapper connects the view to the extension:
 * it follows the window's call from storage, watches the settings it needs and sends the nudge
 * buttons' requests. Each connection is a prop with the real one as default, so tests swap them.
 */
import { useEffect, useMemo, useState } from "react"
import { DEFAULT_SETTINGS } from "../../state/settings"
import { startFollowing, useCallStore } from "../state/call-store"
import { extensionNudgeActions, type NudgeActions } from "./nudge-actions"
import { extensionSellerActions, type SellerActions } from "./seller-actions"
import { watchExtensionSettings, type SettingsWatcher } from "./settings-source"
import { SidePanelView } from "./SidePanelView"
import type { Clock } from "./use-clock"

export interface SidePanelProps {
  windowId: number | null
  follow?: (windowId: number | null) => () => void
  watchSettings?: SettingsWatcher
  actions?: NudgeActions
  seller?: SellerActions
  clock?: Clock
}

export function SidePanel({
  windowId,
  follow = startFollowing,
  watchSettings = watchExtensionSettings,
  actions = extensionNudgeActions,
  seller = extensionSellerActions,
  clock,
}: SidePanelProps) {
  useEffect(() => follow(windowId), [follow, windowId])
  const [monologueThresholdSec, setThreshold] = useState(DEFAULT_SETTINGS.monologueThresholdSec)
  useEffect(() => watchSettings((settings) => setThreshold(settings.monologueThresholdSec)), [watchSettings])
  const { callId, meta, utterances, loaded } = useCallStore()
  // The store keeps the same utterances array while no caption changed (call-follower.ts).
  const view = useMemo(() => ({ callId, meta, utterances, loaded }), [callId, meta, utterances, loaded])
  return (
    <SidePanelView
      view={view}
      monologueThresholdSec={monologueThresholdSec}
      actions={actions}
      seller={seller}
      clock={clock}
    />
  )
}
