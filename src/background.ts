// Plasmo entry point for the service worker; the logic lives in src/background/.
// The classifier's model ships as its own data file (url: import); the worker reads it at start
// and holds captions until it is installed (src/background/model.ts).
import modelUrl from "raw:../assets/model/one-up-model.json"
import { loadClassifierModel } from "./background/model"
import "./background/main"

loadClassifierModel(modelUrl)
