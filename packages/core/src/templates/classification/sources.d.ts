/**
 * Where the entries of the 政府收支分类科目 dictionary come from. Every entry names at least one of
 * these; docs/classification.md says the same in prose. No published list of the classification was
 * reachable while this was written (no network; the public code index holds none), so the entries
 * are the names official documents print, and an entry is left out where no source below supports it.
 */
export type SourceId =
  | 'final-template-2024'
  | 'putuo-documents'
  | 'shanghai-medical-seeds'
  | 'domain-notes'
  | 'pre-2019-class-list'
  | 'editions-recalled';
export interface ClassificationSource {
  id: SourceId;
  /** What it is and where it is. */
  what: string;
}
export declare const SOURCES: readonly ClassificationSource[];
//# sourceMappingURL=sources.d.ts.map
