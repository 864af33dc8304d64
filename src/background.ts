// Plasmo entry point for the service worker; the logic lives in src/background/.
// The classifier's model ships as its own data file in the package; the worker reads it at start
// and holds captions until it is installed (src/background/model.ts).
import { loadClassifierModel } from "./background/model"
import { PACKAGED_MODEL_PATH } from "./nlp/model/load-from-url"
import { extensionApi } from "./state/extension-api"
import "./background/main"

loadClassifierModel(extensionApi().runtime.getURL(PACKAGED_MODEL_PATH))
