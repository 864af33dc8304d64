// Plasmo entry point for the options page; the UI lives in src/ui/options/.
import "./ui/theme.css"
import { Options } from "./ui/options/Options"

export default Options
