import { bi } from '../../model/bilingual.js';
import type { Ref } from '../../model/finding.js';
import { type Rule, Tally } from '../rule.js';
import { at, passages } from './document-text.js';

/**
 * Misspellings of common words, each only where its context leaves no doubt (事物 is a word of its
 * own — "新生事物" — so only 社区事物, 事物受理 and the like are 事务). Chinese usage, not a region's,
 * so the list lives here rather than in a template. Wrong words are warnings; usage slips (截止 for
 * 截至 before a date) are infos.
 */
interface Typo {
  re: RegExp;
  right: string;
  severity: 'warning' | 'info';
  /** Not a misspelling when the text after the match fits this. */
  unless?: RegExp;
}

/** Words that 事务 closes or opens ("社区事务", "事务受理"); 事物 never does. */
const AFFAIRS_BEFORE =
  '社区|公共|行政|日常|政务|党务|综合|机关|群众团体|团体|商贸|财政|税收|外事|统战|宣传|组织|法律|涉外|民族|宗教|侨务|档案|人大|政协|纪检|监察|人事|后勤|总务|内部|一般|其他|其它|基层|居民';
const AFFAIRS_AFTER = '受理|管理|中心|服务|工作|支出|性工作|所|局|科|处|办理';

const TYPOS: readonly Typo[] = [
  { re: new RegExp(`(?<=${AFFAIRS_BEFORE})事物|事物(?=${AFFAIRS_AFTER})`, 'gu'), right: '事务', severity: 'warning' },
  { re: /公务车用车/gu, right: '公务用车', severity: 'warning' },
  { re: /帐(?=户|目|务|簿|款|本)/gu, right: '账', severity: 'info' },
  { re: /按装/gu, right: '安装', severity: 'warning' },
  { re: /布署/gu, right: '部署', severity: 'warning' },
  { re: /既使/gu, right: '即使', severity: 'warning' },
  // "截止2024年8月31日" — up to a date is 截至; 截止 is the end itself ("截止日期", "…为止").
  {
    re: /截止(?=\s*(?:到\s*)?\d{4}\s*年)/gu,
    right: '截至',
    severity: 'info',
    unless: /^[^，,。；;]{0,16}?(?:前|为止|止)/u,
  },
];

export const typos: Rule = {
  id: 'document.typos',
  title: bi('没有常见错别字', 'No misspelt common words'),
  section: 'document',
  severity: 'warning',
  formula: () =>
    bi(
      '常见词语写法正确：“社区事务”“事务受理”不写作“事物”，“公务用车”不写作“公务车用车”，日期前用“截至”（提示）等',
      'common words spelt right: 事务 (not 事物) in 社区事务 or 事务受理, 公务用车, 截至 before a date (a note), …',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    // One finding per misspelling, listing every place.
    const found = new Map<string, { typo: Typo; wrong: string; snippets: string[]; refs: Ref[] }>();
    for (const p of passages(ctx)) {
      tally.compared();
      for (const typo of TYPOS) {
        for (const m of p.text.matchAll(typo.re)) {
          const start = m.index ?? 0;
          if (typo.unless?.test(p.text.slice(start + m[0].length))) continue;
          const id = `${m[0]}→${typo.right}`;
          let g = found.get(id);
          if (!g) found.set(id, (g = { typo, wrong: m[0], snippets: [], refs: [] }));
          g.snippets.push(`“${p.text.slice(Math.max(0, start - 8), start + m[0].length + 8)}”`);
          g.refs.push(at(p, start, start + m[0].length));
        }
      }
    }
    for (const g of found.values()) {
      const n = g.snippets.length;
      tally.add({
        rule: this.id,
        severity: g.typo.severity,
        message: bi(
          `“${g.wrong}”应为“${g.typo.right}”${n > 1 ? `（${n}处）` : ''}：${g.snippets.slice(0, 3).join('、')}`,
          `"${g.wrong}" should be "${g.typo.right}"${n > 1 ? ` (${n} places)` : ''}`,
        ),
        refs: g.refs,
        expected: { unit: 'text', text: g.typo.right },
        actual: { unit: 'text', text: g.wrong },
        ...(n > 1 ? { count: n } : {}),
      });
    }
    return tally.outcome();
  },
};
