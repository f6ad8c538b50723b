/**
 * The quote reader's texts: sources read as documents (issue 10: no rule-file names or how-sure
 * tags reach users), and its messages keep the conventions (Japanese, English in parentheses,
 * inputs cut short). Plus the keyword table as rule data: every entry cited, every category real.
 */
import { citation } from '../../core/rules/citation';
import { QUOTE_MSG } from '../../core/errors/quoteMessages';
import { allTables } from '../../core/rules/registry';
import { IT_QUOTE_KEYWORDS } from '../../core/rules/it/quoteKeywords';
import { expectGoodMessage } from './helpers';

function sourcesIn(x: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(x)) x.forEach((y) => sourcesIn(y, out));
  else if (x && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) {
      if ((k === 'source' || k === 'note') && typeof v === 'string') out.add(v);
      else sourcesIn(v, out);
    }
  }
  return out;
}

describe('citation', () => {
  test.each([
    ['it2025.md §2.1 / 公募要領(通常枠) §2-3, 交付規程 別表', '公募要領(通常枠) §2-3, 交付規程 別表'],
    ['it2025.md §8 [VENDOR, uncertain]', '事務局スケジュール (予定) (要確認)'],
    ['it2025.md §2.2 cat.1 (最大2年分), §5 (サービス利用料 最大2年分)', '公募要領(通常枠) §2-2 カテゴリー1 (最大2年分), 公募要領(セキュリティ対策推進枠) §2-3 (サービス利用料 最大2年分)'],
    ['programs-2025.md §1.1 ([記憶] 小規模・赤字で2/3; [要確認])', '事業承継・M&A補助金 公募要領 (令和6年度補正) (小規模・赤字で2/3; 要確認)'],
    ['it2025.md §6.4 (公式計算用ツール: 経費 666,667 / 625,001 で分割)', '複数社連携 計算用ツール (様式5・6) (公式計算用ツール: 経費 666,667 / 625,001 で分割)'],
    ['4プロセス以上・賃上げ (賃上げ目標が未達なら補助金の返還を求められます: it2025.md §2.1)', '4プロセス以上・賃上げ (賃上げ目標が未達なら補助金の返還を求められます: 公募要領(通常枠) §2-3, 交付規程 別表)'],
    ['flyer (Ⅲ) 補助率1/3', 'チラシ (Ⅲ) 補助率1/3'],
  ])('%s', (source, shown) => {
    expect(citation(source)).toBe(shown);
  });

  test('every source and note of every rule table and schedule reads without our files or tags', () => {
    const all = sourcesIn([allTables()], new Set());
    expect(all.size).toBeGreaterThan(100);
    for (const s of all) expect(citation(s)).not.toMatch(/\.md\b|\[[A-Z記要確]|rules\/|§\d+\.\d/);
  });
});

describe('messages of the quote reader', () => {
  test.each(Object.entries({
    unknownCategory: QUOTE_MSG.unknownCategory(3, 'x'.repeat(200), ['ソフトウェア']),
    quoteShape: QUOTE_MSG.quoteShape(),
    noQuoteLines: QUOTE_MSG.noQuoteLines(),
    headerNoAmount: QUOTE_MSG.headerNoAmount(1),
    headerAgain: QUOTE_MSG.headerAgain(9),
    lineAboveHeader: QUOTE_MSG.lineAboveHeader(1, 3),
    lineNoAmount: QUOTE_MSG.lineNoAmount(4),
    unitPriceFraction: QUOTE_MSG.unitPriceFraction(4),
    splitTooLarge: QUOTE_MSG.splitTooLarge(2, 200, 100),
    discountTooLarge: QUOTE_MSG.discountTooLarge(5, 300001n, 300000, '導入設定'),
    categoryInferred: QUOTE_MSG.categoryInferred('2行目「ノートPC」→PC・タブレット等'),
    categoryFromHeading: QUOTE_MSG.categoryFromHeading('3行目「作業」→導入設定'),
    qtyPriceMismatch: QUOTE_MSG.qtyPriceMismatch(2, '800,000円', 1000000),
    splitMismatch: QUOTE_MSG.splitMismatch(2, 1000000, 200000, 900000, 800000),
    summaryMismatch: QUOTE_MSG.summaryMismatch(9, '小計'.repeat(100), 1300000, 1200000),
    monthsUnknown: QUOTE_MSG.monthsUnknown('2行目「月額」'),
    taxMentioned: QUOTE_MSG.taxMentioned(),
    proratedLines: QUOTE_MSG.proratedLines(2, '3行目 36→24か月'),
    lineTaxIncluded: QUOTE_MSG.lineTaxIncluded('3行目'),
    lineTaxExcluded: QUOTE_MSG.lineTaxExcluded('3行目'),
    discountSpread: QUOTE_MSG.discountSpread(50000, false),
    discountSpreadAll: QUOTE_MSG.discountSpread(50000, true),
    tierBoundary: QUOTE_MSG.tierBoundary('ITツール 1段目/2段目', '666,666.67', '2,000,000/3'),
    costFractions: QUOTE_MSG.costFractions(),
  }))('%s', (_name, message) => {
    expectGoodMessage(message);
    // inputs are quoted cut to 60 characters
    expect(message).not.toMatch(/x{61}|(小計){31}/);
  });
});

describe('the keyword table is rule data', () => {
  test('every entry cites its source and names a category of the IT tables', () => {
    for (const table of allTables().filter((t) => t.programId === 'it')) {
      for (const rule of IT_QUOTE_KEYWORDS.rules) {
        expect(rule.source).toMatch(/it2025\.md §|issue 10/);
        expect(table.categories.map((c) => c.id)).toContain(rule.category);
      }
    }
    expect(IT_QUOTE_KEYWORDS.never.source).toMatch(/it2025\.md §1\.6/);
  });
});
