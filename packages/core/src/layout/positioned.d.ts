import type { Box } from '../model/source.js';
import type { PositionedDocument } from './pdf-types.js';
import type { Layout } from './types.js';
export declare function positionedLayout(doc: PositionedDocument): Layout;
export declare function union(boxes: readonly Box[]): Box;
//# sourceMappingURL=positioned.d.ts.map
