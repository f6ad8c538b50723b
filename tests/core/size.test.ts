/**
 * SIZE (中小企業基本法・政令 classes, ../shared/rules/it2025.md §7 = 公募要領 通常枠 p.5;
 * programs-2025.md §4) and the size aliases every frame function reads (core/rules/sizes.ts).
 * Limits below are typed from the 公募要領 table, not read from the code, so a changed row fails.
 */
import { AMOUNT, DECLARATIONS, FUNCTIONS, SIZE } from '../../core';
import { normalizeKey } from '../../core/input/normalizeText';
import { SME_CLASSES } from '../../core/rules/smeDefinitions';
import { NEVER_SMALL_ORGS, SIZE_LABELS, SIZE_NAMES } from '../../core/rules/sizes';
import { errorOf, expectGoodMessage } from './helpers';

const OKU = 100_000_000;
const MAN = 10_000;

/** id → [capital limit, employee limit, 小規模 limit] from 公募要領 通常枠 p.5 ①–⑪ and its 小規模 table. */
const LIMITS: Record<string, [number | null, number, number | null]> = {
  manufacturing: [3 * OKU, 300, 20], // ① / 小規模 ③
  'tyres-belts': [3 * OKU, 300, 20], // ⑤※ → ①
  wholesale: [OKU, 100, 5], // ② / 小規模 ① 商業
  retail: [5000 * MAN, 50, 5], // ④ (飲食 incl., programs-2025.md §4)
  service: [5000 * MAN, 100, 5], // ③
  lodging: [5000 * MAN, 100, 20], // ③ / 小規模 ② 宿泊業・娯楽業
  rubber: [3 * OKU, 900, 20], // ⑤
  software: [3 * OKU, 300, 5], // ⑥ / 小規模 ① サービス業
  ryokan: [5000 * MAN, 200, 20], // ⑦ / 小規模 ② 宿泊業
  other: [3 * OKU, 300, 20], // ⑧ / 小規模 ③ その他
  'medical-school': [null, 300, null], // ⑨⑩, never 小規模
  chamber: [null, 100, null], // ⑪, never 小規模
};

/** The names of each class: its 公募要領 wording and the 日本標準産業分類 names that fall in it (飲食 is 小売業, programs-2025.md §4). */
const NAMES: Record<string, string[]> = {
  manufacturing: ['製造業', '建設業', '運輸業', '製造業・建設業・運輸業', 'manufacturing', 'construction', 'transport'],
  'tyres-belts': ['自動車又は航空機用タイヤ及びチューブ製造業', '自動車・航空機用タイヤ・チューブ製造業', 'タイヤ・チューブ製造業', '工業用ベルト製造業'],
  wholesale: ['卸売業', '卸売', 'wholesale'],
  retail: ['小売業', '小売', '飲食店', '飲食業', '飲食', '飲食サービス業', '持ち帰り・配達飲食サービス業', 'retail', 'restaurant'],
  service: ['サービス業', 'サービス', 'service'],
  lodging: ['宿泊業', '娯楽業', '宿泊業・娯楽業', 'lodging', 'entertainment'],
  rubber: ['ゴム製品製造業', 'rubber'],
  software: ['ソフトウェア業又は情報処理サービス業', 'ソフトウェア業・情報処理サービス業', 'ソフトウェア業', 'ソフトウエア業', '情報処理サービス業', 'software'],
  ryokan: ['旅館業', 'ryokan'],
  other: ['その他', 'その他の業種', 'other'],
  'medical-school': ['医療法人', '社会福祉法人', '学校法人'],
  chamber: ['商工会', '商工会議所', '都道府県商工会連合会', '商工会連合会'],
};

describe('SIZE: every class and every name at its limits', () => {
  test('the classes are exactly the 公募要領 rows, each citing it', () => {
    expect(SME_CLASSES.map((c) => c.id).sort()).toEqual(Object.keys(LIMITS).sort());
    for (const c of SME_CLASSES) expect(c.source).toMatch(/it2025\.md §7|programs-2025\.md §4/);
  });

  test('each class holds exactly the names the 公募要領 and 日本標準産業分類 give it', () => {
    expect(Object.fromEntries(SME_CLASSES.map((c) => [c.id, [...c.names].sort()]))).toEqual(
      Object.fromEntries(Object.entries(NAMES).map(([id, names]) => [id, [...names].sort()])),
    );
  });

  test('no name belongs to two classes (a shadowed alias would answer with the wrong limits)', () => {
    const seen = new Map<string, string>();
    for (const c of SME_CLASSES) {
      for (const n of [...c.names, c.label]) {
        const key = normalizeKey(n);
        expect({ name: n, other: seen.get(key) ?? c.id }).toEqual({ name: n, other: c.id });
        seen.set(key, c.id);
      }
    }
  });

  const everyName = SME_CLASSES.flatMap((c) => [...c.names, c.label].map((n): [string, string] => [n, c.id]));
  test.each(everyName)('%s (%s)', (name, id) => {
    const [capital, employees, small] = LIMITS[id];
    if (small !== null) {
      expect(SIZE(name, '', small)).toBe('小規模事業者');
      expect(SIZE(name, '', small + 1)).toBe('中小企業');
    } else {
      expect(SIZE(name, '', 0)).toBe('中小企業'); // never 小規模, however small
    }
    expect(SIZE(name, '', employees)).toBe('中小企業');
    expect(SIZE(name, '', employees + 1)).toBe('大企業');
    if (capital !== null) {
      expect(SIZE(name, capital, employees + 1)).toBe('中小企業');
      expect(SIZE(name, capital + 1, employees + 1)).toBe('大企業');
      expect(SIZE(name, capital + 1, employees)).toBe('中小企業');
      expect(SIZE(name, capital, '')).toBe('中小企業'); // capital alone: never 小規模
      expect(SIZE(name, capital + 1, '')).toBe('大企業');
    }
  });
});

describe('SIZE: names are matched whole, never as a part (issue 8)', () => {
  test.each([
    // 飲食 is 小売業 (programs-2025.md §4): 60M yen and 80 staff exceed 5,000万・50人
    ['飲食サービス業', 60_000_000, 80, '大企業'],
    ['飲食店', 60_000_000, 80, '大企業'],
    ['持ち帰り・配達飲食サービス業', 60_000_000, 80, '大企業'],
    ['サービス業', 60_000_000, 80, '中小企業'], // the same figures within サービス業's 100人
    ['飲食店', 10_000_000, 5, '小規模事業者'],
    // 政令: tyres and industrial belts are ① (300人), other rubber products 900人
    ['ゴム製品製造業', 400_000_000, 500, '中小企業'],
    ['タイヤ・チューブ製造業', 400_000_000, 500, '大企業'],
    ['工業用ベルト製造業', 400_000_000, 500, '大企業'],
    ['ソフトウエア業', 100_000_000, 250, '中小企業'], // the 政令's spelling; サービス業 would be 大企業
    ['旅館業', 100_000_000, 150, '中小企業'],
    ['宿泊業', 100_000_000, 150, '大企業'], // 旅館業 is its own class (200人); other 宿泊業 is サービス業
    ['ｻｰﾋﾞｽ業', 10_000_000, 5, '小規模事業者'], // half-width kana fold (NFKC)
    [' 小売業 ', '5000万円', 60, '中小企業'],
  ])('SIZE(%s, %p, %p) = %s', (industry, capital, employees, expected) => {
    expect(SIZE(industry, capital, employees)).toBe(expected);
  });

  test.each(['非製造業', '製造業以外', 'ゴム製品製造業以外の製造業', '飲食サービス業以外', '宿泊業・飲食サービス業', '卸売業・小売業', '宇宙業', 'IT'])(
    '%s is an unknown industry that lists the classes',
    (industry) => {
      const message = errorOf(() => SIZE(industry, 1, 1)).message;
      expect(message).toContain(`不明な業種です: 「${industry}」`);
      for (const c of SME_CLASSES) expect(message).toContain(c.label);
      expectGoodMessage(message);
    },
  );

  test('bodies of ⑫–⑮ (組合, 財団, NPO …) are judged by their main industry: an error saying so', () => {
    for (const org of ['NPO法人', '一般社団法人', '組合', '中小企業団体']) {
      const message = errorOf(() => SIZE(org, '', 3)).message;
      expect(message).toContain('主たる業種');
      expect(message).toContain('小規模事業者になれません');
      expectGoodMessage(message);
    }
  });
});

describe('SIZE: figures are read strictly, and each message names its argument (issue 8)', () => {
  test.each([
    // [industry, capital, employees, the text the message must contain]
    ['製造業', 1, 5.9, '従業員数は整数で指定してください: 「5.9」'], // never 5 (小規模)
    ['製造業', 1, '5.9人', '従業員数は整数で指定してください'],
    ['製造業', 1, -1, '従業員数がマイナスです'],
    ['製造業', 1, '-3', '従業員数がマイナスです'],
    ['製造業', 1, true, '従業員数に TRUE/FALSE は使えません'],
    ['製造業', 1, '二十人', '従業員数を数値として読めません'],
    ['製造業', -1, 10, '資本金がマイナスです'],
    ['製造業', 'abc', 10, '資本金を金額として読めません: 「abc」'],
    ['製造業', 50_000_000.5, '', '資本金は整数で指定してください'],
    ['製造業', '1,00,000', 10, '資本金を金額として読めません'],
    ['製造業', '', '', '資本金か従業員数のどちらかを指定してください'],
    ['医療法人', 10_000_000, '', '従業員数だけで判定します'],
    ['', 1, 1, '不明な業種です'],
    [5, 1, 1, '不明な業種です: 「5」'],
  ])('SIZE(%p, %p, %p): %s', (industry, capital, employees, text) => {
    const message = errorOf(() => SIZE(industry, capital, employees)).message;
    expect(message).toContain(text);
    expect(message).not.toContain('経費');
    expectGoodMessage(message);
  });

  test('counts and amounts as people type them', () => {
    expect(SIZE('製造業', '3億円', '')).toBe('中小企業');
    expect(SIZE('製造業', '3億0001円', '')).toBe('大企業'); // "3億1円" is asked (quote-reading.md §Q15)
    expect(SIZE('製造業', '', '20人')).toBe('小規模事業者');
    expect(SIZE('卸売業', '1億', '６名')).toBe('中小企業');
    expect(SIZE('製造業', '', '1,000')).toBe('大企業');
  });
});

/** Each alias a user may type for a size, and what it must mean (it2025.md §7; README 規模). */
const SIZE_ALIASES: Record<string, 'small' | 'sme' | 'large'> = {
  小規模事業者: 'small', 小規模: 'small', 小規模企業者: 'small', small: 'small',
  中小企業: 'sme', 中小: 'sme', 中小企業者: 'sme', 中小企業等: 'sme', sme: 'sme',
  大企業: 'large', 大: 'large', large: 'large', その他の事業者: 'large',
};
/** インボイス対応類型, cost 400,000 (it2025.md §3.1): 小規模 4/5, 中小 3/4, 大企業 not eligible. */
const INVOICE_400K = { small: 320_000, sme: 300_000, large: 0 };

describe('size aliases (core/rules/sizes.ts)', () => {
  test('the table holds exactly the expected aliases, each under its size', () => {
    const table = Object.fromEntries(Object.entries(SIZE_NAMES).flatMap(([size, names]) => names.map((n) => [n, size])));
    expect(table).toEqual(SIZE_ALIASES);
  });
  test.each(Object.entries(SIZE_ALIASES))('%s prices as %s', (alias, size) => {
    expect(AMOUNT('インボイス対応類型', 400_000, alias)).toBe(INVOICE_400K[size]);
  });
  test.each([...NEVER_SMALL_ORGS])('%s is never 小規模: priced as 中小企業', (org) => {
    expect(AMOUNT('インボイス対応類型', 400_000, org)).toBe(INVOICE_400K.sme);
  });
  test('SIZE answers are size arguments that mean the same size', () => {
    for (const [size, label] of Object.entries(SIZE_LABELS)) {
      expect(AMOUNT('インボイス対応類型', 400_000, label)).toBe(INVOICE_400K[size as keyof typeof INVOICE_400K]);
    }
    expect(AMOUNT('インボイス対応類型', 400_000, SIZE('小売業', 10_000_000, 3))).toBe(320_000);
  });
});


describe('SIZE help (core/contract/declarations.ts)', () => {
  const decl = DECLARATIONS.find((d) => d.id === 'SIZE')!;
  test('says names are whole and 飲食店 is 小売業; its example answers 小規模事業者', () => {
    expect(decl.params[0].ja).toContain('名前の一部では判定しません');
    expect(decl.params[0].en).toContain('"飲食店" counts as 小売業');
    expect(FUNCTIONS.SIZE(...decl.example.args)).toBe('小規模事業者'); // サービス業, 5 employees ≤ 5
  });
});
