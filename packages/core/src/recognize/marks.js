import { compact } from '../text/normalize.js';

/**
 * Lines that frame a table rather than hold its rows: 编制部门 / 编制单位, 单位：元, notes.
 * Each test works on the whole line with spaces removed; PDFs often print 编制部门 and 单位 on one line.
 */
const EDITOR = /^编制(?:部门|单位)[:：](?<name>.*?)(?:(?:金额)?单位[:：](?:万元|元))?$/;
const UNIT = /(?:^|[^制])(?:金额)?单位[:：](?<unit>万元|元)$/;
const NOTE = /^(?:注[:：]|说明[:：])|本表无数据|本表为空|无数据|故本表|本表无|空表/;
export function editorOf(line) {
  const m = EDITOR.exec(compact(line));
  return m ? (m.groups?.name ?? '').replace(/[（(]?单位[:：].*$/, '') : undefined;
}
export function unitOf(line) {
  const m = UNIT.exec(compact(line));
  return m ? m.groups?.unit : undefined;
}
export function isNote(line) {
  const text = compact(line);
  return NOTE.test(text) && text.length > 4;
}
/** A department name with its printed numeric code split off ("157上海市…" → code 157). */
export function splitDepartmentCode(name) {
  const m = /^(\d{2,})(\D.*)$/.exec(name.trim());
  return m ? { name: (m[2] ?? '').trim(), code: m[1] ?? '' } : { name: name.trim() };
}
//# sourceMappingURL=marks.js.map
