/**
 * Issue 8, "Never a silent wrong answer": one test per defect found when the builds were
 * attacked, named after it. Each input used to give a plausible number (or hang); now it is a
 * clear error naming the argument and quoting the text, or the right number.
 */
import { AMOUNT, BREAKDOWN, CAP, CHECK, DEADLINE, FRAMES, FUNCTIONS, IthojoError, SELFPAY, allTables } from '../../core';
import { MSG, cut, shown } from '../../core/errors/messages';
import { cellText, isText } from '../../core/errors/text';
import { HELPER_MSG } from '../../core/errors/helperMessages';
import { QUOTE_MSG } from '../../core/errors/quoteMessages';
import { MAX_OPTIONS_LENGTH, parseOptions } from '../../core/input/parseOptions';
import { OPTION_DEFS } from '../../core/rules/options';
import { errorOf, expectGoodMessage } from './helpers';

const members = (rows: unknown[][]): unknown[][] => [['構成員', '規模', '機能', '基盤導入経費', 'PC等', 'レジ等', '消費動向等分析経費', 'その他経費'], ...rows];
const sme = (i: number, analysis = 0): unknown[] => [`M${i}`, '中小企業', 2, 1_000_000, 0, 0, analysis, 0];

describe('empty option values read as "yes"', () => {
  test('"プロセス=4, 賃上げ=" is an error, not the 450万 band (it gave 3,000,000 for 6,000,000)', () => {
    const e = errorOf(() => AMOUNT('通常枠', 6_000_000, '中小企業', 'プロセス=4, 賃上げ='));
    expect(e.message).toContain('オプション「賃上げ=」の値が空です');
    expect(AMOUNT('通常枠', 6_000_000, '中小企業', 'プロセス=4')).toBe(1_499_999);
  });

  test('"最低賃金近傍=" is an error, not 2/3', () => {
    expect(errorOf(() => AMOUNT('通常枠', 1_000_000, '', '最低賃金近傍=')).message).toContain('最低賃金近傍');
  });

  test('a flag takes no value or an explicit yes/no: あり/なし, はい/いいえ, TRUE/FALSE, 1/0', () => {
    for (const yes of ['', '=あり', '=はい', '=TRUE', '=true', '=1']) expect(AMOUNT('通常枠', 6_000_000, '', `プロセス=4, 賃上げ${yes}`)).toBe(3_000_000);
    for (const no of ['=なし', '=いいえ', '=FALSE', '=0']) expect(AMOUNT('通常枠', 6_000_000, '', `プロセス=4, 賃上げ${no}`)).toBe(1_499_999);
    expect(errorOf(() => AMOUNT('通常枠', 6_000_000, '', 'プロセス=4, 賃上げ=たぶん')).message).toContain('「賃上げ=あり/なし」');
  });
});

describe('amount text with separators anywhere', () => {
  test.each(['100 200', '1,5万', '1,00,000', '1万20000', '¥1¥0¥0', '0x10', '1e6', '+7', '10000万', '1.5万2千', '1,000.000.5'])(
    '"%s" is an error quoting the text, not a number',
    (text) => {
      const e = errorOf(() => AMOUNT('通常枠', text));
      expect(e.message).toContain(`経費を金額として読めません: 「${text}」`);
      expectGoodMessage(e.message);
    },
  );

  test.each([
    ['1,000,000', 1_000_000], ['１，０００，０００円', 1_000_000], ['150万円', 1_500_000], ['1.5万', 15_000], ['1億2000万', 120_000_000],
    ['1万2千', 12_000], ['5千万', 50_000_000], ['¥1,000,000-', 1_000_000], ['￥1,000,000－', 1_000_000], ['100万円(税抜)', 1_000_000],
    ['100万円（税別）', 1_000_000], ['1,000千円', 1_000_000], ['\\500,000', 500_000],
  ])('"%s" reads as %d yen (the amount grammar)', (text, yen) => {
    expect(SELFPAY('インボイス対応類型', text, '', '機能=2') as number).toBe(yen - (AMOUNT('インボイス対応類型', yen, '', '機能=2') as number));
  });

  test('(税込) beside an amount divides it by 1.1 exactly, as 税込 does (110万円(税込) = 1,000,000 税抜)', () => {
    expect(AMOUNT('通常枠', '110万円(税込)')).toBe(500_000);
    expect(AMOUNT('通常枠', '税込 1,100,000円')).toBe(500_000);
    expect(BREAKDOWN('通常枠', '110万円(税込)').some((r) => String(r[1]).includes('1.1で割って'))).toBe(true);
  });

  test('"+7", "7e0" and "0x7" are not a round', () => {
    for (const round of ['+7', '7e0', '0x7', '07']) {
      expect(errorOf(() => AMOUNT('通常枠', 1_000_000, '', `公募回=${round}, 年度=2025`)).message).toContain('オプション「公募回」を数値として読めません');
      expect(errorOf(() => DEADLINE('通常枠', round, '年度=2025')).message).toContain('公募回を数値として読めません');
    }
    expect(DEADLINE('通常枠', '第7次', '年度=2025')).toEqual(new Date('2025-12-02T00:00:00+09:00'));
  });
});

describe('a quote\'s first line is dropped when its amount cannot be read', () => {
  test('{"ソフトウェア","100万円(税抜)"; "ソフトウェア",500000} is 1,500,000 × 1/2 = 750,000, not 250,000', () => {
    expect(AMOUNT('通常枠', [['ソフトウェア', '100万円(税抜)'], ['ソフトウェア', 500_000]])).toBe(750_000);
  });
});

describe('the 機能 cell of a 複数社連携 member table accepts other options', () => {
  test('"2 税込" in 機能 is an error naming the row, not 機能=2 with 税込', () => {
    const table = members([...Array.from({ length: 9 }, (_, i) => sme(i + 1)), ['M10', '中小企業', '2 税込', 1_000_000, 0, 0, 0, 0]]);
    const e = errorOf(() => AMOUNT('複数者連携', table));
    expect(e.message).toContain('構成員表11行目');
    expect(e.message).toContain('機能を数値として読めません: 「2 税込」');
  });
});

describe('a 大企業 member counts towards the 10 members and its 消費動向等分析経費 enters (b)', () => {
  test('9 SMEs + 1 大企業: not eligible (9 members), with both reasons; it gave 11,499,998 and "OK"', () => {
    const table = members([...Array.from({ length: 9 }, (_, i) => sme(i + 1, 1_000_000)), ['L1', '大企業', 2, 1_000_000, 0, 0, 1_000_000, 0]]);
    expect(AMOUNT('複数者連携', table)).toBe(0);
    const check = CHECK('複数者連携', table) as string;
    expect(check).toContain('構成員表11行目のL1は大企業のため構成員になれません');
    expect(check).toContain('構成員が9者です。10者以上必要です');
  });

  test('10 SMEs priced alone give the same (a)+(b) as before: 10 × 722,222 + min(10 × 1,000,000 × 2/3, 10 × 50万) = 12,222,220', () => {
    const table = members(Array.from({ length: 10 }, (_, i) => sme(i + 1, 1_000_000)));
    expect(AMOUNT('複数者連携', table)).toBe(7_222_220 + 5_000_000);
  });
});

test('-0 comes back as 0, never -0', () => {
  expect(Object.is(AMOUNT('通常枠', -0), 0)).toBe(true);
  expect(Object.is(SELFPAY('通常枠', -0), 0)).toBe(true);
  expect(Object.is((SELFPAY('通常枠', [[-0], [0]]) as number[][])[0][0], 0)).toBe(true);
});

describe('options parsing is linear, refused when too long, and its failures are cached', () => {
  test('10× longer options text takes at most ~10× the time (a ratio in one run, not a clock limit)', () => {
    const make = (n: number): string => `${' '.repeat(n)}プロセス${' '.repeat(n)}=${' '.repeat(n)}2${' '.repeat(n)}`;
    // distinct texts per row, so the plan cache does not hide the parse
    const run = (n: number): number => {
      const column = Array.from({ length: 200 }, (_, i) => [`${make(n)}${' '.repeat(i % 7)}`]);
      const t0 = process.hrtime.bigint();
      AMOUNT('通常枠', 1_000_000, '', column);
      return Number(process.hrtime.bigint() - t0);
    };
    run(20);
    const short = Math.min(run(24), run(24), run(24));
    const long = Math.min(run(240), run(240), run(240));
    expect(long / short).toBeLessThan(25);
  });

  test(`over ${MAX_OPTIONS_LENGTH} characters is an error before any parsing (a 32,767-character cell, 1 MB)`, () => {
    for (const n of [MAX_OPTIONS_LENGTH + 1, 32_767, 1_000_000]) {
      const e = errorOf(() => parseOptions(' '.repeat(n - 1) + 'x'));
      expect(e.message).toBe(cellText(MSG.optionsTooLong(n, MAX_OPTIONS_LENGTH)));
    }
    expect(parseOptions(`${' '.repeat(MAX_OPTIONS_LENGTH - 8)}プロセス=4`)).toEqual({ processes: 4 });
  });

  test('a column of one bad options text shares one error object (parsed once)', () => {
    const out = AMOUNT('通常枠', 1_000_000, '', Array.from({ length: 50 }, () => ['謎オプション'])) as unknown[][];
    expect(new Set(out.map((r) => r[0])).size).toBe(1);
    expect(out[0][0]).toBeInstanceOf(IthojoError);
  });
});

describe('messages quote inputs cut to a short length', () => {
  test('a 1 MB cost text is quoted as 60 characters and an ellipsis', () => {
    const big = '9'.repeat(1_000_000);
    const e = errorOf(() => AMOUNT('通常枠', `x${big}`));
    expect(e.message).toContain(`「x${'9'.repeat(59)}…」`);
    expect(e.message.length).toBeLessThan(400);
  });

  test('cut() counts characters, not UTF-16 units, and keeps one line', () => {
    expect(cut('😀'.repeat(70))).toBe(`${'😀'.repeat(60)}…`);
    expect(cut('a\nb\tc')).toBe('a b c');
  });
});

describe('an error cell costs about what a value does', () => {
  test('cells outside a smaller range share one #N/A error; a bad text repeated shares one error', () => {
    const out = AMOUNT([['通常枠'], ['通常枠']], Array.from({ length: 1000 }, () => [1_000_000])) as unknown[][];
    expect(new Set(out.slice(2).map((r) => r[0])).size).toBe(1);
    const bad = AMOUNT('通常枠', Array.from({ length: 1000 }, () => ['abc'])) as unknown[][];
    expect(new Set(bad.map((r) => r[0])).size).toBe(1);
  });

  test('an IthojoError is an Error without a captured stack', () => {
    const e = errorOf(() => AMOUNT('通常枠', -1));
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('IthojoError');
    expect((e as Error).stack).toBeUndefined();
  });
});

describe('3-D or object input reaches internal code', () => {
  test.each([
    ['a 3-D range as cost', () => AMOUNT('通常枠', [[[1]]]), '経費の範囲の形が不正です'],
    ['an object as frame', () => AMOUNT({}, 1), '枠に使えない値です'],
    ['an object inside a range', () => AMOUNT('通常枠', [[1], [{}]]), '経費の範囲の形が不正です'],
    ['a ragged row that is not an array', () => AMOUNT('通常枠', [[1], 2]), '経費の範囲の形が不正です'],
    ['an empty range', () => AMOUNT('通常枠', [[]]), '経費の範囲が空です'],
    ['a function as options', () => AMOUNT('通常枠', 1, '', () => 1), 'オプションに使えない値です'],
    ['a BigInt as size', () => AMOUNT('通常枠', 1, 10n), '事業者規模に使えない値です'],
  ])('%s: one clear message, never "内部エラー"', (_what, run, text) => {
    const e = errorOf(run);
    expect(e.message).toContain(text);
    expect(e.message).not.toContain('内部エラー');
    expectGoodMessage(e.message);
  });

  test('CHECK answers a malformed range with the message too', () => {
    expect(CHECK('通常枠', [[[1]]])).toContain('経費の範囲の形が不正です');
  });
});

describe('Node build: shared header rows, extra arguments', () => {
  test('BREAKDOWN and FRAMES answers are fresh arrays: mutating one does not change the next', () => {
    const a = BREAKDOWN('通常枠', 1_000_000);
    a[0][0] = 'changed';
    a[1][1] = -1;
    expect(BREAKDOWN('通常枠', 1_000_000)[0][0]).toBe('区分 (item)');
    const f = FRAMES();
    f[0].length = 0;
    expect(FRAMES()[0][0]).toBe('枠 (frame)');
  });

  test('extra arguments are refused, not read as a different shape', () => {
    const e = errorOf(() => (AMOUNT as (...a: unknown[]) => unknown)('通常枠', 1_000_000, '', '', 'extra'));
    expect(e.message).toBe(cellText(MSG.tooManyArguments('AMOUNT', 4, 5)));
    // an undefined beyond the declared parameters is an omitted argument, not an extra one
    expect((AMOUNT as (...a: unknown[]) => unknown)('通常枠', 1_000_000, '', '', undefined)).toBe(500_000);
  });
});

describe('misleading messages: each names the argument it is about', () => {
  test('1,201 months says 月数 must be 1〜1200 (it said "1以上の整数")', () => {
    expect(errorOf(() => AMOUNT('通常枠', [['クラウド', 100_000, 1201]])).message).toContain('月数は1〜1200で指定してください: 「1201」');
  });

  test('employees -1 says 従業員数, not 経費', () => {
    const m = errorOf(() => FUNCTIONS.SIZE('サービス業', 10_000_000, -1)).message;
    expect(m).toContain('従業員数がマイナスです');
    expect(m).not.toContain('経費');
  });

  test('a bad date names the date argument', () => {
    expect(errorOf(() => FUNCTIONS.MINWAGE('東京都', '2025-02-30')).message).toContain('日付として読めません: 「2025-02-30」');
  });
});

describe('dates across builds', () => {
  test('a Date where an amount is meant is an error in the core (Sheets and Node pass Dates; Excel passes a serial, a number)', () => {
    expect(errorOf(() => SELFPAY('通常枠', new Date('2025-10-03T00:00:00+09:00'))).message).toBe(cellText(MSG.dateAsAmount({ ja: '経費', en: 'cost' })));
    // in Excel a date cell is its serial: 45,933 yen, below the 通常枠 floor, so all of it is self-paid
    expect(SELFPAY('通常枠', 45_933)).toBe(45_933);
  });

  test('a message shows a date as YYYY-MM-DD on the Tokyo calendar, whatever the machine\'s zone', () => {
    expect(shown(new Date('2025-12-31T15:30:00Z'))).toBe('2026-01-01');
    expect(shown(new Date(Number.NaN))).toBe('無効な日付 (Invalid Date)');
    expect(errorOf(() => FUNCTIONS.MINWAGE('東京都', new Date('2020-01-01T00:00:00+09:00'))).message).toContain('2020-01-01');
  });
});

describe('every message has Japanese text, then English in parentheses', () => {
  /** A sample value for a message parameter, chosen by its name (an Arg, a list, a number or text). */
  function sample(name: string): unknown {
    if (name === 'a') return { ja: '経費', en: 'cost' };
    if (name === 'requirement') return { ja: '省エネ要件', en: 'the energy-saving requirement' };
    // a quote row's place, or the message of the cell it could not read (QUOTE_MSG takes Texts: issue 19)
    if (name === 'at' || name === 'place') return { ja: '見積3行目', en: 'Quote line 3' };
    if (name === 'cause') return { ja: '金額欄を金額として読めません', en: 'amount: not an amount' };
    if (/^(known|allowed|years|names|list)$/.test(name)) return ['甲', '乙'];
    if (/^(row|round|months|limit|amount|floor|n|min|max|length|year|given|count|columns|column|month|months)$/.test(name)) return 3;
    return 'テキスト';
  }
  const paramsOf = (fn: (...a: unknown[]) => unknown): string[] =>
    (/^\(([^)]*)\)/.exec(fn.toString())?.[1] ?? '').split(',').map((p) => p.trim().replace(/[:=].*$/, '')).filter((p) => p !== '');

  const tables: Record<string, Record<string, unknown>> = { MSG, QUOTE_MSG, HELPER_MSG };
  const messages = Object.entries(tables).flatMap(([table, msgs]) => Object.entries(msgs).map(([n, f]) => [`${table}.${n}`, f] as [string, unknown]));
  test('no message is in two tables', () => {
    const names = [...Object.keys(MSG), ...Object.keys(QUOTE_MSG), ...Object.keys(HELPER_MSG)];
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(messages)('%s', (_name, make) => {
    const fn = make as (...a: unknown[]) => unknown;
    const made = fn(...paramsOf(fn as (...a: unknown[]) => string).map(sample));
    const text = isText(made) ? cellText(made) : String(made);
    // OK and "OK (注意: …)" wrap other messages
    if (text.startsWith('OK')) return;
    expectGoodMessage(text);
  });

  test('every caution, reason and note of the rule tables is bilingual', () => {
    const texts = allTables().flatMap((t) => t.frames.flatMap((f) => [
      ...(f.cautions ?? []).map((c) => c.text),
      ...(f.exclusions ?? []).map((x) => x.reason),
      ...f.buckets.flatMap((b) => (b.requires ? [b.requires.reason] : [])),
    ]));
    expect(texts.length).toBeGreaterThan(5);
    for (const t of texts) expectGoodMessage(cellText(t));
  });
});

describe('every name in the tables resolves: frames, options', () => {
  test.each(allTables().flatMap((t) => t.frames.flatMap((f) => [f.name, f.id, ...f.aliases].map((n) => [n, f.id, t.fiscalYear] as const))))(
    'frame name "%s" is %s (in %i)',
    (name, id, year) => {
      expect(CAP(name, '', `年度=${year}`)).toBe(CAP(id, '', `年度=${year}`));
      expect(FRAMES().some((r) => r[1] === id && r[3] === year)).toBe(true);
    },
  );

  test.each(OPTION_DEFS.flatMap((d) => d.names.map((n) => [n, d.key, d.example] as const)))('option name "%s" is %s', (name, key, example) => {
    const value = example.includes('=') ? example.slice(example.indexOf('=')) : '';
    expect(Object.keys(parseOptions(`${name}${value}`))).toEqual([key]);
  });
});
