export {
  applyReview,
  dossierMarks,
  type MarkLookup,
  markFinding,
  type ReportReview,
  type ReviewedReport,
  reviewFile,
  reviewOf,
} from './apply.js';
export { documentIdentity, findingKey, reviewKeys } from './key.js';
export {
  MAX_NOTE_LENGTH,
  newerMark,
  REVIEW_FORMAT,
  ReviewEntry,
  ReviewFile,
  ReviewFileError,
  ReviewMark,
  ReviewStatus,
  readReviewMarks,
} from './mark.js';
