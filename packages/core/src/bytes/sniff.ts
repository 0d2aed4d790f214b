/** How far into a file the `%PDF-` header may start: the format tolerates leading junk (ISO 32000-1, 7.5.2 and Acrobat's behaviour). */
export const PDF_HEADER_WINDOW = 1024;

const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** True when `%PDF-` appears in the first KiB: the file is meant to be a PDF, whatever its name. */
export function isPdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, PDF_HEADER_WINDOW) - PDF_HEADER.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let k = 0; k < PDF_HEADER.length; k++) if (bytes[i + k] !== PDF_HEADER[k]) continue outer;
    return true;
  }
  return false;
}

/** A name that says PDF (`.pdf`, any case). */
export function isPdfName(name: string): boolean {
  return /\.pdf$/i.test(name.trim());
}
