/**
 * The quote reader's texts: sources read as documents (issue 10: no rule-file names or how-sure
 * tags reach users), and its messages keep the conventions (Japanese, English in parentheses,
 * inputs cut short). Plus the keyword table as rule data: every entry cited, every category real.
 */
import { citation } from '../../core/rules/citation';
import { QUOTE_MSG } from '../../core/errors/quoteMessages';
import { bi, cellText, type Text } from '../../core/errors/text';
import { RANGE_PLACES, sheetPlaces } from '../../core/quote/places';
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
  const at = RANGE_PLACES.line(3);
  const sheet = sheetPlaces({ sheet: '見積', row: 10, column: 2 }, 0).line(3);
  const long = 'x'.repeat(200);
  // every message of QUOTE_MSG, with sample arguments (the completeness check below keeps this list whole)
  const samples: Record<string, Text | string> = {
    quoteShape: QUOTE_MSG.quoteShape(),
    noQuoteLines: QUOTE_MSG.noQuoteLines(),
    headerNoAmount: QUOTE_MSG.headerNoAmount(at),
    headerNoItem: QUOTE_MSG.headerNoItem(at, ['品名', '品目']),
    headerAgain: QUOTE_MSG.headerAgain(sheet),
    lineAboveHeader: QUOTE_MSG.lineAboveHeader(at, '3行目'),
    numericGrid: QUOTE_MSG.numericGrid(RANGE_PLACES.cell(2, 1), long),
    errorValue: QUOTE_MSG.errorValue(at, '#N/A'),
    bareAmount: QUOTE_MSG.bareAmount(at, 100, 200, 300),
    headingAmount: QUOTE_MSG.headingAmount(at, long, 100, 200),
    lineNoAmount: QUOTE_MSG.lineNoAmount(at, '会計ソフト'),
    lineAmount: QUOTE_MSG.lineAmount(at, bi('金額欄を金額として読めません', 'amount: not an amount')),
    unitPriceFraction: QUOTE_MSG.unitPriceFraction(at, '会計ソフト'),
    productTooLarge: QUOTE_MSG.productTooLarge(at, long),
    amountsDisagree: QUOTE_MSG.amountsDisagree(at, '導入設定', 100, 110),
    unitPriceTaxUnclear: QUOTE_MSG.unitPriceTaxUnclear(at, 'クラウド', '1,100円', 1000),
    parensOnItem: QUOTE_MSG.parensOnItem(at, '(30,000)'),
    taxClassUnknown: QUOTE_MSG.taxClassUnknown(at, long),
    taxStatementConflict: QUOTE_MSG.taxStatementConflict(at, '※価格は税込です', true),
    markUnknown: QUOTE_MSG.markUnknown(at, '在庫管理', '△'),
    markBlank: QUOTE_MSG.markBlank(at, '帳票設定作業'),
    unknownCategory: QUOTE_MSG.unknownCategory(at, long, ['ソフトウェア']),
    neverInferred: QUOTE_MSG.neverInferred(at, long, '諸経費', ['ソフトウェア', '対象外']),
    genericHardware: QUOTE_MSG.genericHardware(at, 'ハードウェア'),
    twoHardwareGroups: QUOTE_MSG.twoHardwareGroups(at, 'タブレットPOSレジ端末'),
    headUndecided: QUOTE_MSG.headUndecided(at, long, 'a', 'b'),
    categoryNotInFrame: QUOTE_MSG.categoryNotInFrame(at, 'ノートPC', 'PC・タブレット等', '通常枠'),
    termUnreadable: QUOTE_MSG.termUnreadable(at, long),
    termsDisagree: QUOTE_MSG.termsDisagree(at, 'クラウド会計', 36, 24),
    perUserMonths: QUOTE_MSG.perUserMonths(at, '勤怠管理クラウド'),
    splitTooLarge: QUOTE_MSG.splitTooLarge(at, '会計', 200, 100),
    discountTooLarge: QUOTE_MSG.discountTooLarge(at, '値引き', 300001n, 300000, '導入設定'),
    categoryInferred: QUOTE_MSG.categoryInferred('2行目「ノートPC」→PC・タブレット等'),
    categoryFromHeading: QUOTE_MSG.categoryFromHeading('3行目「作業」→導入設定'),
    categoryFromAbove: QUOTE_MSG.categoryFromAbove('3行目「作業」→導入設定'),
    termFromText: QUOTE_MSG.termFromText('3行目「保守 36ヶ月」36か月'),
    termLicence: QUOTE_MSG.termLicence('3行目「ライセンス（3年分）」'),
    termUnknown: QUOTE_MSG.termUnknown('3行目「クラウド」'),
    notPriced: QUOTE_MSG.notPriced('3行目「交通費」'),
    qtyPriceMismatch: QUOTE_MSG.qtyPriceMismatch(at, '800,000円', 1000000),
    splitMismatch: QUOTE_MSG.splitMismatch(at, 1000000, 200000, 900000, 800000),
    summaryMismatch: QUOTE_MSG.summaryMismatch(at, '小計'.repeat(100), 1300000, 1200000),
    taxStatement: QUOTE_MSG.taxStatement(at, long, true),
    taxMentioned: QUOTE_MSG.taxMentioned(),
    proratedLines: QUOTE_MSG.proratedLines(2, '3行目 36→24か月'),
    lineTaxIncluded: QUOTE_MSG.lineTaxIncluded('3行目'),
    lineTaxExcluded: QUOTE_MSG.lineTaxExcluded('3行目'),
    discountSpread: QUOTE_MSG.discountSpread(50000, false),
    groupCapped: QUOTE_MSG.groupCapped('役務', 2000000),
    tierBoundary: QUOTE_MSG.tierBoundary('ITツール 1段目/2段目', '666,666.67', '2,000,000/3'),
    costFractions: QUOTE_MSG.costFractions(),
    lineCount: QUOTE_MSG.lineCount(12),
    membersShape: QUOTE_MSG.membersShape(['構成員', '規模']),
    membersRow: QUOTE_MSG.membersRow(2, bi('経費を金額として読めません', 'cost: not an amount')),
    membersNeedTable: QUOTE_MSG.membersNeedTable('複数者連携'),
    tooFewMembers: QUOTE_MSG.tooFewMembers(1, 2),
    memberNotEligible: QUOTE_MSG.memberNotEligible(2, 'M1', '大企業'),
  };

  test('every message has a sample here', () => {
    expect(Object.keys(samples).sort()).toEqual(Object.keys(QUOTE_MSG).sort());
  });

  test.each(Object.entries(samples))('%s', (_name, message) => {
    const cell = typeof message === 'string' ? message : cellText(message);
    expectGoodMessage(cell);
    if (typeof message !== 'string') {
      // a Text: Japanese in ja, English in en, and the cell shows exactly "日本語 (English)"
      expect(message.en).toMatch(/[A-Za-z]{2,}/);
      expect(cell).toBe(`${message.ja} (${message.en})`);
    }
    // inputs are quoted cut to 60 characters
    expect(cell).not.toMatch(/x{61}|(小計){31}/);
  });

  test('a row is named as the sheet shows it where the host gives the range\'s place', () => {
    expect(cellText(sheet)).toBe('見積 B12 (12行目) (見積!B12 (row 12))');
    expect(cellText(at)).toBe('見積3行目 (Quote line 3)');
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
