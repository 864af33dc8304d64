/**
 * Saves text as a file from an extension page without the `downloads` permission: a Blob, an
 * object URL and a temporary <a download> click.
 */
export function downloadText(
  fileName: string,
  text: string,
  mimeType: string,
  doc: Document = document,
): void {
  const blob = new Blob([text], { type: `${mimeType};charset=utf-8` })
  const url = URL.createObjectURL(blob)
  const link = doc.createElement("a")
  link.href = url
  link.download = fileName
  link.rel = "noopener"
  link.style.display = "none"
  doc.body.append(link)
  link.click()
  link.remove()
  // The click starts the download asynchronously; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Copies text; false when the clipboard refused (no focus, no permission). */
export async function copyText(
  text: string,
  clipboard: Pick<Clipboard, "writeText"> | undefined = navigator.clipboard,
): Promise<boolean> {
  if (!clipboard) return false
  try {
    await clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}
