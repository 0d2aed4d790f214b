import type { Language } from './settings';
import type { Status } from './status';

/** "1 error", "2 errors": English counts agree with their number. */
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const zh = {
  status: { ok: '一致', warning: '有警告', error: '有错误', incomplete: '未能完整核对' } satisfies Record<
    Status,
    string
  >,
  pageSummary: (tables: number, errors: number, warnings: number) =>
    `本页 ${tables} 张预算表：${errors} 个错误，${warnings} 个警告`,
  noFindings: '未发现问题',
  rowOk: '本行参与的核对均一致',
  rowIncomplete: '本行部分数值的列位置未能确定',
  computedSum: '计算之和',
  collapse: '收起',
  expand: '展开',
  pdfIdle: '点击核对此 PDF',
  pdfDocuments: (n: number) => `本 PDF 含 ${n} 份文档`,
  pdfDocumentFailed: '未能核对：',
  severalTitle: '含多份文档的 PDF',
  severalNoFindings: '未发现问题',
  severalMore: (n: number) => `还有 ${n} 处问题，见完整报告`,
  pdfQueued: '排队等待核对…',
  pdfChecking: '正在核对…',
  pdfNeedsPermission: (origin: string) => `需要允许访问 ${origin}：请在扩展弹出窗口中点击“允许核对此网站的 PDF”`,
  pdfNotPdf: '链接不是 PDF 文件',
  pdfFailed: '无法读取：',
  pdfOpenReport: '点击查看完整报告',
  pdfVerdict: (errors: number, warnings: number) => `${errors} 个错误，${warnings} 个警告`,
  popupNotChecked: '本页尚未核对',
  popupNoTables: '本页没有识别到预算表',
  popupCheckNow: '立即核对',
  popupAuto: '在此网站自动运行',
  popupAllowPdf: '允许核对此网站的 PDF',
  popupPdfLinks: (n: number) => `${n} 个 PDF 链接`,
  popupUnsupported: '此页面无法核对',
  optionsTitle: '核账设置',
  optionsSites: '自动运行的网站',
  optionsSitesHelp: '在这些网站上，页面加载时即核对其中的预算表。',
  optionsAddSite: '添加',
  optionsRemove: '移除',
  optionsLanguage: '语言',
  optionsPdf: 'PDF 链接',
  optionsPdfPolicy: { 'on-demand': '点击徽标时核对', automatic: '在自动运行的网站上自动核对', off: '不核对' },
  optionsPdfOtherSites: '也核对网页链接到其他网站的 PDF（内部网络地址始终不访问）',
  pdfRefused: '不核对：',
  moreLinks: (n: number) => `还有 ${n} 个 PDF 链接未标注（每页最多标注前若干个）`,
  skippedTables: (n: number) => `${n} 张表格过大，未核对`,
  privacy: '所有核对都在本机完成：除了下载你要核对的 PDF，扩展不发送任何请求。',
  reportMissing: '没有找到这个 PDF 的报告：请回到网页重新核对。',
  togetherTitle: '本页 PDF 合读',
  togetherSummary: (documents: number, errors: number, warnings: number) =>
    `${documents} 份文档合读：跨文档 ${errors} 个错误，${warnings} 个警告`,
  togetherPaired: (names: readonly string[]) =>
    names.length > 0 ? `与本页其他文档合读，配对：${names.join('、')}` : '与本页其他文档合读：没有与之配对的文档',
  togetherUnpaired: '未配对：',
  togetherImpossible: '无法比较：',
  togetherMore: (n: number) => `还有 ${n} 项跨文档问题，见完整报告`,
  togetherNoFindings: '文档之间未发现问题',
  togetherOpenDossier: '打开档案',
  togetherLeft: (n: number) => `另有 ${n} 份已核对的 PDF 未参与合读（超过上限，或其报告已不在缓存中）`,
  togetherMissing: (n: number) => `${n} 份文档的报告已不在缓存中，未参与合读：请回到网页重新核对。`,
  unreadTitle: '未能核对的 PDF',
  unreadSummary: (n: number) => `${n} 个 PDF 链接未能核对`,
  unreadMore: (n: number) => `还有 ${n} 个未能核对的 PDF 链接，原因见各链接旁的标记`,
  popupPdfs: (
    checked: number,
    unread: number,
    together?: { findings: number; worst?: 'error' | 'warning' },
    /** Documents in the PDFs checked, when some PDF holds several. */
    documents?: number,
  ) =>
    // No space between a closing full-width parenthesis and the dot that follows it.
    `${checked} 个 PDF 已核对${
      documents !== undefined || unread > 0
        ? `（${[documents !== undefined ? `共 ${documents} 份文档` : '', unread > 0 ? `${unread} 个无法核对` : ''].filter(Boolean).join('；')}）`
        : together
          ? ' '
          : ''
    }${
      together
        ? together.findings > 0
          ? `· 合读发现 ${together.findings} 处跨文档问题（${together.worst === 'error' ? '含错误' : '均为警告'}）`
          : '· 合读未发现跨文档问题'
        : ''
    }`,
};

export type Strings = typeof zh;

const en: Strings = {
  status: { ok: 'consistent', warning: 'warnings', error: 'errors', incomplete: 'not fully checked' } satisfies Record<
    Status,
    string
  >,
  pageSummary: (tables: number, errors: number, warnings: number) =>
    `${count(tables, 'budget table')} on this page: ${count(errors, 'error')}, ${count(warnings, 'warning')}`,
  noFindings: 'No problems found',
  rowOk: 'Every check this row takes part in agrees',
  rowIncomplete: 'The columns of some values in this row could not be settled',
  computedSum: 'computed sum',
  collapse: 'Collapse',
  expand: 'Expand',
  pdfIdle: 'Click to check this PDF',
  pdfDocuments: (n: number) => `this PDF holds ${n} documents`,
  pdfDocumentFailed: 'not checked: ',
  severalTitle: 'PDFs that hold several documents',
  severalNoFindings: 'No problems found',
  severalMore: (n: number) => `${count(n, 'more finding')} in the full report`,
  pdfQueued: 'Waiting to be checked…',
  pdfChecking: 'Checking…',
  pdfNeedsPermission: (origin: string) =>
    `Access to ${origin} is needed: click "Allow checking PDFs on this site" in the extension's popup`,
  pdfNotPdf: 'The link is not a PDF',
  pdfFailed: 'Could not read: ',
  pdfOpenReport: 'Click for the full report',
  pdfVerdict: (errors: number, warnings: number) => `${count(errors, 'error')}, ${count(warnings, 'warning')}`,
  popupNotChecked: 'This page has not been checked',
  popupNoTables: 'No budget table found on this page',
  popupCheckNow: 'Check now',
  popupAuto: 'Run automatically on this site',
  popupAllowPdf: 'Allow checking PDFs on this site',
  popupPdfLinks: (n: number) => count(n, 'PDF link'),
  popupUnsupported: 'This page cannot be checked',
  optionsTitle: 'Hezhang settings',
  optionsSites: 'Sites where it runs automatically',
  optionsSitesHelp: 'On these sites the budget tables of a page are checked as it loads.',
  optionsAddSite: 'Add',
  optionsRemove: 'Remove',
  optionsLanguage: 'Language',
  optionsPdf: 'PDF links',
  optionsPdfPolicy: {
    'on-demand': 'Check when the badge is clicked',
    automatic: 'Check automatically on the automatic sites',
    off: 'Do not check',
  },
  optionsPdfOtherSites: 'Also check PDFs a page links on other sites (private-network addresses never)',
  pdfRefused: 'Not checked: ',
  moreLinks: (n: number) => `${count(n, 'more PDF link')} not badged (only the first ones of a page are)`,
  skippedTables: (n: number) => `${count(n, 'table')} too large to check`,
  privacy:
    'Everything is checked on your computer: apart from downloading the PDFs you check, the extension sends no request.',
  reportMissing: 'No report for this PDF: go back to the page and check it again.',
  togetherTitle: "This page's PDFs read together",
  togetherSummary: (documents: number, errors: number, warnings: number) =>
    `${count(documents, 'document')} read together: ${count(errors, 'error')}, ${count(warnings, 'warning')} between documents`,
  togetherPaired: (names: readonly string[]) =>
    names.length > 0
      ? `Read with the page's other documents, paired with ${names.join(', ')}`
      : "Read with the page's other documents: none was paired with it",
  togetherUnpaired: 'Not paired: ',
  togetherImpossible: 'Not compared: ',
  togetherMore: (n: number) => `${count(n, 'more finding')} between documents in the full report`,
  togetherNoFindings: 'No problem found between the documents',
  togetherOpenDossier: 'Open the dossier',
  togetherLeft: (n: number) =>
    `${count(n, 'more checked PDF')} not read together (past the limit, or its report is no longer cached)`,
  togetherMissing: (n: number) =>
    `${count(n, 'document')} not read together: its report is no longer cached. Go back to the page and check again.`,
  unreadTitle: 'PDFs that could not be checked',
  unreadSummary: (n: number) => `${count(n, 'PDF link')} could not be checked`,
  unreadMore: (n: number) => `${count(n, 'more PDF link')} could not be checked: each badge says why`,
  popupPdfs: (
    checked: number,
    unread: number,
    together?: { findings: number; worst?: 'error' | 'warning' },
    documents?: number,
  ) =>
    `${count(checked, 'PDF')} checked${documents !== undefined ? ` (${count(documents, 'document')})` : ''}${unread > 0 ? ` (${unread} could not be)` : ''}${
      together
        ? together.findings > 0
          ? ` · read together: ${count(together.findings, 'finding')} between documents (worst: ${together.worst === 'error' ? 'error' : 'warning'})`
          : ' · read together: no problem between documents'
        : ''
    }`,
};

export function strings(language: Language): Strings {
  return language === 'en' ? en : zh;
}
