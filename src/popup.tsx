// Plasmo entry point for the toolbar popup (popup.html); the UI lives in src/ui/popup/.
import "./ui/theme.css"
import { extensionPopupEnv } from "./ui/popup/extension-env"
import { Popup } from "./ui/popup/Popup"

export default function PopupPage() {
  return <Popup env={extensionPopupEnv} />
}
