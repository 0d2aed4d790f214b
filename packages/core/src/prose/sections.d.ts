import type { Line } from '../layout/types.js';
import type { ContentsEntry, Section } from '../model/document.js';
import type { CompiledTemplate } from '../templates/index.js';
export interface ProseResult {
  sections: Section[];
  contents: ContentsEntry[];
}
export declare function readProse(lines: Line[], template: CompiledTemplate): ProseResult;
//# sourceMappingURL=sections.d.ts.map
