/**
 * Texts (issue 20): the core's messages, notes and warnings carry their Japanese and English
 * apart; a cell joins them ("日本語 (English)") and the pane shows one. What calculate() exposes
 * as Texts is what BREAKDOWN and CHECK show as cells, and an error's Text is its message.
 */
import { BREAKDOWN, CHECK, calculate, cellText, inLanguage, isIthojoError, type Text } from '../../core';
import { bi } from '../../core/errors/text';
import { HELPER_MSG } from '../../core/errors/helperMessages';
import { MSG } from '../../core/errors/messages';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

test('a cell shows "日本語 (English)"; a text without English shows its Japanese alone, in a cell and in either language', () => {
  expect(cellText(bi('経費が空です', 'Cost is blank'))).toBe('経費が空です (Cost is blank)');
  expect([cellText(bi('OK', '')), inLanguage(bi('OK', ''), 'en')]).toEqual(['OK', 'OK']);
  expect(inLanguage(bi('経費が空です', 'Cost is blank'), 'en')).toBe('Cost is blank');
});

describe('every message of MSG and HELPER_MSG: a Japanese part, and an English part with no Japanese of its own', () => {
  /** A sample argument by parameter name, in ASCII, so that Japanese in the English part is the message's own. */
  const sample = (name: string): unknown =>
    name === 'a' ? { ja: '経費', en: 'cost' } : name === 'requirement' ? { ja: '省エネ要件', en: 'the energy-saving requirement' } : /^(known|allowed|years)$/.test(name) ? ['a', 'b'] : /^(round|year|row|column|found|months|length|limit|max|min|given|amount|floor)$/.test(name) ? 3 : 'x';
  const paramsOf = (fn: unknown): string[] =>
    (/^\(([^)]*)\)/.exec(String(fn))?.[1] ?? '').split(',').map((p) => p.trim().replace(/[:=].*$/, '')).filter((p) => p !== '');
  const all = [...Object.entries(MSG), ...Object.entries(HELPER_MSG)].filter(([name]) => name !== 'ok');
  test.each(all)('%s', (_name, make) => {
    const t = (make as (...a: unknown[]) => Text)(...paramsOf(make).map(sample));
    expect(t.ja).toMatch(JAPANESE);
    // what a user types (option syntax such as "=あり/なし") is quoted as typed
    expect(t.en.replace(/"[^"]*"/g, '')).not.toMatch(JAPANESE);
    expect(t.en).toMatch(/[A-Za-z]{2,}/);
  });
});

test('an error carries its Text: its message is the cell form', () => {
  try {
    calculate({ frame: '通常枠', cost: 'abc' });
    throw new Error('no error');
  } catch (e) {
    if (!isIthojoError(e)) throw e;
    expect(e.text.en).toBe('cost: not an amount: "abc"');
    expect(e.message).toBe(cellText(e.text));
  }
});

describe('calculate() exposes as Texts what BREAKDOWN and CHECK show as cells', () => {
  const scenarios: [string, unknown, string | null, string | null][] = [
    ['通常枠', 1_200_000, '小規模事業者', null],
    ['通常枠', 1_200_000, null, 'プロセス=4, 賃上げ, 過去交付, 税込'],
    ['インボイス対応類型', [['ソフトウェア', 1_000_000], ['PC', 200_000]], '中小企業', '機能=2'],
    ['買い手支援類型', 15_000_000, '医療法人', '100億, 年度=2025'],
    ['設備単位型', 24_000_000, '大企業', null],
    ['通常枠', 40_000, '大企業', '機能=2'],
  ];
  test.each(scenarios)('%s %j %s %s', (frame, cost, size, options) => {
    const r = calculate({ frame, cost, size, options });
    const table = BREAKDOWN(frame, cost, size, options) as (string | number)[][];
    const cells = (label: string) => table.filter((row) => row[0] === label).map((row) => row[1]);
    // the notes, CHECK's warnings among them, each once (the pane lists the warnings under its verdict)
    expect([...cells('注記 (note)')].sort()).toEqual([...r.assumptions, ...r.warnings, ...r.notes].map(cellText).sort());
    expect(cells('判定 (check)')).toEqual([r.reasons.length === 0 ? 'OK' : r.reasons.map(cellText).join(' / ')]);
    expect(table.slice(1, 1 + r.lines.length).map((row) => row[0])).toEqual(r.lines.map((l) => l.label.ja));
    if (r.reasons.length > 0) expect(CHECK(frame, cost, size, options)).toBe(r.reasons.map(cellText).join(' / '));
  });
});
