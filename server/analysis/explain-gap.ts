import type { Balance, LinkGap, LinkInfo, Text } from './gap-types.js';
import { formatNumber, formatQuantities } from './quantities.js';

export interface ExplainGapOptions {
  gap: LinkGap;
  name: (linkId: string) => LinkInfo | undefined;
  /** The upstream link with the largest local surplus, if any. */
  surplusFrom: { link: LinkInfo; balance: Balance } | null;
  presentUpstream: string[];
  presentDownstream: string[];
}

const zhName = (l: LinkInfo | undefined) => l?.name ?? '?';
const enName = (l: LinkInfo | undefined) => l?.nameEn ?? l?.name ?? '?';

/**
 * One paragraph per gap, in Chinese and English, built only from the numbers of the
 * analysis, so an official can paste it into a report and a reader can check it.
 */
export function explainGap(options: ExplainGapOptions): Text {
  const { gap, name, surplusFrom } = options;
  const zh: string[] = [];
  const en: string[] = [];
  const link = gap.link;
  const n = { zh: link.name, en: link.nameEn ?? link.name };
  const list = (ids: string[], lang: 'zh' | 'en') =>
    ids.map((id) => (lang === 'zh' ? zhName(name(id)) : enName(name(id)))).join(lang === 'zh' ? '、' : ', ');
  const cap = formatQuantities(gap.localCapacity);
  const national = gap.existsNationally
    ? {
        zh: `全国有${gap.nationalEnterprises}家在产企业${gap.nationalCapacity.length ? `（产能${formatQuantities(gap.nationalCapacity)}）` : ''}可供招引。`,
        en: `${gap.nationalEnterprises} operating producers nationwide${gap.nationalCapacity.length ? ` (${formatQuantities(gap.nationalCapacity, ' + ')})` : ''} are potential targets.`,
      }
    : {
        zh: '知识库中全国尚无在产企业，需以项目方式培育。',
        en: 'No operating producer exists anywhere in the knowledge base; it would have to be built as a new project.',
      };

  switch (gap.opportunity) {
    case 'FILL':
      zh.push(
        `补链：${n.zh}本地无在产企业，而其上游${list(options.presentUpstream, 'zh')}与下游${list(options.presentDownstream, 'zh')}本地均已有企业，链条在此断开。`,
      );
      en.push(
        `Fill (补链): no local operating producer of ${n.en}, while upstream ${list(options.presentUpstream, 'en')} and downstream ${list(options.presentDownstream, 'en')} are present locally: the chain breaks here.`,
      );
      break;
    case 'EXTEND_DOWNSTREAM': {
      const s = surplusFrom!;
      const u = { zh: zhName(s.link), en: enName(s.link) };
      zh.push(
        `延链（下游）：本地${u.zh}产能${formatNumber(s.balance.supply)}${s.balance.unit}，本地加工消耗${formatNumber(s.balance.demand)}${s.balance.unit}，约${formatNumber(s.balance.value)}${s.balance.unit}未经本地加工即外流；${n.zh}本地${statusZh(gap)}，可承接这部分产出。`,
      );
      en.push(
        `Extend downstream (延链): local ${u.en} capacity is ${formatNumber(s.balance.supply)} ${s.balance.unit} against ${formatNumber(s.balance.demand)} ${s.balance.unit} processed locally, so about ${formatNumber(s.balance.value)} ${s.balance.unit} leaves the region unprocessed; ${n.en} is ${statusEn(gap)} locally and could take it.`,
      );
      break;
    }
    case 'EXTEND_UPSTREAM': {
      const b = gap.balance!;
      zh.push(
        `延链（上游）：本地下游每年需${n.zh}约${formatNumber(b.demand)}${b.unit}，本地供给${formatNumber(b.supply)}${b.unit}，缺口约${formatNumber(-b.value)}${b.unit}需从外地购入。`,
      );
      en.push(
        `Extend upstream (延链): local industry needs about ${formatNumber(b.demand)} ${b.unit} of ${n.en} a year, local supply is ${formatNumber(b.supply)} ${b.unit}, so about ${formatNumber(-b.value)} ${b.unit} is bought from outside.`,
      );
      break;
    }
    case 'STRENGTHEN': {
      const b = gap.balance;
      if (b && b.demand > 0 && b.supply < b.demand) {
        zh.push(
          `强链：${n.zh}本地${gap.localEnterprises}家在产企业（${cap}），仅满足本地需求${formatNumber(b.demand)}${b.unit}的${formatNumber((100 * b.supply) / b.demand)}%。`,
        );
        en.push(
          `Strengthen (强链): ${gap.localEnterprises} local operating producer(s) of ${n.en} (${cap}) meet only ${formatNumber((100 * b.supply) / b.demand)}% of local demand of ${formatNumber(b.demand)} ${b.unit}.`,
        );
      } else {
        zh.push(
          `强链：${n.zh}本地仅${gap.localEnterprises}家在产企业${cap ? `（${cap}）` : ''}，单一企业支撑，抗风险能力弱。`,
        );
        en.push(
          `Strengthen (强链): only ${gap.localEnterprises} local operating producer(s) of ${n.en}${cap ? ` (${cap})` : ''}; one closure would leave the link empty.`,
        );
      }
      break;
    }
    case 'NONE':
      if (gap.status === 'STRONG') {
        zh.push(`${n.zh}本地${gap.localEnterprises}家在产企业${cap ? `，产能${cap}` : ''}，供给充足。`);
        en.push(
          `${n.en}: ${gap.localEnterprises} local operating producers${cap ? `, ${cap}` : ''}; supply is sufficient.`,
        );
      } else {
        zh.push(`${n.zh}本地${statusZh(gap)}，但本地上下游尚无配套需求，暂不列为优先招商环节。`);
        en.push(
          `${n.en} is ${statusEn(gap)} locally, but nothing local up- or downstream depends on it yet; not a priority.`,
        );
      }
      return { zh: zh.join(''), en: en.join(' ') };
  }
  const pipeline = pipelineText(gap);
  if (pipeline) {
    zh.push(pipeline.zh);
    en.push(pipeline.en);
  }
  if (gap.balance && !gap.balance.complete) {
    zh.push(`（需求不完整：${gap.balance.notes.map((x) => x.zh).join('；')}。）`);
    en.push(`(Demand incomplete: ${gap.balance.notes.map((x) => x.en).join('; ')}.)`);
  }
  zh.push(national.zh);
  en.push(national.en);
  return { zh: zh.join(''), en: en.join(' ') };
}

function statusZh(gap: LinkGap): string {
  switch (gap.status) {
    case 'MISSING':
      return '尚无在产企业';
    case 'FILLING':
      return '尚无在产企业（已有在建或签约项目）';
    case 'WEAK':
      return `仅${gap.localEnterprises}家在产企业或供给不足`;
    case 'STRONG':
      return '供给充足';
  }
}

function statusEn(gap: LinkGap): string {
  switch (gap.status) {
    case 'MISSING':
      return 'without any operating producer';
    case 'FILLING':
      return 'without an operating producer (capacity is being built or signed)';
    case 'WEAK':
      return `weak (${gap.localEnterprises} operating producer(s) or short supply)`;
    case 'STRONG':
      return 'well supplied';
  }
}

function pipelineText(gap: LinkGap): Text | null {
  const parts: Text[] = [];
  if (gap.localPipeline.length > 0) {
    const q = gap.localPipeline.map((p) => ({ value: p.value, unit: p.unit }));
    parts.push({ zh: `在建或规划产能${formatQuantities(q)}`, en: `${formatQuantities(q)} being built or planned` });
  }
  const projects = gap.projects.signed + gap.projects.started;
  if (projects > 0) {
    parts.push({
      zh: `签约${gap.projects.signed}个、开工${gap.projects.started}个项目`,
      en: `${gap.projects.signed} signed and ${gap.projects.started} started project(s)`,
    });
  }
  if (parts.length === 0) return null;
  return { zh: `本地${parts.map((p) => p.zh).join('，')}。`, en: `Locally: ${parts.map((p) => p.en).join('; ')}.` };
}
