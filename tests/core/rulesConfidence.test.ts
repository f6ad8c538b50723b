/**
 * Issue 21: where an answer rests on a [VENDOR] or [要確認] value, CHECK and BREAKDOWN say 要確認,
 * decided by the tag in the data (core/rules/confidence.ts), never by code about one fact.
 */
import { BREAKDOWN, CHECK, DEADLINE, allTables, type RuleTable } from '../../core';
import { choose } from '../../core/engine/conditions';
import { parseOptions } from '../../core/input/parseOptions';
import { citation } from '../../core/rules/citation';
import { bucketCaveats, cautionText, confidenceOf, floorCaveat, needsCheck, roundCaveat, tagKind } from '../../core/rules/confidence';
import { flatRate } from '../../core/rules/tiers';
import { HALF } from '../../core/money/rate';
import { bi, cellText } from '../../core/errors/text';

describe('reading the tags', () => {
  test.each([
    ['確認 S13', 'confirmed'], ['OFFICIAL: チラシ', 'confirmed'], ['OWN CALC', 'confirmed'],
    ['VENDOR ×3', 'vendor'], ['VENDOR, uncertain', 'vendor'],
    ['要確認', 'uncertain'], ['UNCERTAIN', 'uncertain'], ['記憶', 'uncertain'], ['MEMORY', 'uncertain'], ['INFERENCE', 'uncertain'],
    ['see below', null], ['VENDR', null], ['', null],
  ])('[%s] → %s', (body, kind) => {
    expect(tagKind(body)).toBe(kind);
  });

  test('a source is as sure as its least sure tag; untagged sources need no caveat', () => {
    expect(confidenceOf('it2026.md §4 [確認]')).toBe('confirmed');
    expect(confidenceOf('a [確認] b [VENDOR] c')).toBe('vendor');
    expect(confidenceOf('a [VENDOR] b [要確認]')).toBe('uncertain');
    expect(confidenceOf('it2025.md §2.1 (下限5万円)')).toBeNull();
    expect([needsCheck('x [確認]'), needsCheck('x [VENDOR]'), needsCheck('x [記憶]'), needsCheck('x')]).toEqual([false, true, true, false]);
  });
});

describe('caveats come from the data, for any value', () => {
  const alt = <T,>(value: T, source: string, note?: string) => ({ value, source, note: note === undefined ? undefined : bi(note, '') });

  test('each chosen rate, cap and floor whose source is not confirmed gets one caveat, with its note', () => {
    const caveats = [
      ...bucketCaveats({ label: '経費A', tiers: alt(flatRate(HALF), 'x.md §1 [VENDOR]'), cap: alt(1_000_000, 'x.md §1 [確認]') }),
      ...bucketCaveats({ label: '経費B', tiers: alt(flatRate(HALF), 'x.md §1'), cap: alt(2_000_000, 'x.md §2 [要確認]', '300万円の報告あり') }),
      floorCaveat('テスト枠', alt(100_000, 'x.md §3 [記憶]'))!,
    ];
    expect(caveats.map(cellText)).toEqual([
      '要確認: 経費Aの補助率 1/2は二次情報 (1社の資料・又聞き) によります (To be confirmed: the rate 1/2 of 経費A rests on one second-hand source)',
      '要確認: 経費Bの上限 2,000,000円は資料により異なるか未確認です (300万円の報告あり) (To be confirmed: the cap of 経費B (2000000 yen) differs between sources or is unconfirmed)',
      '要確認: テスト枠の下限 100,000円は資料により異なるか未確認です (To be confirmed: the lower limit of テスト枠 (100000 yen) differs between sources or is unconfirmed)',
    ]);
    expect(floorCaveat('テスト枠', alt(0, 'x.md §3 [確認]'))).toBeNull();
  });

  test('rounds and cautions the same way', () => {
    const round = { round: 6, deadline: '2026-10-30', source: 'u.md §U4 [VENDOR]', checkedOn: '2026-12-07' } as const;
    expect(cellText(roundCaveat(round)!)).toBe("要確認: 6次の締切 2026-10-30は二次情報 (1社の資料・又聞き) によります (To be confirmed: round 6's deadline 2026-10-30 rests on one second-hand source)");
    expect(roundCaveat({ ...round, source: 'u.md §U4 [確認]' })).toBeNull();
    // a round's source must carry a tag (rulesData.test.ts); one that does not is never taken as confirmed
    expect(roundCaveat({ ...round, source: 'u.md §U4' })).not.toBeNull();
    const caution = { when: { option: 'repeat' } as const, text: bi('注意', 'Note'), source: 'u.md §U8 [VENDOR]' };
    expect(cautionText(caution)).toEqual(bi('要確認: 注意', 'To be confirmed: Note'));
    expect(cautionText({ ...caution, source: 'u.md §2.4' })).toEqual(bi('注意', 'Note'));
    const withText = floorCaveat('枠', { value: 1, source: 'x.md §1 [要確認]', note: bi('報告あり', 'reported') })!;
    expect(cellText(withText)).toBe('要確認: 枠の下限 1円は資料により異なるか未確認です (報告あり) (To be confirmed: the lower limit of 枠 (1 yen) differs between sources or is unconfirmed (reported))');
  });

  test('citation: a confirmed tag says nothing, others say 要確認 once; a text\'s own 要確認 stays', () => {
    expect(citation('updates-2026-12.md §U1 (15次) [確認]')).toBe('事業承継・M&A補助金 15次 公募 (事務局・中小企業庁、jGrants) (15次)');
    expect(citation('updates-2026-12.md §U4 (6次) [VENDOR]')).toBe('デジタル化・AI導入補助金2026 6次 スケジュール (二次情報) (6次) (要確認)');
    // (COMPARE reads a CHECK answer through citation: both of its caveats keep their 要確認)
    expect(citation('要確認: A (To be confirmed) / 要確認: B (To be confirmed)')).toBe('要確認: A (To be confirmed); 要確認: B (To be confirmed)');
  });
});

describe('every frame of every table: CHECK on a plain cost says 要確認 exactly when a value it rests on is not confirmed', () => {
  const cases = allTables().flatMap((t) => t.frames.filter((f) => !f.group).map((f) => [t.title, t, f] as const));
  test.each(cases.map(([title, t, f]) => [`${title} ${f.name}`, t, f] as const))('%s', (_name, t: RuleTable, f) => {
    // the table's own year, on its first day (before any of its rounds closes), an SME, the required options only
    const required = (f.requiredOptions ?? []).includes('accounts') ? '口座=1/1, ' : '';
    const options = `${required}年度=${t.fiscalYear}, 基準日=${t.effective.from}`;
    const scenario = { size: 'sme' as const, options: parseOptions(options) };
    // a plain cost rests on the bucket it goes to (an add-on such as 廃業費 only when the cost has it)
    const plain = f.buckets.filter((b) => b.categories.includes(f.plainCategory));
    const rests = [...plain.flatMap((b) => [choose(b.tiers, scenario), choose(b.cap, scenario)]), choose(f.floor, scenario)];
    const expected = rests.some((a) => needsCheck(a.source));
    const answer = CHECK(f.id, 10_000_000, '中小企業', options) as string;
    expect({ frame: f.name, says: answer.includes('要確認: ') }).toEqual({ frame: f.name, says: expected });
  });

  test('there are both kinds (so the test above can fail either way)', () => {
    const kinds = new Set(allTables().flatMap((t) => t.frames.flatMap((f) => [...f.floor, ...f.buckets.flatMap((b) => [...b.tiers, ...b.cap])].map((a) => needsCheck(a.source)))));
    expect(kinds).toEqual(new Set([true, false]));
  });
});

describe('BREAKDOWN says the same 要確認 as CHECK (U2, U4)', () => {
  const notes = (frame: string, cost: unknown, options: string): string[] =>
    BREAKDOWN(frame, cost, '中小企業', options).filter((r) => r[0] === '注記 (note)').map((r) => String(r[1]));

  test('the 廃業費 cap of 2026, once, as a note (not also as an assumption)', () => {
    const n = notes('事業承継促進枠', [['設備費', 16_000_000], ['廃業費', 3_000_000]], '基準日=2026-07-01');
    expect(n.filter((x) => x.includes('300万円'))).toEqual([
      '要確認: 廃業費 (併用)の上限 1,500,000円は資料により異なるか未確認です (14次以降「廃業費の補助上限額の倍増」(最大300万円) の報道がありますが、要件資料は150万円のため150万円で計算) (To be confirmed: the cap of 廃業費 (併用) (1500000 yen) differs between sources or is unconfirmed (from round 14 a doubled closure cap (up to 3,000,000 yen) is reported, but the requirement documents say 1,500,000 yen, so 1,500,000 yen is used))',
    ]);
    // 2025 (13次) has no such report: no caveat
    expect(notes('事業承継促進枠', [['設備費', 16_000_000], ['廃業費', 3_000_000]], '年度=2025, 基準日=2025-10-01').join(' ')).not.toContain('要確認');
  });

  test('IT 6次: BREAKDOWN past it, and DEADLINE\'s table, say 要確認', () => {
    expect(notes('通常枠', 1_000_000, 'プロセス=2, 基準日=2026-12-07')).toContain("要確認: 6次の締切 2026-10-30は二次情報 (1社の資料・又聞き) によります (To be confirmed: round 6's deadline 2026-10-30 rests on one second-hand source)");
    const t = DEADLINE('通常枠', '', '年度=2026') as unknown[][];
    expect(t[0]).toEqual(['回 (round)', '締切 (deadline)', '交付決定予定 (decision)', '実績報告期限 (report)', '確度 (confidence)', '確認日 (checked)', '出典 (source)']);
    expect(t.slice(1, -1).map((r) => [r[0], r[4], r[5]])).toEqual([
      [1, '確認 (confirmed)', '2026-12-07'], [2, '確認 (confirmed)', '2026-12-07'], [3, '確認 (confirmed)', '2026-12-07'],
      [4, '確認 (confirmed)', '2026-12-07'], [5, '確認 (confirmed)', '2026-12-07'], [6, '要確認 (二次情報) (to be confirmed: second-hand)', '2026-12-07'],
    ]);
    expect(t[6][2]).toBe('');
    expect(t[6][6]).toBe('デジタル化・AI導入補助金2026 6次 スケジュール (二次情報) (6次 締切 2026-10-30 17:00; 交付決定日は未発表) (要確認)');
  });
});
