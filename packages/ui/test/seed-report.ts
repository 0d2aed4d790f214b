import { readFileSync } from 'node:fs';
import { checkDocument, parseText, type Report } from '@hezhang/core';

/** A real report: seed 003 (Songjiang 2026) has errors, warnings and notes in several sections. */
export function seedReport(name = '003_58f92ccbf64986b4.txt'): Report {
  const text = readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8');
  return checkDocument(parseText(text, { name }), { passes: true });
}
