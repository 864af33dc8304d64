// Plasmo entry point for the side panel (sidepanel.html); the UI lives in src/ui/sidepanel/.
import "./ui/theme.css"
import { useEffect, useState } from "react"
import { SidePanel } from "./ui/sidepanel/SidePanel"
import { currentWindowId } from "./ui/window-id"

export default function SidePanelPage() {
  const [windowId, setWindowId] = useState<number | null | undefined>(undefined)
  useEffect(() => {
    void currentWindowId().then(setWindowId)
  }, [])
  return windowId === undefined ? null : <SidePanel windowId={windowId} />
}
