import type { Random } from './prng.js';

/**
 * Syllables that real company names are made of (华, 鑫, 盛 ...), each with its pinyin
 * for the occasional English alias. Two of them, an industry word of the firm's chain
 * and a legal-form suffix give names like 江苏华鑫铝业有限公司. They are synthetic: any
 * resemblance to a real firm is chance (every node says `source` = synthetic).
 */
const SYLLABLES: readonly (readonly [string, string])[] = [
  ['华', 'Hua'],
  ['鑫', 'Xin'],
  ['盛', 'Sheng'],
  ['宏', 'Hong'],
  ['泰', 'Tai'],
  ['恒', 'Heng'],
  ['金', 'Jin'],
  ['鼎', 'Ding'],
  ['嘉', 'Jia'],
  ['瑞', 'Rui'],
  ['中', 'Zhong'],
  ['新', 'Xin'],
  ['达', 'Da'],
  ['博', 'Bo'],
  ['远', 'Yuan'],
  ['兴', 'Xing'],
  ['源', 'Yuan'],
  ['丰', 'Feng'],
  ['汇', 'Hui'],
  ['聚', 'Ju'],
  ['德', 'De'],
  ['隆', 'Long'],
  ['昌', 'Chang'],
  ['永', 'Yong'],
  ['安', 'An'],
  ['祥', 'Xiang'],
  ['通', 'Tong'],
  ['顺', 'Shun'],
  ['天', 'Tian'],
  ['海', 'Hai'],
  ['宇', 'Yu'],
  ['辰', 'Chen'],
  ['晟', 'Sheng'],
  ['科', 'Ke'],
  ['创', 'Chuang'],
  ['锦', 'Jin'],
  ['润', 'Run'],
  ['佳', 'Jia'],
  ['光', 'Guang'],
  ['明', 'Ming'],
  ['正', 'Zheng'],
  ['信', 'Xin'],
  ['诚', 'Cheng'],
  ['凯', 'Kai'],
  ['腾', 'Teng'],
  ['飞', 'Fei'],
  ['龙', 'Long'],
  ['凤', 'Feng'],
  ['云', 'Yun'],
  ['峰', 'Feng'],
  ['宁', 'Ning'],
  ['利', 'Li'],
  ['富', 'Fu'],
  ['康', 'Kang'],
  ['益', 'Yi'],
  ['东', 'Dong'],
  ['南', 'Nan'],
  ['西', 'Xi'],
  ['北', 'Bei'],
  ['亚', 'Ya'],
  ['星', 'Xing'],
  ['伟', 'Wei'],
  ['豪', 'Hao'],
  ['弘', 'Hong'],
  ['拓', 'Tuo'],
  ['立', 'Li'],
  ['协', 'Xie'],
  ['合', 'He'],
  ['万', 'Wan'],
  ['方', 'Fang'],
];

const SUFFIXES: readonly (readonly [string, number])[] = [
  ['有限公司', 0.6],
  ['股份有限公司', 0.15],
  ['有限责任公司', 0.17],
  ['集团有限公司', 0.08],
];

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌宇浩凯鹏飞林峰晨阳辉东海波';

export interface EnterpriseName {
  name: string;
  aliases: string[];
}

/**
 * Makes enterprise names, unique across the run: a name already given gets a third
 * syllable (real registries refuse duplicates within a region, and full-text benchmarks
 * are easier to read without them).
 */
export class NameMaker {
  private readonly used = new Set<string>();

  make(args: {
    random: Random;
    provinceShort: string;
    industryWords: readonly string[];
    industryEn: string;
    listed: boolean;
  }): EnterpriseName {
    const { random } = args;
    const first = random.pick(SYLLABLES);
    const second = random.pick(SYLLABLES);
    const industry = random.pick(args.industryWords);
    const suffix = pickWeighted(SUFFIXES, random);
    const prefix = random.chance(0.55) ? args.provinceShort : '';
    let core = first[0] + second[0];
    let pinyin = first[1] + second[1].toLowerCase();
    let name = `${prefix}${core}${industry}${suffix}`;
    for (let attempt = 0; this.used.has(name); attempt++) {
      const third = random.pick(SYLLABLES);
      core = first[0] + second[0] + third[0];
      pinyin = first[1] + second[1].toLowerCase() + third[1].toLowerCase();
      name = `${prefix}${core}${industry}${attempt > 5 ? random.range(1, 999) : ''}${suffix}`;
    }
    this.used.add(name);

    const aliases: string[] = [];
    if (random.chance(0.35)) aliases.push(`${core}${industry}`);
    if (args.listed) aliases.push(stockCode(random));
    if (random.chance(0.05)) aliases.push(`${pinyin} ${args.industryEn}`);
    return { name, aliases };
  }
}

/** A well-formed but synthetic A-share code: 600123.SH, 000123.SZ, 300123.SZ, 688123.SH. */
function stockCode(random: Random): string {
  const board = random.pick(['600', '601', '603', '000', '002', '300', '688']);
  const exchange = board.startsWith('6') ? 'SH' : 'SZ';
  return `${board}${String(random.int(1000)).padStart(3, '0')}.${exchange}`;
}

/** A person's name marked as synthetic, so no real official is named by accident. */
export function personName(random: Random): string {
  const surname = SURNAMES[random.int(SURNAMES.length)]!;
  const given = Array.from({ length: random.range(1, 2) }, () => GIVEN[random.int(GIVEN.length)]!).join('');
  return `${surname}${given}(合成)`;
}

export function pickWeighted<T>(items: readonly (readonly [T, number])[], random: Random): T {
  let r = random.next() * items.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, weight] of items) {
    r -= weight;
    if (r < 0) return item;
  }
  return items[items.length - 1]![0];
}
