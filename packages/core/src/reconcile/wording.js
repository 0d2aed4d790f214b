import { money } from './cells.js';
/** Names used in messages: a table's name, a column's printed header. */
export function tableName(template, table) {
  const kind = typeof table === 'string' ? table : table.kind;
  return template.byKind.get(kind)?.spec.name ?? kind;
}
export function tableNameEn(template, kind) {
  return template.byKind.get(kind)?.spec.nameEn ?? kind;
}
export function columnName(template, kind, column) {
  const spec = template.byKind.get(kind)?.spec;
  const col = [...(spec?.columns ?? []), ...(spec?.incomeColumns ?? [])].find((c) => c.id === column);
  return col?.headers[0] ?? column;
}
/** English names of the column ids every template uses (the templates print Chinese headers only). */
const COLUMN_EN = {
  total: 'total',
  amount: 'amount',
  basic: 'basic expenditure',
  project: 'project expenditure',
  fiscal_grant: 'fiscal appropriation',
  business: 'business income',
  operating: 'operating income',
  other: 'other income',
  personnel: 'personnel',
  public: 'public expenses',
  general: 'general budget',
  gov_fund: 'government funds',
  state_capital: 'state capital',
  outbound: 'travel abroad',
  reception: 'official reception',
  vehicles: 'official vehicles',
  vehicle_purchase: 'vehicle purchase',
  vehicle_operation: 'vehicle running',
  operating_costs: 'office running costs',
};
export function columnNameEn(column) {
  return COLUMN_EN[column] ?? column.replaceAll('_', ' ');
}
/** A money quantity shown in a unit. */
export function moneyQuantity(fen, unit = '元') {
  return { fen: fen ?? 0, unit, text: fen === null ? '空' : money(fen, unit) };
}
/** Expected/actual/difference of a money comparison, shown in the unit of the printed amount. */
export function moneyComparison(expected, actual, unit = '元') {
  const diff = (actual ?? 0) - expected;
  return {
    expected: moneyQuantity(expected, unit),
    actual: moneyQuantity(actual, unit),
    difference: { fen: diff, unit, text: `${diff > 0 ? '+' : ''}${money(diff, unit)}` },
  };
}
//# sourceMappingURL=wording.js.map
