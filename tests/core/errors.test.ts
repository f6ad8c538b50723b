/**
 * Bad input (issue 2 "Bad input"; rules/README.md "message text"): each gets an IthojoError of
 * kind `value` whose message is `日本語 (English)`, never a stack, never "undefined", never a
 * silent 0. CHECK answers the same message instead of throwing.
 */
import { AMOUNT, BREAKDOWN, CAP, CHECK, FRAMES, IthojoError, MINAMOUNT, RATE, SELFPAY, isIthojoError } from '../../core';
import { errorOf, expectGoodMessage } from './helpers';

type Args = [frame: unknown, cost: unknown, size?: unknown, options?: unknown];

const FRAME_NAMES = ['通常枠', 'インボイス対応類型', '電子取引類型', 'セキュリティ対策推進枠', '複数者連携デジタル化・AI導入枠'];
const OPTION_NAMES = ['プロセス', '賃上げ', '最低賃金近傍', '機能', '口座', '税込', '計算方式', '年度'];

/** [what, arguments, texts the message must contain]. */
const BAD: [string, Args, string[]][] = [
  ['unknown frame (lists the known frames)', ['謎枠', 1000000], ['謎枠', ...FRAME_NAMES]],
  ['unknown frame given as a number', [5, 1000000], ['5', '通常枠']],
  ['blank frame ""', ['', 1000000], ['枠']],
  ['blank frame of spaces', ['   ', 1000000], ['枠']],
  ['blank frame null', [null, 1000000], ['枠']],
  ['negative cost', ['通常枠', -1], ['マイナス', '-1']],
  ['negative text cost', ['通常枠', '-100万円'], ['マイナス']],
  ['negative text cost with a minus sign', ['通常枠', '−100'], ['マイナス']],
  ['NaN cost', ['通常枠', NaN], ['経費']],
  ['Infinity cost', ['通常枠', Infinity], ['経費']],
  ['-Infinity cost', ['通常枠', -Infinity], ['経費']],
  ['non-numeric cost', ['通常枠', 'abc'], ['abc']],
  ['non-numeric cost with a unit', ['通常枠', '万円'], ['万円']],
  ['cost with units that rise', ['通常枠', '1万1億'], ['1万1億']],
  ['cost "1e6" as text', ['通常枠', '1e6'], ['1e6']],
  ['blank cost null', ['通常枠', null], ['経費']],
  ['blank cost ""', ['通常枠', ''], ['経費']],
  ['blank cost undefined', ['通常枠', undefined], ['経費']],
  ['boolean cost TRUE', ['通常枠', true], ['TRUE']],
  ['boolean cost FALSE', ['通常枠', false], ['FALSE']],
  ['Date as cost', ['通常枠', new Date(2025, 0, 1)], ['日付']],
  ['huge number > 1e15', ['通常枠', 2e15], ['1e15']],
  ['huge number just above 1e15', ['インボイス対応類型', 1e15 + 1], ['1e15']],
  ['text with 兆 (not in the amount grammar)', ['通常枠', '2000兆円'], ['2000兆円', '金額として読めません']],
  ['huge text "1001兆円" written out', ['通常枠', '1,001,000,000,000,000円'], ['1e15']],
  ['huge text "1,000,000,000,000,001"', ['通常枠', '1,000,000,000,000,001'], ['1e15']],
  ['options "プロセス=abc"', ['通常枠', 1000000, '', 'プロセス=abc'], ['プロセス', 'abc']],
  ['options "プロセス=2.5"', ['通常枠', 1000000, '', 'プロセス=2.5'], ['プロセス', '2.5']],
  ['options "口座=120/100" (used > contracted)', ['電子取引類型', 1000000, '', '口座=120/100'], ['口座', '120/100']],
  ['options "口座=" (no value)', ['電子取引類型', 1000000, '', '口座='], ['口座']],
  ['options "口座=80" (not a ratio)', ['電子取引類型', 1000000, '', '口座=80'], ['口座', '80']],
  ['options "口座=1/0"', ['電子取引類型', 1000000, '', '口座=1/0'], ['口座']],
  ['options "賃上げ=maybe"', ['通常枠', 1000000, '', '賃上げ=maybe'], ['賃上げ', 'maybe']],
  ['options "計算方式=適当"', ['インボイス対応類型', 1000000, '', '計算方式=適当'], ['計算方式', '事務局ツール']],
  ['duplicate option keys', ['通常枠', 1000000, '', 'プロセス=2, プロセス=3'], ['プロセス', '2']],
  ['duplicate option through an alias', ['通常枠', 1000000, '', 'プロセス=2 processes=3'], ['プロセス']],
  ['unknown option key (names the known ones)', ['通常枠', 1000000, '', 'ふが=1'], ['ふが', ...OPTION_NAMES]],
  ['unknown option flag', ['通常枠', 1000000, '', '賃上げ, 魔法'], ['魔法']],
  ['options that are not text', ['通常枠', 1000000, '', 42], ['オプション']],
  ['missing required 口座 for 電子取引類型', ['電子取引類型', 1000000], ['口座', '口座=80/100']],
  ['unknown size (lists the known ones)', ['通常枠', 1000000, '巨大企業'], ['巨大企業', '中小企業', '小規模事業者', '大企業']],
  ['size as a number', ['通常枠', 1000000, 3], ['3', '中小企業']],
  ['年度 without rules', ['通常枠', 1000000, '', '年度=2019'], ['2019', '2025']],
  ['quote lines of 4 columns', ['通常枠', [['ソフトウェア', 1000000, 12, 'x']]], ['2〜3列']],
  ['unknown category (lists the known ones)', ['通常枠', [['ソフトウェア', 1000000], ['送料', 5000]]], ['2行目', '送料', 'ソフトウェア', 'クラウド', '保守', '対象外']],
  ['quote line with a bad amount', ['通常枠', [['ソフトウェア', 1000000], ['クラウド', 'たくさん']]], ['2行目', 'たくさん']],
  // issue 8: a row is a header only when it holds header words; an unreadable first amount is an error
  ['quote whose first line has an unreadable amount', ['通常枠', [['ソフトウェア', 'たくさん']]], ['1行目', 'たくさん']],
  ['quote line with a negative amount', ['通常枠', [['ソフトウェア', -5]]], ['1行目', 'マイナス']],
  ['quote line with 0 months', ['通常枠', [['クラウド', 100000, 0]]], ['1行目', '月数', '0']],
  ['quote line with negative months', ['通常枠', [['クラウド', 100000, -12]]], ['月数', '-12']],
  ['quote line with fractional months', ['通常枠', [['クラウド', 100000, 1.5]]], ['月数', '1.5']],
  ['quote line with text months', ['通常枠', [['クラウド', 100000, 'ずっと']]], ['月数', 'ずっと']],
  ['hardware line in 通常枠', ['通常枠', [['ソフトウェア', 1000000], ['POSレジ', 100000]]], ['2行目', '通常枠']],
  ['members table without a header', ['複数社連携IT導入枠', [['a', 1], ['b', 2]]], ['見出し']],
  ['members table as a number', ['複数社連携IT導入枠', 1000000], ['構成員表']],
];

describe.each(BAD)('%s', (_what, args, texts) => {
  test('AMOUNT throws an IthojoError (kind value) with a Japanese (English) message', () => {
    const e = errorOf(() => AMOUNT(...args));
    expect(e).toBeInstanceOf(IthojoError);
    expect(isIthojoError(e)).toBe(true);
    expect(e.kind).toBe('value');
    expect(e.name).toBe('IthojoError');
    expectGoodMessage(e.message);
    for (const t of texts) expect(e.message).toContain(t);
  });

  test('SELFPAY, RATE and BREAKDOWN throw the same error', () => {
    const message = errorOf(() => AMOUNT(...args)).message;
    expect(errorOf(() => SELFPAY(...args)).message).toBe(message);
    expect(errorOf(() => BREAKDOWN(...args)).message).toBe(message);
    if (args[1] !== null && args[1] !== '' && args[1] !== undefined) expect(errorOf(() => RATE(...args)).message).toBe(message);
  });

  test('CHECK never throws: it answers the message', () => {
    const message = errorOf(() => AMOUNT(...args)).message;
    expect(CHECK(...args)).toBe(message);
  });
});

describe('frame-level errors of CAP, MINAMOUNT, RATE without a cost', () => {
  test.each([
    ['謎枠', '', ''],
    ['', '', ''],
    ['通常枠', '巨大', ''],
    ['通常枠', '', 'プロセス=abc'],
    ['通常枠', '', 'foo=1'],
  ])('%s / %s / %s', (frame, size, options) => {
    for (const fn of [() => CAP(frame, size, options), () => MINAMOUNT(frame, size, options), () => RATE(frame, null, size, options)]) {
      const e = errorOf(fn);
      expect(e.kind).toBe('value');
      expectGoodMessage(e.message);
    }
  });
});

describe('no error leaks a stack, "undefined" or a raw exception', () => {
  // values no spreadsheet sends but a Node caller of dist/core/ithojo.cjs might
  const weird: unknown[] = [undefined, null, {}, Symbol('x'), () => 1, 10n, new Error('boom'), Number.MIN_VALUE, -0, '\u0000'];
  const expectNoLeak = (e: unknown): void => {
    expect(e).toBeInstanceOf(IthojoError);
    const m = (e as IthojoError).message;
    expect(m).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(m).toMatch(/\)$/);
    expect(m).not.toMatch(/undefined|\n|\.ts:\d+|\.js:\d+/);
  };

  test.each(weird.map((w) => [String(typeof w), w]))('cost of type %s', (_t, w) => {
    let answer: unknown;
    try {
      answer = AMOUNT('通常枠', w);
    } catch (e) {
      expectNoLeak(e);
      return;
    }
    // a value that reads as a cost must give a whole-yen answer
    expect(Number.isInteger(answer)).toBe(true);
  });

  test.each(weird.map((w) => [String(typeof w), w]))('frame, size and options of type %s', (_t, w) => {
    // null and undefined are omitted arguments: a size or options left out means the default
    const omitted = w === null || w === undefined;
    for (const [args, answers] of [[[w, 1000000], false], [['通常枠', 1000000, w], omitted], [['通常枠', 1000000, '', w], omitted]] as [Args, boolean][]) {
      if (answers) {
        expect(AMOUNT(...args)).toBe(500000);
        expect(CHECK(...args)).toBe('OK');
        continue;
      }
      const e = errorOf(() => AMOUNT(...args));
      expectNoLeak(e);
      expect(CHECK(...args)).toBe(e.message);
    }
  });

  test('an error is an Error whose message carries no stack frames', () => {
    const e = errorOf(() => AMOUNT('通常枠', -1));
    expect(e).toBeInstanceOf(Error);
    expect(e.message).not.toContain('\n');
  });

  test('1e15 itself is accepted (the limit is inclusive) and 0 is a cost, not an error', () => {
    expect(AMOUNT('インボイス対応類型', 1e15, '', '機能=2')).toBe(3500000);
    expect(AMOUNT('インボイス対応類型', '1,000,000,000,000,000円', '', '機能=2')).toBe(3500000);
    expect(AMOUNT('通常枠', 0)).toBe(0);
    expect(CHECK('通常枠', 0)).not.toBe('OK');
  });

  test('FRAMES with an unknown program and BREAKDOWN of bad input throw IthojoError', () => {
    const program = errorOf(() => FRAMES('宇宙開発補助金')).message;
    expectGoodMessage(program);
    expect(program).toContain('不明な制度です: 「宇宙開発補助金」');
    const cost = errorOf(() => BREAKDOWN('通常枠', 'abc')).message;
    expectGoodMessage(cost);
    expect(cost).toContain('経費を金額として読めません: 「abc」');
  });
});
