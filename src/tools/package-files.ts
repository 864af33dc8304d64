/** A package's files as the stores see them: paths relative to the package root, with "/". */
import { readdirSync, readFileSync } from "node:fs"
import { join, relative, sep } from "node:path"

/** Every file under dir, relative to it, "/"-separated, sorted. */
export function listFiles(dir: string, root = dir): string[] {
  const found = readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? listFiles(path, root) : [relative(root, path).split(sep).join("/")]
  })
  return dir === root ? found.sort() : found
}

/** Path → contents of every file under dir. */
export function readPackageDir(dir: string): Map<string, Buffer> {
  return new Map(listFiles(dir).map((name) => [name, readFileSync(join(dir, name))]))
}

/** Resolves a reference found in packagePath ("/x.js" from the root, "x.js" beside it). */
export function resolveReference(fromPath: string, reference: string): string {
  const clean = reference.split(/[?#]/)[0] ?? ""
  const base = clean.startsWith("/") ? [] : fromPath.split("/").slice(0, -1)
  const parts: string[] = []
  for (const part of [...base, ...clean.split("/")]) {
    if (part === "" || part === ".") continue
    if (part === "..") parts.pop()
    else parts.push(part)
  }
  return parts.join("/")
}

/** Local files a page loads: scripts, style sheets, icons and images (not links to other pages). */
export function pageReferences(pagePath: string, html: string): string[] {
  const found = [
    ...[...html.matchAll(/<script\b[^>]*\ssrc\s*=\s*["']?([^"'\s>]+)/gi)].map((match) => match[1]),
    ...[...html.matchAll(/<link\b[^>]*\shref\s*=\s*["']?([^"'\s>]+)/gi)].map((match) => match[1]),
    ...[...html.matchAll(/<img\b[^>]*\ssrc\s*=\s*["']?([^"'\s>]+)/gi)].map((match) => match[1]),
  ]
  return found
    .filter(
      (reference): reference is string =>
        Boolean(reference) && !/^(?:[a-z][\w+.-]*:|\/\/)/i.test(reference ?? ""),
    )
    .map((reference) => resolveReference(pagePath, reference))
}

/** Local files a style sheet pulls in with url(…), data: URLs and fragments aside. */
export function styleReferences(cssPath: string, css: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/gi)]
    .map((match) => match[1] ?? "")
    .filter((reference) => reference !== "" && !/^(?:[a-z][\w+.-]*:|\/\/|#)/i.test(reference))
    .map((reference) => resolveReference(cssPath, reference))
}
