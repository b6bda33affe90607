import {
  ENUM_LABELS,
  enumLabel,
  LANGS,
  MESSAGES,
  placeholders,
  STAGE_KEYS,
  t,
  TAG_LABELS,
  tagLabel,
  tBoth,
  UNIT_EN,
} from './i18n';

const HAN = /[\u4e00-\u9fff]/;

describe('i18n dictionary completeness', () => {
  const tables = { MESSAGES, ENUM_LABELS, TAG_LABELS } as Record<string, Record<string, Record<string, unknown>>>;

  for (const [table, entries] of Object.entries(tables)) {
    it(`${table}: every key has a non-empty zh and en string with the same placeholders`, () => {
      const problems: string[] = [];
      for (const [key, msg] of Object.entries(entries)) {
        for (const lang of LANGS) {
          const text = msg[lang];
          if (typeof text !== 'string' || text.trim() === '') problems.push(`${key}.${lang} missing`);
        }
        if (typeof msg['zh'] === 'string' && typeof msg['en'] === 'string') {
          // "firmCountOne" writes "1 firm" in English: it may drop {n}, nothing else may.
          if (key !== 'firmCountOne' && placeholders(msg['zh']).join() !== placeholders(msg['en']).join()) {
            problems.push(`${key}: placeholders differ`);
          }
        }
        const extra = Object.keys(msg).filter((k) => !(LANGS as readonly string[]).includes(k));
        if (extra.length) problems.push(`${key}: unknown languages ${extra.join()}`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('English strings contain no Chinese, except the language switch back to Chinese', () => {
    const offenders = Object.entries(MESSAGES)
      .filter(([key, m]) => HAN.test(m.en) && key !== 'langSwitch' && key !== 'langSwitchLabel')
      .map(([key]) => key);
    expect(offenders).toEqual([]);
  });

  it('Chinese strings are Chinese (a copy-pasted English string would slip through otherwise)', () => {
    const allowed = new Set([
      'langSwitch',
      'langSwitchLabel',
      'mapTitle',
      'firmCount',
      'firmCountOne',
      'listSep',
      'colon',
      'viaLink',
      'reasonSep',
    ]);
    const offenders = Object.entries(MESSAGES)
      .filter(([key, m]) => !allowed.has(key) && !HAN.test(m.zh))
      .map(([key]) => key);
    expect(offenders).toEqual([]);
  });

  it('names every stage', () => {
    expect(Object.values(STAGE_KEYS).map((k) => t('zh', k))).toEqual(['上游', '中游', '下游']);
  });
});

describe('t', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('zh', 'firmCount', { n: 3 })).toBe('3家');
    expect(t('en', 'firmCount', { n: 3 })).toBe('3 firms');
    expect(t('en', 'firmCount')).toBe('{n} firms');
  });

  it('tBoth gives Chinese then English', () => {
    expect(tBoth('errorDatabase')).toBe(
      '数据库暂时不可用，请稍后重试。 / The database is unavailable right now. Please try again later.',
    );
  });

  it('labels enums and tags, passing unknown values through', () => {
    expect(enumLabel('zh', 'CENTRAL_SOE')).toBe('央企');
    expect(enumLabel('en', 'BUILDING')).toBe('Building');
    expect(enumLabel('zh', 'SOMETHING_NEW')).toBe('SOMETHING_NEW');
    expect(enumLabel('zh', null)).toBe('');
    expect(tagLabel('zh', 'little_giant')).toBe('专精特新“小巨人”');
    expect(tagLabel('en', '链主')).toBe('链主');
  });

  it('converts units to English by exact powers of ten only', () => {
    for (const conv of Object.values(UNIT_EN)) {
      expect(Number.isInteger(Math.log10(conv.factor))).toBe(true);
    }
  });
});
