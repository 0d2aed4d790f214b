/** Saves a Blob under a file name through a temporary link (no request leaves the page). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The file name of an export: the document's name without its extension, then a suffix. */
export function exportName(documentName: string, suffix: string): string {
  const base = documentName.replace(/\.[^./\\]+$/, '') || 'report';
  return `${base}${suffix}`;
}
