/**
 * The one `process` the extension's bundles see. compromise reads `process.env` for its debug
 * switches and the bundler would otherwise ship a whole Node `process` polyfill (timers, nextTick)
 * into every bundle for that single read; an empty environment keeps its debugging off.
 */
const processShim: { env: Record<string, string | undefined> } = { env: {} }
export default processShim
export const env = processShim.env
