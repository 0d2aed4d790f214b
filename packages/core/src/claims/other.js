import { AMOUNT, NUM, parseChange, printedAmount, spanOf } from './text.js';

const spaced = (word) => word.split('').join(String.raw`\s*`);
function amountPattern(kind, key, label, words) {
  return {
    kind,
    key,
    label,
    re: new RegExp(String.raw`(?:${words})\s*(?:预算数|预算金额|预算)?\s*(?:为|是)?\s*(?<amount>${AMOUNT})`, 'gu'),
  };
}
const PATTERNS = [
  amountPattern('three_public', 'three_public.total', '“三公”经费', '[“"]?三公[”"]?经费'),
  amountPattern(
    'three_public',
    'three_public.outbound',
    '因公出国（境）费',
    String.raw`因公出国\s*[（(]境[)）]\s*费(?:用)?`,
  ),
  amountPattern('three_public', 'three_public.vehicles', '公务用车购置及运行费', spaced('公务用车购置及运行费')),
  amountPattern('three_public', 'three_public.vehicle_purchase', '公务用车购置费', '公务用车购置费(?!及)'),
  amountPattern(
    'three_public',
    'three_public.vehicle_operation',
    '公务用车运行费',
    '(?<!购置及)公务用车运行(?:维护)?费',
  ),
  amountPattern('three_public', 'three_public.reception', '公务接待费', spaced('公务接待费')),
  amountPattern('operating_costs', 'operating_costs', '机关运行经费', '机关运行经费'),
  amountPattern(
    'procurement',
    'procurement.total',
    '政府采购预算',
    '(?<![货物工程服务])政府采购预算(?![货物工程服务])',
  ),
  amountPattern('procurement', 'procurement.goods', '政府采购货物预算', spaced('政府采购货物预算')),
  amountPattern('procurement', 'procurement.works', '政府采购工程预算', spaced('政府采购工程预算')),
  amountPattern('procurement', 'procurement.services', '政府采购服务预算', spaced('政府采购服务预算')),
  amountPattern(
    'procurement',
    'procurement.sme_reserved',
    '面向中小企业预留',
    '面向中小企业预留政府采购项目预算金额|面向中小企业预留(?:的)?(?:政府采购)?(?:项目)?(?:预算)?(?:金额)?',
  ),
  amountPattern(
    'procurement',
    'procurement.small_micro',
    '预留给小型和微型企业',
    '预留给小型和微型企业的政府采购项目预算|预留给小(?:型和)?微(?:型)?企业(?:的)?(?:政府采购)?(?:项目)?(?:预算)?(?:金额)?',
  ),
];
export function amountClaims(p, section, paragraph) {
  const out = [];
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0;
    for (const m of p.text.matchAll(pattern.re)) {
      const amount = printedAmount(m.groups?.amount ?? '');
      if (!amount) continue;
      const start = m.index ?? 0;
      let end = start + m[0].length;
      // "单价100万元（含）以上设备" is a threshold, not a statement about the quantity.
      if (/^\s*[（(]?含?[)）]?\s*以上/.test(p.text.slice(end))) continue;
      const change = parseChange(p.text.slice(end));
      if (change) end += change.length;
      out.push({
        kind: pattern.kind,
        key: pattern.key,
        label: pattern.label,
        amount,
        ...(change ? { change: change.change } : {}),
        text: p.text.slice(start, end),
        span: spanOf(p, section, paragraph, start, end),
      });
    }
  }
  return out;
}
const PERFORMANCE = new RegExp(
  String.raw`(?:编报绩效目标的项目(?:共)?|项目绩效目标)\s*(?<count>\d+)\s*个[，,、]?\s*(?:涉及|共涉及)?(?:项目)?(?:预算)?资金\s*(?<amount>${AMOUNT})`,
  'gu',
);
export function performanceClaims(p, section, paragraph) {
  const out = [];
  for (const m of p.text.matchAll(PERFORMANCE)) {
    const amount = printedAmount(m.groups?.amount ?? '');
    if (!amount) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    out.push({
      kind: 'performance',
      key: 'performance.projects',
      label: '绩效目标项目',
      count: Number(m.groups?.count),
      amount,
      text: m[0],
      span: spanOf(p, section, paragraph, start, end),
    });
  }
  return out;
}
/** "共有车辆4辆，其中：部级领导干部用车0辆、…其他用车1辆" and "安排购置车辆1辆，其中：…". */
const VEHICLES = /(?<what>共有车辆|安排购置车辆|购置车辆)\s*(?<count>\d+)\s*辆(?<rest>[，,]\s*其中[:：][^；。]*)?/gu;
const CATEGORY = /(?<name>[\u4e00-\u9fa5]{2,12}?用车)\s*(?<count>\d+)\s*辆/gu;
const EQUIPMENT = new RegExp(
  String.raw`(?<buy>安排购置)?单价\s*(?:${NUM})\s*万元\s*[（(]含[)）]\s*以上(?:的)?设备\s*[（(]不含车辆[)）]\s*(?<count>\d+)\s*台\s*[（(]?套[)）]?`,
  'gu',
);
export function assetClaims(p, section, paragraph) {
  const out = [];
  for (const m of p.text.matchAll(VEHICLES)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const planned = (m.groups?.what ?? '').includes('购置');
    const rest = m.groups?.rest ?? '';
    const restStart = end - rest.length;
    const parts = [...rest.matchAll(CATEGORY)].map((c) => ({
      key: c.groups?.name ?? '',
      label: c.groups?.name ?? '',
      count: Number(c.groups?.count),
      span: { start: restStart + (c.index ?? 0), end: restStart + (c.index ?? 0) + c[0].length },
    }));
    out.push({
      kind: 'vehicles',
      key: planned ? 'vehicles.purchase' : 'vehicles.owned',
      label: planned ? '预算安排购置车辆' : '共有车辆',
      count: Number(m.groups?.count),
      ...(parts.length > 0 ? { parts } : {}),
      text: m[0],
      span: spanOf(p, section, paragraph, start, end),
    });
  }
  for (const m of p.text.matchAll(EQUIPMENT)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const planned = !!m.groups?.buy;
    out.push({
      kind: 'equipment',
      key: planned ? 'equipment.purchase' : 'equipment.owned',
      label: planned ? '安排购置单价100万元以上设备' : '单价100万元以上设备',
      count: Number(m.groups?.count),
      text: m[0],
      span: spanOf(p, section, paragraph, start, end),
    });
  }
  return out;
}
//# sourceMappingURL=other.js.map
