import type { Unit } from '../model/amount.js';
export declare function editorOf(line: string): string | undefined;
export declare function unitOf(line: string): Unit | undefined;
export declare function isNote(line: string): boolean;
/** A department name with its printed numeric code split off ("157上海市…" → code 157). */
export declare function splitDepartmentCode(name: string): {
  name: string;
  code?: string;
};
//# sourceMappingURL=marks.d.ts.map
