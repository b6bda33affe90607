/**
 * Every user-visible string of the front end, in Chinese (default) and English, in
 * one place. `t(lang, key, params)` looks a message up and fills `{name}` placeholders.
 * Data values (link, chain, firm names) come from the API and are not translated
 * here, except the fixed vocabularies the API returns as codes (stages, ownership,
 * statuses, tags) and the usual capacity units.
 */

import { FORM_MESSAGES } from './forms/messages';
import { LEDGER_MESSAGES } from './ledger-messages';

export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** A message in both languages; `{name}` marks a placeholder filled by `t`. */
export type Message = Record<Lang, string>;

export const MESSAGES = {
  // Sign-in and edit forms (forms/messages.ts).
  ...FORM_MESSAGES,
  // Ledger view and follow-up form (ledger-messages.ts).
  ...LEDGER_MESSAGES,
  appTitle: { zh: '链谱 · 产业链图谱', en: 'Lianpu · Industrial Chain Map' },
  appSubtitle: { zh: '产业链招商知识库', en: 'Chain-based investment recruitment' },
  langSwitch: { zh: 'EN', en: '中' },
  langSwitchLabel: { zh: 'Switch to English', en: '切换到中文' },
  chainLabel: { zh: '产业链', en: 'Chain' },
  regionLabel: { zh: '地区', en: 'Region' },
  provinceLabel: { zh: '省', en: 'Province' },
  cityLabel: { zh: '市', en: 'City' },
  countyLabel: { zh: '县（市、区）', en: 'County' },
  parkLabel: { zh: '园区', en: 'Park' },
  national: { zh: '全国', en: 'National' },
  linkJumpLabel: { zh: '环节', en: 'Link' },
  linkJumpPlaceholder: { zh: '— 选择环节查看企业 —', en: '— choose a link —' },
  mapTitle: { zh: '{chain} · {region}', en: '{chain} · {region}' },
  wholeRegion: { zh: '全部（{name}）', en: 'All of {name}' },
  loading: { zh: '正在加载…', en: 'Loading…' },
  zoomIn: { zh: '放大', en: 'Zoom in' },
  zoomOut: { zh: '缩小', en: 'Zoom out' },
  zoomFit: { zh: '适应窗口', en: 'Fit to window' },
  zoomGroup: { zh: '缩放', en: 'Zoom' },
  close: { zh: '关闭', en: 'Close' },
  closePanel: { zh: '关闭面板', en: 'Close panel' },
  mapAria: {
    zh: '{chain}产业链图谱：上游在左，下游在右',
    en: '{chain} chain map: upstream on the left, downstream on the right',
  },
  chainLeader: { zh: '链长', en: 'Chain leader' },
  linkMasters: { zh: '链主企业', en: 'Link-master firms' },
  none: { zh: '无', en: 'none' },
  notRecorded: { zh: '未记录', en: 'not recorded' },
  scopeRegion: { zh: '本地：{region}', en: 'Local: {region}' },
  scopeNational: { zh: '范围：全国', en: 'Scope: national' },
  legendTitle: { zh: '图例', en: 'Legend' },
  legendLink: { zh: '环节（本地在产企业数 · 产能）', en: 'Link (local operating firms · capacity)' },
  legendMissing: { zh: '本地缺失环节（无在产企业）', en: 'Missing locally (no operating firm)' },
  legendMaster: { zh: '★ 有链主企业', en: '★ has a link-master firm' },
  legendFeed: { zh: '→ 供给关系（上游 → 下游）', en: '→ feeds (upstream → downstream)' },
  stageUPSTREAM: { zh: '上游', en: 'Upstream' },
  stageMIDSTREAM: { zh: '中游', en: 'Midstream' },
  stageDOWNSTREAM: { zh: '下游', en: 'Downstream' },
  firmCount: { zh: '{n}家', en: '{n} firms' },
  firmCountOne: { zh: '{n}家', en: '1 firm' },
  noFirms: { zh: '无本地企业', en: 'no local firm' },
  noFirmsNational: { zh: '暂无企业', en: 'no firm' },
  pipeline: { zh: '在建/规划 {q}', en: 'pipeline {q}' },
  listSep: { zh: '、', en: ', ' },
  colon: { zh: '：', en: ': ' },
  // Chain leader's map: gap colours, summary bar, expansion, searches (issue 4)
  gapMISSING: { zh: '缺失', en: 'Missing' },
  gapFILLING: { zh: '在补', en: 'Filling' },
  gapWEAK: { zh: '薄弱', en: 'Weak' },
  gapSTRONG: { zh: '较强', en: 'Strong' },
  gapLegendMISSING: { zh: '缺失：本地无在产企业，也无在建', en: 'Missing: no local producer, nothing being built' },
  gapLegendFILLING: {
    zh: '在补：无在产企业，但有在建/规划或签约项目',
    en: 'Filling: none operating, but capacity or a project on the way',
  },
  gapLegendWEAK: {
    zh: '薄弱：仅一家企业，或本地供给不足',
    en: 'Weak: one producer only, or local supply short of demand',
  },
  gapLegendSTRONG: { zh: '较强：多家企业且供给充足', en: 'Strong: several producers, enough supply' },
  oppFILL: { zh: '补链', en: 'Fill' },
  oppEXTEND_UPSTREAM: { zh: '延链·上游', en: 'Extend upstream' },
  oppEXTEND_DOWNSTREAM: { zh: '延链·下游', en: 'Extend downstream' },
  oppSTRENGTHEN: { zh: '强链', en: 'Strengthen' },
  oppNONE: { zh: '无', en: 'none' },
  oppLegend: { zh: '【补链】【延链】【强链】招商机会', en: '[Fill] [Extend] [Strengthen]: recruitment opportunity' },
  balanceSurplus: { zh: '盈余 {q}', en: 'surplus {q}' },
  balanceDeficit: { zh: '缺口 {q}', en: 'shortfall {q}' },
  balanceEven: { zh: '供需平衡', en: 'balanced' },
  balanceUnitsDiffer: { zh: '单位不同', en: 'units differ' },
  balanceLine: { zh: '平衡：{v}', en: 'Balance: {v}' },
  balanceIncomplete: { zh: '（需求不完整）', en: ' (demand incomplete)' },
  balanceNumbers: {
    zh: '本地供给 {supply}，本地需求 {demand}，差额 {value}',
    en: 'Local supply {supply}, local demand {demand}, balance {value}',
  },
  balanceNone: {
    zh: '无法计算供需平衡（无本地供给，或需求无法按本环节单位计算）。',
    en: "No balance: no local supply, or demand not computable in this link's unit.",
  },
  legendFirm: { zh: '企业（展开环节后显示）', en: 'Firm (when a link is expanded)' },
  legendSupply: { zh: '⇢ 企业间供货', en: '⇢ supplies between firms' },
  legendIncomplete: {
    zh: '* 部分本地需求无法计算（见环节面板）',
    en: '* part of local demand not computable (see link panel)',
  },
  summaryAria: { zh: '链条概况', en: 'Chain summary' },
  summaryCompleteness: { zh: '链条完整度', en: 'Completeness' },
  summaryCompletenessValue: { zh: '{pct}%（{present}/{total}个环节）', en: '{pct}% ({present} of {total} links)' },
  summaryGaps: { zh: '招商机会', en: 'Opportunities' },
  summaryProjects: { zh: '项目', en: 'Projects' },
  summaryProjectsValue: {
    zh: '签约 {signed} · 开工 {started} · 投产 {producing}',
    en: 'signed {signed} · started {started} · producing {producing}',
  },
  noLeader: { zh: '未设链长', en: 'No chain leader' },
  summaryNeedRegion: { zh: '选择地区后显示缺链分析', en: 'Choose a region to see the gap analysis' },
  gapSection: { zh: '缺链分析', en: 'Gap analysis' },
  gapStatusLine: {
    zh: '状态：{status}　机会：{opps}　得分 {score}',
    en: 'Status: {status}   Opportunity: {opps}   Score {score}',
  },
  linkProjectsLabel: { zh: '本地项目', en: 'Projects in the region' },
  linkProjectsEmpty: { zh: '暂无该环节的项目记录。', en: 'No project for this link is recorded.' },
  targetsButton: { zh: '查看招商目标', en: 'Targets' },
  expandFirms: { zh: '展开企业', en: 'Show firms' },
  collapseFirms: { zh: '收起企业', en: 'Hide firms' },
  expandedMore: { zh: '另有 {n} 家未显示', en: '{n} more not shown' },
  searchLabel: { zh: '搜索', en: 'Search' },
  searchPlaceholder: { zh: '搜索企业、环节、产业链', en: 'Search firms, links, chains' },
  searchNoResults: { zh: '没有找到结果', en: 'No results' },
  searchResults: { zh: '{n} 条结果', en: '{n} results' },
  searchKindFirm: { zh: '企业', en: 'Firm' },
  searchKindLink: { zh: '环节', en: 'Link' },
  searchKindChain: { zh: '产业链', en: 'Chain' },
  searchKindRegion: { zh: '地区', en: 'Region' },
  regionSearchLabel: { zh: '查找地区', en: 'Find a region' },
  regionSearchPlaceholder: { zh: '输入地区名称', en: 'Region name' },
  // Link panel
  linkPanelTitle: { zh: '{link} · 企业', en: '{link} · firms' },
  linkPanelScope: { zh: '{region}范围内的生产企业', en: 'Producers in {region}' },
  linkPanelEmpty: { zh: '该地区暂无该环节的企业记录。', en: 'No producer of this link is recorded in this region.' },
  linkPanelTotal: { zh: '合计（按单位）：{q}', en: 'Total (per unit): {q}' },
  linkPanelTruncated: { zh: '仅显示前 {n} 家', en: 'Showing the first {n} only' },
  colFirm: { zh: '企业', en: 'Firm' },
  colCapacity: { zh: '产能', en: 'Capacity' },
  colStatus: { zh: '状态', en: 'Status' },
  colTags: { zh: '标签', en: 'Tags' },
  colRegion: { zh: '所在地', en: 'Located in' },
  sourceLabel: { zh: '来源', en: 'Source' },
  asOfLabel: { zh: '截至', en: 'As of' },
  sourceLine: { zh: '来源：{source}（{asOf}）', en: 'Source: {source} ({asOf})' },
  sourceUnknown: { zh: '来源未记录', en: 'source not recorded' },
  estimate: { zh: '估算', en: 'estimate' },
  masterBadge: { zh: '链主', en: 'Link master' },
  // Enterprise panel
  firmPanelTitle: { zh: '企业档案', en: 'Firm profile' },
  ownershipLabel: { zh: '所有制', en: 'Ownership' },
  tagsLabel: { zh: '标签', en: 'Tags' },
  aliasesLabel: { zh: '别名', en: 'Also known as' },
  foundedLabel: { zh: '成立', en: 'Founded' },
  employeesLabel: { zh: '员工', en: 'Employees' },
  employeesValue: { zh: '{n}人', en: '{n}' },
  revenueLabel: { zh: '营业收入', en: 'Revenue' },
  /** `n` is in 万元 for zh and in million yuan for en (see `formatMoneyWan`). */
  revenueValue: { zh: '{n}万元', en: 'CNY {n}M' },
  websiteLabel: { zh: '网站', en: 'Website' },
  producesLabel: { zh: '生产环节与产能', en: 'Links and capacities' },
  suppliersLabel: { zh: '供应商（上游配套）', en: 'Suppliers' },
  customersLabel: { zh: '客户（下游）', en: 'Customers' },
  parentsLabel: { zh: '所属集团', en: 'Parent groups' },
  subsidiariesLabel: { zh: '下属企业', en: 'Subsidiaries' },
  shareValue: { zh: '持股 {n}%', en: '{n}% held' },
  projectsLabel: { zh: '投资项目', en: 'Projects' },
  masterOfLabel: { zh: '链主身份', en: 'Link-master of' },
  /** `n` is in 亿元 for zh and in million yuan for en (see `formatMoneyYi`). */
  investmentValue: { zh: '{n}亿元', en: 'CNY {n}M' },
  projectLeader: { zh: '包联领导：{name}', en: 'Responsible official: {name}' },
  sourcesLabel: { zh: '资料来源', en: 'Sources' },
  viaLink: { zh: '（{link}）', en: ' ({link})' },
  // Recruiter and planner views (targets, heat map, exports, report)
  viewNav: { zh: '视图', en: 'View' },
  viewMap: { zh: '产业链图谱', en: 'Chain map' },
  viewTargets: { zh: '招商目标', en: 'Targets' },
  viewHeatmap: { zh: '招商热力图', en: 'Heat map' },
  tgtLinkLabel: { zh: '缺链环节', en: 'Gap link' },
  tgtWholeChain: { zh: '全链目标企业清单（去重）', en: 'Whole chain target list (deduplicated)' },
  tgtTitle: { zh: '{link} · 招商目标（{region}以外）', en: 'Targets for {link} (outside {region})' },
  tgtChainTitle: { zh: '{chain} · 招商目标企业清单（{region}）', en: '{chain} · target firm list ({region})' },
  tgtTotal: { zh: '共 {total} 家符合条件，已显示 {shown} 家', en: '{total} firms qualify, {shown} shown' },
  tgtChainCount: { zh: '共 {n} 家企业', en: '{n} firms' },
  tgtMore: { zh: '加载更多', en: 'More' },
  tgtEmpty: { zh: '没有符合条件的企业。', en: 'No firm matches.' },
  tgtNeedRegion: {
    zh: '请先选择一个地区（招商目标是该地区以外的企业）。',
    en: 'Choose a region first (targets are firms outside it).',
  },
  tgtViaGroup: { zh: '由所属集团企业生产', en: 'made by a firm of its group' },
  tgtScoreLabel: { zh: '得分 {score}', en: 'Score {score}' },
  tgtGapLinks: { zh: '可补环节：{links}', en: 'Could fill: {links}' },
  tgtOpenList: { zh: '查看招商目标', en: 'Show targets' },
  filterTitle: { zh: '筛选', en: 'Filter' },
  filterTags: { zh: '标签（任一）', en: 'Tags (any)' },
  filterOwnership: { zh: '所有制', en: 'Ownership' },
  filterInclude: { zh: '仅限省份', en: 'Only provinces' },
  filterExclude: { zh: '排除省份', en: 'Exclude provinces' },
  filterMinCapacity: { zh: '最低产能（{unit}）', en: 'Minimum capacity ({unit})' },
  filterApply: { zh: '应用筛选', en: 'Apply filter' },
  filterReset: { zh: '清除筛选', en: 'Clear filter' },
  downloadCsv: { zh: '下载 CSV', en: 'Download CSV' },
  downloadXlsx: { zh: '下载 Excel', en: 'Download Excel' },
  colRank: { zh: '排名', en: 'Rank' },
  colFirmId: { zh: '企业编号', en: 'Firm ID' },
  colScore: { zh: '总分', en: 'Score' },
  colGapLinks: { zh: '可补环节', en: 'Gap links' },
  colViaGroup: { zh: '集团关联', en: 'Via group' },
  colReasons: { zh: '理由', en: 'Reasons' },
  yes: { zh: '是', en: 'yes' },
  reasonSep: { zh: '；', en: '; ' },
  componentSCALE: { zh: '规模', en: 'Scale' },
  componentQUALITY: { zh: '资质', en: 'Quality' },
  componentTIES: { zh: '关联', en: 'Ties' },
  componentMOMENTUM: { zh: '动能', en: 'Momentum' },
  componentPROXIMITY: { zh: '区位', en: 'Proximity' },
  heatTitle: { zh: '{chain} · 招商热力图（{scope}）', en: '{chain} · opportunity heat map ({scope})' },
  heatLevel: { zh: '层级', en: 'Level' },
  heatWithin: { zh: '范围', en: 'Within' },
  heatRegion: { zh: '地区', en: 'Region' },
  heatScore: { zh: '机会得分', en: 'Opportunity score' },
  heatGapCount: { zh: '缺口环节数', en: 'Gap links' },
  heatCompleteness: { zh: '链条完整度', en: 'Completeness' },
  heatBreakdown: {
    zh: '补链 {fill} · 延链 {extend} · 强链 {strengthen}',
    en: 'fill {fill} · extend {extend} · strengthen {strengthen}',
  },
  heatOpen: { zh: '打开{region}的产业链图谱', en: 'Open the chain map of {region}' },
  heatEmpty: { zh: '该范围内没有地区数据。', en: 'No region in this scope.' },
  heatLegend: { zh: '颜色越深，招商机会越大', en: 'Darker = more to gain from recruiting' },
  expMenu: { zh: '导出', en: 'Export' },
  expPng: { zh: '图片 PNG（打印分辨率）', en: 'Image PNG (print resolution)' },
  expSvg: { zh: '矢量图 SVG', en: 'Vector SVG' },
  expJson: { zh: 'Cytoscape JSON 数据', en: 'Cytoscape JSON' },
  expGraphml: { zh: 'GraphML 网络图（Gephi / yEd）', en: 'GraphML (Gephi / yEd)' },
  expReport: { zh: '打印报告（A4 横向）', en: 'Printable report (A4 landscape)' },
  expNoMap: { zh: '地图尚未加载完成。', en: 'The map has not finished loading.' },
  rptTitle: { zh: '{chain}产业链招商报告 · {region}', en: '{chain} chain recruitment report · {region}' },
  rptGenerated: { zh: '生成于 {date}', en: 'Generated {date}' },
  rptSummary: { zh: '概况', en: 'Summary' },
  rptCompleteness: {
    zh: '链条完整度 {p}%（{present}/{total} 个环节本地有在产企业）',
    en: 'Completeness {p}% ({present} of {total} links have a local operating firm)',
  },
  rptGapCounts: {
    zh: '补链 {fill} · 延链 {extend} · 强链 {strengthen} · 缺失 {missing} · 在建 {filling} · 薄弱 {weak}',
    en: 'fill {fill} · extend {extend} · strengthen {strengthen} · missing {missing} · filling {filling} · weak {weak}',
  },
  rptProjects: {
    zh: '项目：签约 {signed} · 开工 {started} · 投产 {producing}',
    en: 'Projects: signed {signed} · started {started} · producing {producing}',
  },
  rptGaps: { zh: '缺链 / 弱链环节', en: 'Gaps' },
  rptTargets: { zh: '重点招商目标', en: 'Top targets' },
  rptPrint: { zh: '打印 / 存为 PDF', en: 'Print / save as PDF' },
  rptClose: { zh: '关闭报告', en: 'Close report' },
  rptLoading: { zh: '正在生成报告…', en: 'Preparing the report…' },
  colStage: { zh: '阶段', en: 'Stage' },
  colGapStatus: { zh: '状态', en: 'Status' },
  colOpportunity: { zh: '机会', en: 'Opportunity' },
  colExplanation: { zh: '说明', en: 'Explanation' },
  colLocalFirms: { zh: '本地企业', en: 'Local firms' },
  rptStatusMISSING: { zh: '缺失', en: 'Missing' },
  rptStatusFILLING: { zh: '在建', en: 'Filling' },
  rptStatusWEAK: { zh: '薄弱', en: 'Weak' },
  rptStatusSTRONG: { zh: '较强', en: 'Strong' },
  rptOppFILL: { zh: '补链', en: 'Fill' },
  rptOppEXTEND_DOWNSTREAM: { zh: '延链（下游）', en: 'Extend downstream' },
  rptOppEXTEND_UPSTREAM: { zh: '延链（上游）', en: 'Extend upstream' },
  rptOppSTRENGTHEN: { zh: '强链', en: 'Strengthen' },
  rptOppNONE: { zh: '无', en: '—' },
  // Errors
  errorTitle: { zh: '无法加载数据', en: 'Could not load data' },
  errorNetwork: {
    zh: '无法连接服务器，请检查网络或稍后重试。',
    en: 'The server cannot be reached. Check the connection or try again later.',
  },
  errorDatabase: {
    zh: '数据库暂时不可用，请稍后重试。',
    en: 'The database is unavailable right now. Please try again later.',
  },
  errorTimeout: { zh: '查询超时，请稍后重试。', en: 'The query timed out. Please try again later.' },
  errorBadInput: { zh: '请求参数有误：{message}', en: 'Invalid request: {message}' },
  errorNotFound: { zh: '未找到：{message}', en: 'Not found: {message}' },
  errorInternal: { zh: '服务器内部错误，请稍后重试。', en: 'Internal server error. Please try again later.' },
  errorHttp: { zh: '服务器返回错误（HTTP {status}）。', en: 'The server returned an error (HTTP {status}).' },
  errorUnknown: { zh: '发生未知错误：{message}', en: 'Unexpected error: {message}' },
  errorChainNotFound: { zh: '未找到产业链“{id}”。', en: 'Chain "{id}" was not found.' },
  errorNoChains: { zh: '知识库中还没有产业链。', en: 'The knowledge base holds no chains yet.' },
  retry: { zh: '重试', en: 'Retry' },
  dismiss: { zh: '关闭提示', en: 'Dismiss' },
} as const satisfies Record<string, Message>;

export type MessageKey = keyof typeof MESSAGES;

/** Placeholder values; numbers are written with `String()`, format them first if needed. */
export type Params = Record<string, string | number>;

/** The message `key` in `lang`, with `{name}` placeholders replaced from `params`. */
export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const template: string = MESSAGES[key][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Both languages at once, "中文 / English", for messages that must reach everyone (errors). */
export function tBoth(key: MessageKey, params: Params = {}): string {
  return `${t('zh', key, params)} / ${t('en', key, params)}`;
}

/** The placeholder names used in a template, sorted (for the completeness test). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

export const STAGE_KEYS = {
  UPSTREAM: 'stageUPSTREAM',
  MIDSTREAM: 'stageMIDSTREAM',
  DOWNSTREAM: 'stageDOWNSTREAM',
} as const satisfies Record<string, MessageKey>;

/** Labels of the target score components (`ScoreComponentName`). */
export const COMPONENT_KEYS = {
  SCALE: 'componentSCALE',
  QUALITY: 'componentQUALITY',
  TIES: 'componentTIES',
  MOMENTUM: 'componentMOMENTUM',
  PROXIMITY: 'componentPROXIMITY',
} as const satisfies Record<string, MessageKey>;

/** Labels of the API's enumerations (`Ownership`, `ProductionStatus`, `ProjectStatus`). */
export const ENUM_LABELS = {
  CENTRAL_SOE: { zh: '央企', en: 'Central SOE' },
  LOCAL_SOE: { zh: '地方国企', en: 'Local SOE' },
  PRIVATE: { zh: '民营', en: 'Private' },
  FOREIGN: { zh: '外资', en: 'Foreign' },
  MIXED: { zh: '混合所有制', en: 'Mixed ownership' },
  OPERATING: { zh: '在产', en: 'Operating' },
  BUILDING: { zh: '在建', en: 'Building' },
  PLANNED: { zh: '规划', en: 'Planned' },
  SIGNED: { zh: '签约', en: 'Signed' },
  STARTED: { zh: '开工', en: 'Started' },
  PRODUCING: { zh: '投产', en: 'Producing' },
  STALLED: { zh: '停滞', en: 'Stalled' },
  CANCELLED: { zh: '取消', en: 'Cancelled' },
} as const satisfies Record<string, Message>;

/** The enterprise tag vocabulary of the interchange format (`docs/interchange-format.md`). */
export const TAG_LABELS = {
  listed: { zh: '上市', en: 'Listed' },
  global500: { zh: '世界500强', en: 'Fortune Global 500' },
  china500: { zh: '中国企业500强', en: 'China Top 500' },
  private500: { zh: '中国民营企业500强', en: 'China Private Top 500' },
  manufacturing500: { zh: '中国制造业企业500强', en: 'China Manufacturing Top 500' },
  srdi: { zh: '专精特新', en: 'Specialised SME (SRDI)' },
  little_giant: { zh: '专精特新“小巨人”', en: 'National "Little Giant"' },
  single_champion: { zh: '制造业单项冠军', en: 'Manufacturing single champion' },
  high_tech: { zh: '高新技术企业', en: 'High-tech enterprise' },
} as const satisfies Record<string, Message>;

/** The label of an enum value; unknown values (a newer server) are shown as they are. */
export function enumLabel(lang: Lang, value: string | null | undefined): string {
  if (!value) return '';
  const entry = (ENUM_LABELS as Record<string, Message>)[value];
  return entry ? entry[lang] : value;
}

/** The label of a tag; tags outside the vocabulary (already Chinese, say) are shown as they are. */
export function tagLabel(lang: Lang, tag: string): string {
  const entry = (TAG_LABELS as Record<string, Message>)[tag];
  return entry ? entry[lang] : tag;
}

/**
 * How a capacity unit reads in English, as an exact power-of-ten conversion:
 * 266 万吨 reads "2,660 kt", never a rounded or summed figure. Units not listed are
 * shown unchanged in both languages.
 */
export const UNIT_EN: Record<string, { unit: string; factor: number }> = {
  万吨: { unit: 'kt', factor: 10 },
  吨: { unit: 't', factor: 1 },
  万千瓦: { unit: 'MW', factor: 10 },
  千瓦: { unit: 'kW', factor: 1 },
  亿千瓦时: { unit: 'TWh', factor: 0.1 },
  台: { unit: 'units', factor: 1 },
  套: { unit: 'sets', factor: 1 },
  万件: { unit: 'k pcs', factor: 10 },
};

/** Parse a `lang` value (URL, storage); anything else is the default, Chinese. */
export function parseLang(value: string | null | undefined): Lang {
  return value === 'en' ? 'en' : 'zh';
}
