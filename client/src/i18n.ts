/**
 * Every user-visible string of the front end, in Chinese (default) and English, in
 * one place. `t(lang, key, params)` looks a message up and fills `{name}` placeholders.
 * Data values (link, chain, firm names) come from the API and are not translated
 * here, except the fixed vocabularies the API returns as codes (stages, ownership,
 * statuses, tags) and the usual capacity units.
 */

export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** A message in both languages; `{name}` marks a placeholder filled by `t`. */
export type Message = Record<Lang, string>;

export const MESSAGES = {
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
  shareValue: { zh: '持股 {n}%', en: '{n}% held' },
  projectsLabel: { zh: '投资项目', en: 'Projects' },
  masterOfLabel: { zh: '链主身份', en: 'Link-master of' },
  /** `n` is in 亿元 for zh and in million yuan for en (see `formatMoneyYi`). */
  investmentValue: { zh: '{n}亿元', en: 'CNY {n}M' },
  projectLeader: { zh: '包联领导：{name}', en: 'Responsible official: {name}' },
  sourcesLabel: { zh: '资料来源', en: 'Sources' },
  viaLink: { zh: '（{link}）', en: ' ({link})' },
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
