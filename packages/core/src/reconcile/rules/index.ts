import type { Rule } from '../rule.js';
import { composition } from './composition.js';
import { grandTotal, hierarchy } from './hierarchy.js';
import { summaryLines } from './summary-lines.js';

/** Every rule, in report order. */
export const RULES: readonly Rule[] = [hierarchy, grandTotal, composition, summaryLines];
