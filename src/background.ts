// Plasmo entry point for the service worker; the logic lives in src/background/.
import "./background/main"
