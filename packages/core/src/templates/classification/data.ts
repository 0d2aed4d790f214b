import type { SourceId } from './sources.js';

/**
 * 政府收支分类科目 as data: the function classification (支出功能分类科目: 类 3 digits, 款 5, 项 7) and the
 * economic classification of department budgets (部门预算支出经济分类科目: 类 3, 款 5), each name with
 * the budget years it held and where it comes from (sources.ts). Only names a source supports are here:
 * the 款 and 项 are those the documents print, not the whole classification, so a code missing here
 * is unknown, not wrong — except under a parent listed in COMPLETE_CHILDREN for that year.
 */

export interface SubjectEntry {
  code: string;
  name: string;
  /** First budget year the name holds (absent: held before the years these documents cover). */
  from?: number;
  /** Last budget year the name held (absent: still held). */
  until?: number;
  sources: readonly SourceId[];
}

/** A parent whose children are all listed here for the years given: only there may a code be called unknown. */
export interface CompleteChildren {
  parent: string;
  from: number;
  until: number;
  sources: readonly SourceId[];
}

type Years = { from?: number; until?: number };
/**
 * Below the class, a name the documents print is taken to hold from the edition their classification
 * follows — the function classification of 2019 (it reused codes: 21014 was 食品和药品监督管理事务
 * before it was 优抚对象医疗), the economic classification of 2018 — not before: an older document is
 * not judged against a name no source gives for its year.
 */
const EDITION = { function: 2019, economic: 2018 } as const;
const entry = (code: string, name: string, sources: readonly SourceId[], years?: Years): SubjectEntry => ({
  code,
  name,
  ...(years ?? (code.length > 3 ? { from: code.startsWith('3') ? EDITION.economic : EDITION.function } : {})),
  sources,
});

const P: SourceId[] = ['putuo-documents'];
const S: SourceId[] = ['shanghai-medical-seeds'];
const PS: SourceId[] = ['putuo-documents', 'shanghai-medical-seeds'];
const T: SourceId[] = ['final-template-2024', 'putuo-documents'];
const R: SourceId[] = ['editions-recalled'];
/** The 2019 renames the inspections look for. */
const RENAMED_2019: SourceId[] = ['domain-notes', 'pre-2019-class-list'];
const NEW_NAME = { from: 2019 } as const;
const OLD_NAME = { until: 2018 } as const;

export const FUNCTION_SUBJECTS: readonly SubjectEntry[] = [
  // 类: czj-2024-final prints 26 class lines of 2024, seed 003 22 of 2026.
  entry('201', '一般公共服务支出', PS),
  entry('20103', '政府办公厅（室）及相关机构事务', P),
  entry('2010301', '行政运行', P),
  entry('2010302', '一般行政管理事务', P),
  entry('2010350', '事业运行', P),
  entry('2010399', '其他政府办公厅（室）及相关机构事务支出', P),
  entry('20105', '统计信息事务', P),
  entry('2010506', '统计管理', P),
  entry('2010507', '专项普查活动', P),
  entry('20106', '财政事务', P),
  entry('2010601', '行政运行', P),
  entry('2010602', '一般行政管理事务', P),
  entry('2010604', '预算改革业务', P),
  entry('2010605', '财政国库业务', P),
  entry('2010607', '信息化建设', P),
  entry('2010608', '财政委托业务支出', P),
  entry('20113', '商贸事务', P),
  entry('2011301', '行政运行', P),
  entry('2011302', '一般行政管理事务', P),
  entry('2011350', '事业运行', P),
  entry('2011399', '其他商贸事务支出', P),
  entry('20129', '群众团体事务', P),
  entry('2012902', '一般行政管理事务', P),
  entry('20132', '组织事务', P),
  entry('2013202', '一般行政管理事务', P),
  entry('20133', '宣传事务', P),
  entry('2013302', '一般行政管理事务', P),
  entry('20134', '统战事务', P),
  entry('2013402', '一般行政管理事务', P),
  entry('20138', '市场监督管理事务', P),
  entry('2013802', '一般行政管理事务', P),
  entry('202', '外交支出', P),
  entry('203', '国防支出', PS),
  entry('204', '公共安全支出', PS),
  entry('20406', '司法', P),
  entry('2040607', '公共法律服务', P),
  entry('20499', '其他公共安全支出', P),
  entry('2049999', '其他公共安全支出', P),
  entry('205', '教育支出', PS),
  entry('20502', '普通教育', ['final-template-2024']),
  entry('2050205', '高等教育', ['final-template-2024']),
  entry('20599', '其他教育支出', P),
  entry('2059999', '其他教育支出', P),
  entry('206', '科学技术支出', PS),
  entry('20605', '科技条件与服务', P),
  entry('2060503', '科技条件专项', P),
  entry('20607', '科学技术普及', P),
  entry('2060702', '科普活动', P),
  entry('207', '文化体育与传媒支出', ['pre-2019-class-list', 'editions-recalled'], OLD_NAME),
  entry('207', '文化旅游体育与传媒支出', ['putuo-documents', 'shanghai-medical-seeds', 'editions-recalled'], NEW_NAME),
  entry('20703', '体育', P),
  entry('2070308', '群众体育', P),
  entry('20799', '其他文化体育与传媒支出', R, OLD_NAME),
  entry('20799', '其他文化旅游体育与传媒支出', R, NEW_NAME),
  entry('208', '社会保障和就业支出', PS),
  entry('20801', '人力资源和社会保障管理事务', S),
  entry('2080109', '社会保险经办机构', S),
  entry('2080199', '其他人力资源和社会保障管理事务支出', S),
  entry('20802', '民政管理事务', P),
  entry('2080206', '社会组织管理', P),
  entry('20805', '行政事业单位养老支出', PS),
  entry('2080501', '行政单位离退休', PS),
  entry('2080502', '事业单位离退休', PS),
  entry('2080505', '机关事业单位基本养老保险缴费支出', PS),
  entry('2080506', '机关事业单位职业年金缴费支出', PS),
  entry('2080599', '其他行政事业单位养老支出', PS),
  entry('20807', '就业补助', P),
  entry('2080705', '公益性岗位补贴', P),
  entry('20808', '抚恤', P),
  entry('2080801', '死亡抚恤', P),
  entry('20816', '红十字事业', P),
  entry('2081602', '一般行政管理事务', P),
  entry('20825', '其他生活救助', P),
  entry('2082501', '其他城市生活救助', P),
  entry('20899', '其他社会保障和就业支出', P),
  entry('2089999', '其他社会保障和就业支出', P),
  entry('209', '社会保险基金支出', R),
  entry('210', '医疗卫生与计划生育支出', RENAMED_2019, OLD_NAME),
  entry('210', '卫生健康支出', ['domain-notes', 'putuo-documents', 'shanghai-medical-seeds'], NEW_NAME),
  entry('21007', '计划生育事务', P),
  entry('2100717', '计划生育服务', P),
  entry('21011', '行政事业单位医疗', PS),
  entry('2101101', '行政单位医疗', PS),
  entry('2101102', '事业单位医疗', PS),
  entry('2101103', '公务员医疗补助', S),
  entry('2101199', '其他行政事业单位医疗支出', R),
  entry('21013', '医疗救助', S),
  entry('2101301', '城乡医疗救助', S),
  entry('2101399', '其他医疗救助支出', S),
  entry('21014', '优抚对象医疗', S),
  entry('2101499', '其他优抚对象医疗支出', S),
  entry('21015', '医疗保障管理事务', S),
  entry('2101501', '行政运行', S),
  entry('2101502', '一般行政管理事务', S),
  entry('2101504', '信息化建设', S),
  entry('2101505', '医疗保障政策管理', S),
  entry('2101506', '医疗保障经办事务', S),
  entry('2101550', '事业运行', S),
  entry('2101599', '其他医疗保障管理事务支出', S),
  entry('21099', '其他医疗卫生与计划生育支出', R, OLD_NAME),
  entry('21099', '其他卫生健康支出', ['putuo-documents', 'shanghai-medical-seeds', 'editions-recalled'], NEW_NAME),
  entry('2109999', '其他医疗卫生与计划生育支出', R, OLD_NAME),
  entry('2109999', '其他卫生健康支出', ['putuo-documents', 'shanghai-medical-seeds', 'editions-recalled'], NEW_NAME),
  entry('211', '节能环保支出', PS),
  entry('212', '城乡社区支出', PS),
  entry('21201', '城乡社区管理事务', P),
  entry('2120101', '行政运行', P),
  entry('2120102', '一般行政管理事务', P),
  entry('2120104', '城管执法', P),
  entry('2120199', '其他城乡社区管理事务支出', P),
  entry('21203', '城乡社区公共设施', P),
  entry('2120399', '其他城乡社区公共设施支出', P),
  entry('21205', '城乡社区环境卫生', P),
  entry('2120501', '城乡社区环境卫生', P),
  entry('21299', '其他城乡社区支出', P),
  entry('2129999', '其他城乡社区支出', P),
  entry('213', '农林水支出', PS),
  entry('214', '交通运输支出', PS),
  entry('215', '资源勘探信息等支出', ['pre-2019-class-list', 'editions-recalled'], OLD_NAME),
  entry('215', '资源勘探工业信息等支出', ['putuo-documents', 'shanghai-medical-seeds', 'editions-recalled'], NEW_NAME),
  entry('21508', '支持中小企业发展和管理支出', P),
  entry('2150899', '其他支持中小企业发展和管理支出', P),
  entry('21599', '其他资源勘探信息等支出', R, OLD_NAME),
  entry('21599', '其他资源勘探工业信息等支出', R, NEW_NAME),
  entry('216', '商业服务业等支出', PS),
  entry('21699', '其他商业服务业等支出', P),
  entry('2169999', '其他商业服务业等支出', P),
  entry('217', '金融支出', P),
  entry('219', '援助其他地区支出', PS),
  entry('220', '国土海洋气象等支出', RENAMED_2019, OLD_NAME),
  entry('220', '自然资源海洋气象等支出', ['domain-notes', 'putuo-documents', 'shanghai-medical-seeds'], NEW_NAME),
  entry('22001', '国土资源事务', ['domain-notes'], OLD_NAME),
  entry('22001', '自然资源事务', ['domain-notes'], NEW_NAME),
  entry('22099', '其他国土海洋气象等支出', R, OLD_NAME),
  entry('22099', '其他自然资源海洋气象等支出', R, NEW_NAME),
  entry('221', '住房保障支出', PS),
  entry('22102', '住房改革支出', PS),
  entry('2210201', '住房公积金', PS),
  entry('2210202', '提租补贴', R),
  entry('2210203', '购房补贴', PS),
  entry('22103', '城乡社区住宅', P),
  entry('2210399', '其他城乡社区住宅支出', P),
  entry('222', '粮油物资储备支出', PS),
  entry('223', '国有资本经营预算支出', P),
  entry('224', '灾害防治及应急管理支出', ['putuo-documents', 'shanghai-medical-seeds', 'editions-recalled'], NEW_NAME),
  entry('227', '预备费', S),
  entry('229', '其他支出', PS),
  entry('230', '转移性支出', R),
  entry('231', '债务还本支出', P),
  entry('232', '债务付息支出', PS),
  entry('233', '债务发行费用支出', R),
  entry('234', '抗疫特别国债安排的支出', ['putuo-documents', 'editions-recalled'], { from: 2020 }),
];

export const ECONOMIC_SUBJECTS: readonly SubjectEntry[] = [
  entry('301', '工资福利支出', T),
  entry('30101', '基本工资', T),
  entry('30102', '津贴补贴', T),
  entry('30103', '奖金', T),
  entry('30106', '伙食补助费', T),
  entry('30107', '绩效工资', T),
  entry('30108', '机关事业单位基本养老保险缴费', T),
  entry('30109', '职业年金缴费', T),
  entry('30110', '职工基本医疗保险缴费', T),
  entry('30111', '公务员医疗补助缴费', T),
  entry('30112', '其他社会保障缴费', T),
  entry('30113', '住房公积金', T),
  entry('30114', '医疗费', T),
  entry('30199', '其他工资福利支出', T),
  entry('302', '商品和服务支出', T),
  entry('30201', '办公费', T),
  entry('30202', '印刷费', T),
  entry('30203', '咨询费', T),
  entry('30204', '手续费', T),
  entry('30205', '水费', T),
  entry('30206', '电费', T),
  entry('30207', '邮电费', T),
  entry('30208', '取暖费', T),
  entry('30209', '物业管理费', T),
  entry('30211', '差旅费', T),
  entry('30212', '因公出国（境）费用', T),
  entry('30213', '维修（护）费', T),
  entry('30214', '租赁费', T),
  entry('30215', '会议费', T),
  entry('30216', '培训费', T),
  entry('30217', '公务接待费', T),
  entry('30218', '专用材料费', T),
  entry('30224', '被装购置费', T),
  entry('30225', '专用燃料费', T),
  entry('30226', '劳务费', T),
  entry('30227', '委托业务费', T),
  entry('30228', '工会经费', T),
  entry('30229', '福利费', T),
  entry('30231', '公务用车运行维护费', T),
  entry('30239', '其他交通费用', T),
  entry('30240', '税金及附加费用', T),
  entry('30299', '其他商品和服务支出', T),
  entry('303', '对个人和家庭的补助', T),
  entry('30301', '离休费', T),
  entry('30302', '退休费', T),
  entry('30303', '退职（役）费', T),
  entry('30304', '抚恤金', T),
  entry('30305', '生活补助', T),
  entry('30306', '救济费', ['final-template-2024']),
  entry('30307', '医疗费补助', T),
  entry('30308', '助学金', T),
  entry('30309', '奖励金', T),
  entry('30310', '个人农业生产补贴', T),
  entry('30311', '代缴社会保险费', T),
  entry('30399', '其他对个人和家庭的补助', T),
  entry('307', '债务利息及费用支出', R),
  entry('309', '资本性支出（基本建设）', R),
  entry('310', '资本性支出', T),
  entry('31001', '房屋建筑物购建', T),
  entry('31002', '办公设备购置', T),
  entry('31003', '专用设备购置', T),
  entry('31007', '信息网络及软件购置更新', T),
  entry('31013', '公务用车购置', T),
  entry('31019', '其他交通工具购置', T),
  entry('31021', '文物和陈列品购置', T),
  entry('31022', '无形资产购置', T),
  entry('31099', '其他资本性支出', T),
  entry('311', '对企业补助（基本建设）', R),
  entry('312', '对企业补助', R),
  entry('313', '对社会保障基金补助', R),
  entry('399', '其他支出', R),
];

/**
 * Parents whose children are all listed above, and the years that holds for. 301/302/303: the 2024
 * final-accounts template lists every 款 of them, and no document of 2023–2026 here prints another;
 * 21011 and 22102: the documents print 01–03 (21011) and 01, 03 (22102), the rest recalled. The class
 * list itself is not marked complete: the years of the newest classes (234 and after) are not sure.
 */
export const COMPLETE_CHILDREN: readonly CompleteChildren[] = [
  {
    parent: '21011',
    from: 2019,
    until: 2026,
    sources: ['shanghai-medical-seeds', 'putuo-documents', 'editions-recalled'],
  },
  {
    parent: '22102',
    from: 2019,
    until: 2026,
    sources: ['shanghai-medical-seeds', 'putuo-documents', 'editions-recalled'],
  },
  { parent: '301', from: 2019, until: 2026, sources: T },
  { parent: '302', from: 2019, until: 2026, sources: T },
  { parent: '303', from: 2019, until: 2026, sources: T },
];
