export { type FileContent, fileContent, MAX_LINE_LENGTH, type RefusalCode } from './content.js';
export {
  type DecodedText,
  decodeText,
  MAX_CONTROL_SHARE,
  MAX_REPLACED_SHARE,
  type TextEncodingName,
} from './decode.js';
export { looksLikeHtml } from './html.js';
export { isPdf, isPdfName, PDF_HEADER_WINDOW } from './sniff.js';
