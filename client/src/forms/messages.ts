/**
 * The strings of the sign-in form and the edit forms, Chinese first. Kept apart from
 * `i18n.ts` (which spreads them into `MESSAGES`, so `t()` and its completeness test
 * cover them) to keep the edit forms in their own files.
 */
import type { Message } from '../i18n';

export const FORM_MESSAGES = {
  // Account control and sign-in
  signIn: { zh: '登录', en: 'Sign in' },
  signOut: { zh: '退出', en: 'Sign out' },
  signInTitle: { zh: '登录链谱', en: 'Sign in to Lianpu' },
  signInNeeded: {
    zh: '本知识库需要登录后查看。',
    en: 'This knowledge base needs a sign-in to be read.',
  },
  usernameLabel: { zh: '用户名', en: 'Username' },
  passwordLabel: { zh: '密码', en: 'Password' },
  signingIn: { zh: '正在登录…', en: 'Signing in…' },
  signedInAs: { zh: '已登录：{name}', en: 'Signed in: {name}' },
  accountRegions: { zh: '地区：{regions}', en: 'Regions: {regions}' },
  accountChains: { zh: '产业链：{chains}', en: 'Chains: {chains}' },
  roleVIEWER: { zh: '查看者', en: 'Viewer' },
  roleRECRUITER: { zh: '招商员', en: 'Recruiter' },
  roleCHAIN_LEADER: { zh: '链长', en: 'Chain leader' },
  roleADMIN: { zh: '管理员', en: 'Administrator' },
  loginWrong: { zh: '用户名或密码错误。', en: 'Wrong username or password.' },
  loginDisabled: {
    zh: '该账号已停用，请联系管理员。',
    en: 'This account is disabled; ask an administrator.',
  },
  loginRateLimited: {
    zh: '登录尝试过于频繁，请 {seconds} 秒后再试。',
    en: 'Too many sign-in attempts; try again in {seconds} s.',
  },
  loginFailed: { zh: '登录失败：{message}', en: 'Sign-in failed: {message}' },
  sessionEnded: {
    zh: '登录已失效，请重新登录。',
    en: 'Your session has ended; sign in again.',
  },

  // Buttons that open the forms
  editFirm: { zh: '编辑企业', en: 'Edit firm' },
  newFirm: { zh: '新建企业', en: 'New firm' },
  addProduction: { zh: '添加产能', en: 'Add production' },
  editProduction: { zh: '编辑产能', en: 'Edit production' },
  newProject: { zh: '新建项目', en: 'New project' },
  editProject: { zh: '编辑项目', en: 'Edit project' },
  editSection: { zh: '编辑', en: 'Edit' },

  // Form titles and frame
  enterpriseFormCreate: { zh: '新建企业', en: 'New firm' },
  enterpriseFormEdit: { zh: '编辑企业：{name}', en: 'Edit firm: {name}' },
  productionFormCreate: { zh: '添加产能：{firm}', en: 'Add production: {firm}' },
  productionFormEdit: { zh: '编辑产能：{firm}', en: 'Edit production: {firm}' },
  projectFormCreate: { zh: '新建项目', en: 'New project' },
  projectFormEdit: { zh: '编辑项目：{name}', en: 'Edit project: {name}' },
  formSave: { zh: '保存', en: 'Save' },
  formSaving: { zh: '正在保存…', en: 'Saving…' },
  formCancel: { zh: '取消', en: 'Cancel' },
  formSaved: { zh: '已保存。', en: 'Saved.' },
  formUnchanged: { zh: '没有改动，未保存。', en: 'Nothing changed; nothing saved.' },
  formHasErrors: {
    zh: '有 {n} 处需要修改，见各字段下的提示。',
    en: '{n} field(s) need attention; see the messages below them.',
  },
  formRequiredMark: { zh: '（必填）', en: '(required)' },
  pickerChosen: { zh: '已选：{label}（{id}）', en: 'Chosen: {label} ({id})' },
  pickerHint: {
    zh: '输入名称搜索并选择，或直接输入编号',
    en: 'Type a name and choose, or type the id',
  },

  // Field labels
  fieldId: { zh: '编号', en: 'Id' },
  fieldIdHint: {
    zh: '字母、数字、- 和 _，建后不可改（如统一社会信用代码）',
    en: 'Letters, digits, - and _; fixed once created (e.g. the USCC)',
  },
  fieldName: { zh: '名称', en: 'Name' },
  fieldAliases: { zh: '别名', en: 'Aliases' },
  fieldAliasesHint: { zh: '多个用 | 或 、 分隔', en: 'Separate several with |' },
  fieldRegion: { zh: '地区', en: 'Region' },
  fieldOwnership: { zh: '所有制', en: 'Ownership' },
  fieldTags: { zh: '标签', en: 'Tags' },
  fieldFounded: { zh: '成立时间', en: 'Founded' },
  fieldEmployees: { zh: '员工数', en: 'Employees' },
  fieldRevenue: { zh: '营业收入（万元）', en: 'Revenue (10k yuan)' },
  fieldWebsite: { zh: '网站', en: 'Website' },
  fieldSource: { zh: '来源', en: 'Source' },
  fieldSourceHint: {
    zh: '数据出处；估算请以“估算 estimate:”开头',
    en: 'Where the figures come from; mark an estimate at the start, as the interchange format says',
  },
  fieldAsOf: { zh: '数据时间', en: 'As of' },
  fieldDateHint: { zh: 'YYYY、YYYY-MM 或 YYYY-MM-DD', en: 'YYYY, YYYY-MM or YYYY-MM-DD' },
  fieldEnterprise: { zh: '企业', en: 'Firm' },
  fieldInvestor: { zh: '投资企业', en: 'Investor' },
  fieldLink: { zh: '环节', en: 'Link' },
  fieldCapacity: { zh: '产能', en: 'Capacity' },
  fieldUnit: { zh: '单位', en: 'Unit' },
  fieldUnitHint: {
    zh: '如 万吨、万千瓦；填写产能时必填',
    en: "As the link's figures are written (10k t, 10 MW, ...); required with a capacity",
  },
  fieldStatus: { zh: '状态', en: 'Status' },
  fieldCurrentStatus: { zh: '当前状态', en: 'Current status' },
  fieldMoveTo: { zh: '推进', en: 'Move' },
  fieldMoveToHint: {
    zh: '只列出当前状态可推进到的状态；状态不再直接修改',
    en: 'Only the moves allowed from the current status; the status is not edited directly',
  },
  moveNone: { zh: '— 不推进 —', en: '— no move —' },
  moveFinal: { zh: '— 已是最终状态，不能推进 —', en: '— final status, no move —' },
  fieldMoveOn: { zh: '推进日期', en: 'Move date' },
  fieldMoveOnHint: { zh: 'YYYY-MM-DD，默认今天', en: 'YYYY-MM-DD, today by default' },
  fieldMoveReason: { zh: '原因', en: 'Reason' },
  fieldMoveReasonHint: { zh: '改为停滞或取消时必填', en: 'Required for stalled and cancelled' },
  fieldOperator: { zh: '运营企业', en: 'Operating firm' },
  fieldOperatorHint: {
    zh: '投产时：项目所在地运营工厂的企业（默认为投资企业）',
    en: 'For producing: the local firm operating the plant (default: the investor)',
  },
  fieldInvestment: { zh: '投资额（亿元）', en: 'Investment (100m yuan)' },
  fieldSignedOn: { zh: '签约时间', en: 'Signed on' },
  fieldStartedOn: { zh: '开工时间', en: 'Started on' },
  fieldProducingOn: { zh: '投产时间', en: 'Producing from' },
  fieldLeader: { zh: '包联领导', en: 'Leader in charge' },
  fieldNote: { zh: '修改说明', en: 'Note' },
  fieldNoteHint: {
    zh: '为什么修改（记入修改记录）',
    en: 'Why (kept in the audit trail)',
  },
  fieldKeyFixed: {
    zh: '环节与状态是这条产能的标识，不能修改；请删除后重新添加',
    en: 'Link and status identify this row and cannot change; delete it and add a new one',
  },
  optionNone: { zh: '— 未填 —', en: '— none —' },
  searchFirmPlaceholder: { zh: '企业名称或编号', en: 'Firm name or id' },
  searchLinkPlaceholder: { zh: '环节名称或编号', en: 'Link name or id' },
  searchRegionPlaceholder: { zh: '地区名称或代码', en: 'Region name or code' },

  // Client-side checks (they mirror server/import/values.ts and validate.ts)
  checkRequired: { zh: '必填。', en: 'Required.' },
  checkNumber: { zh: '“{text}”不是数字。', en: '"{text}" is not a number.' },
  checkNumberUnit: {
    zh: '“{text}”不是数字：只填数字，单位填在“单位”栏。',
    en: '"{text}" is not a number: write the number only, the unit goes in Unit.',
  },
  checkNegative: { zh: '“{text}”为负数，须大于或等于 0。', en: '"{text}" is negative (must be 0 or more).' },
  checkInteger: { zh: '“{text}”不是整数。', en: '"{text}" is not a whole number.' },
  checkDate: {
    zh: '“{text}”不是日期，请写成 YYYY、YYYY-MM 或 YYYY-MM-DD。',
    en: '"{text}" is not a date (write YYYY, YYYY-MM or YYYY-MM-DD).',
  },
  checkRealDate: { zh: '“{text}”不是真实的日期。', en: '"{text}" is not a real date.' },
  checkDateOrder: { zh: '不能早于{other}（{date}）。', en: 'Cannot be before {other} ({date}).' },
  checkId: {
    zh: '“{text}”只能包含字母、数字、- 和 _。',
    en: '"{text}" may only contain letters, digits, - and _.',
  },
  checkUnitWithCapacity: { zh: '填写产能时必须填写单位。', en: 'A unit is required with a capacity.' },
  checkMoveDate: {
    zh: '“{text}”不是完整日期，请写成 YYYY-MM-DD。',
    en: '"{text}" is not a whole date (write YYYY-MM-DD).',
  },
  checkMoveFuture: { zh: '不能晚于今天（{today}）。', en: 'Cannot be after today ({today}).' },
  checkMoveBefore: {
    zh: '不能早于项目上一次变动的日期（{date}）。',
    en: "Cannot be before the project's previous date ({date}).",
  },
  checkMoveReasonSTALLED: { zh: '改为停滞须说明原因。', en: 'Moving to stalled needs a reason.' },
  checkMoveReasonCANCELLED: { zh: '取消项目须说明原因。', en: 'Cancelling needs a reason.' },
  checkMoveCapacity: {
    zh: '投产须填写产能和单位。',
    en: 'Producing needs a capacity and a unit.',
  },
  checkMoveOnly: {
    zh: '推进时只能填写产能、单位、投资额和说明；其他修改请另行保存。',
    en: 'With a move only capacity, unit, investment and note can change; save other changes separately.',
  },
  checkTooLong: { zh: '不能超过 {max} 个字符。', en: 'At most {max} characters.' },

  // Server answers shown at a field or on the form
  serverField: { zh: '服务器：{message}', en: 'Server: {message}' },
  serverForbidden: { zh: '无权修改：{message}', en: 'Not allowed: {message}' },
  serverConflict: { zh: '冲突：{message}', en: 'Conflict: {message}' },
  serverNotFound: { zh: '未找到：{message}', en: 'Not found: {message}' },
  serverRateLimited: {
    zh: '操作过于频繁，请 {seconds} 秒后再试。',
    en: 'Too many changes; try again in {seconds} s.',
  },
  serverOther: { zh: '保存失败：{message}', en: 'Could not save: {message}' },
} as const satisfies Record<string, Message>;
