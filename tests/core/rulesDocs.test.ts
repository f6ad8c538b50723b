/**
 * Issue 21: every round's dates in the rule tables (frames' and listings') are the dates of the
 * ../shared/rules section its source cites, read by the documented extraction of
 * ./rulesDocDates.ts; and that extraction reads what its grammar says and refuses the rest.
 */
import { allTables, type RuleTable } from '../../core';
import { citedSections, docRounds, factsOfRound, roundsIn, sectionOf } from './rulesDocDates';

type Round = RuleTable['schedule'][number]['rounds'][number];

/** What disagrees between a table's rounds and the documents they cite (empty when all agree). */
function mismatches(t: RuleTable): string[] {
  const lists = [
    ...t.schedule.map((l) => ({ rounds: l.rounds, names: l.frames.flatMap((id) => namesOf(t, id)) })),
    ...(t.listings ?? []).map((l) => ({ rounds: l.rounds ?? [], names: [l.name] })),
  ];
  const out: string[] = [];
  for (const { rounds, names } of lists) {
    for (const r of rounds) {
      const where = `${t.title} ${r.round}`;
      const facts = citedSections(r.source).flatMap(({ file, section }) => factsOfRound(docRounds(file, section), r.round, names, `${file} §${section}`));
      if (facts.length === 0) out.push(`${where}: no cited section gives this round (${r.source})`);
      for (const f of facts) {
        const got = { deadline: r.deadline, decision: r.decision, report: r.report };
        const doc = { deadline: f.deadline, decision: f.decision, report: f.report };
        if (JSON.stringify(got) !== JSON.stringify(doc)) out.push(`${where}: table ${JSON.stringify(got)} ≠ document ${JSON.stringify(doc)}`);
      }
    }
  }
  return out;
}

function namesOf(t: RuleTable, id: string): string[] {
  const f = t.frames.find((x) => x.id === id);
  return f ? [f.name, ...f.aliases] : [id];
}

describe('every round of every table is dated as its cited document says', () => {
  test.each(allTables().map((t) => [t.title, t] as const))('%s', (_title, t) => {
    expect(mismatches(t)).toEqual([]);
  });

  test('a planted change is caught: IT導入補助金2025 4次 2025-08-20 → 2025-08-25', () => {
    const it2025 = allTables().find((t) => t.title === 'IT導入補助金2025')!;
    const plant = (r: Round): Round => (r.round === 4 ? { ...r, deadline: '2025-08-25' } : r);
    const planted: RuleTable = { ...it2025, schedule: it2025.schedule.map((l) => ({ ...l, rounds: l.rounds.map(plant) })) };
    expect(mismatches(planted)).toEqual([
      'IT導入補助金2025 4: table {"deadline":"2025-08-25","decision":"2025-09-30"} ≠ document {"deadline":"2025-08-20","decision":"2025-09-30"}',
    ]);
  });

  test('a round whose source cites no section that gives it is reported', () => {
    const it2026 = allTables().find((t) => t.title === 'デジタル化・AI導入補助金2026')!;
    const uncited: RuleTable = { ...it2026, schedule: [{ ...it2026.schedule[0], rounds: [{ ...it2026.schedule[0].rounds[5], source: 'updates-2026-12.md (6次) [VENDOR]' }] }] };
    expect(mismatches(uncited)).toEqual(['デジタル化・AI導入補助金2026 6: no cited section gives this round (updates-2026-12.md (6次) [VENDOR])']);
  });
});

describe('the extraction (rulesDocDates.ts grammar)', () => {
  const doc = [
    '# Title',
    '## 4. Schedule',
    'Deadlines for 通常枠:',
    '| 回 | 締切 | 交付決定 | source |',
    '| --- | --- | --- | --- |',
    '| 1次 | 2025-05-12 (月) | **2025-06-18** | vendor (5次 results 2025-10-31) |',
    '| 2次 | (not confirmed) | | |',
    '複数社連携: 1次締切 2025-06-16 (交付決定 07-24); 2次 ran 2025-12-20 〜 01-09; 3次 closed **2026-02-02**.',
    '### 4.1 Sub',
    '- 4次 2026-03-01 to 03-20 [VENDOR]',
    '## 5. Next',
    '- 9次 2030-01-01',
    '| U4 | IT | **6次** 締切 2026-10-30 17:00; 交付決定日 not published; 7次以降 未定 | [VENDOR] | add 6次 |',
  ].join('\n');

  test('a numbered section runs to the next heading of its level or higher; §Uk is a table row', () => {
    expect(sectionOf(doc, '4')).toContain('### 4.1 Sub');
    expect(sectionOf(doc, '4')).not.toContain('9次');
    expect(sectionOf(doc, '4.1').trim()).toBe('- 4次 2026-03-01 to 03-20 [VENDOR]');
    expect(sectionOf(doc, 'U4')).toMatch(/^\| U4 \|/);
    expect(() => sectionOf(doc, '6')).toThrow('no heading numbered 6');
  });

  test('schedule-table rows, prose clauses (締切, closed, ranges across a year, 交付決定), and the context of each', () => {
    expect(roundsIn(sectionOf(doc, '4')).map(({ context, ...f }) => ({ ...f, context: context.slice(0, 6) }))).toEqual([
      { round: 1, deadline: '2025-05-12', decision: '2025-06-18', context: 'Deadli' },
      { round: 1, deadline: '2025-06-16', decision: '2025-07-24', context: '複数社連携:' },
      { round: 2, deadline: '2026-01-09', context: '複数社連携:' },
      { round: 3, deadline: '2026-02-02', context: '複数社連携:' },
      { round: 4, deadline: '2026-03-20', context: '- 4次 2' },
    ]);
    expect(roundsIn(sectionOf(doc, 'U4')).map((f) => [f.round, f.deadline, f.decision])).toEqual([[6, '2026-10-30', undefined]]);
  });

  test('one round given twice in a section is told apart by the frames its context names, else refused', () => {
    const facts = roundsIn(sectionOf(doc, '4'));
    expect(factsOfRound(facts, 1, ['通常枠'], 'x').map((f) => f.deadline)).toEqual(['2025-05-12']);
    expect(factsOfRound(facts, 1, ['複数社連携'], 'x').map((f) => f.deadline)).toEqual(['2025-06-16']);
    expect(() => factsOfRound(facts, 1, ['セキュリティ'], 'x')).toThrow('1 is given 2 ways');
  });

  test('no guessing: an MM-DD without a year before it, or dates with no 締切 reading, are errors', () => {
    expect(() => roundsIn('- 5次 until 06-06')).toThrow('has no year before it');
    expect(() => roundsIn('- 5次 2025-05-01 and 2025-06-01')).toThrow('has dates but no 締切 reading');
  });

  test('the sections a source cites', () => {
    expect(citedSections('it2026.md §6.3 (3次 08-20〜09-28); updates-2026-12.md §U5 [確認]')).toEqual([
      { file: 'it2026.md', section: '6.3' }, { file: 'updates-2026-12.md', section: 'U5' },
    ]);
    expect(citedSections('updates-2026-12.md (変更なしを確認) [確認]')).toEqual([]);
  });

  test('the shared documents give what the tables cite (a spot check of each kind)', () => {
    expect(docRounds('it2025.md', '8').filter((f) => f.round === 4).map((f) => f.deadline)).toEqual(['2025-08-20']);
    expect(docRounds('updates-2026-12.md', 'U1').map((f) => [f.round, f.deadline])).toEqual([[15, '2026-07-24']]);
    expect(docRounds('updates-2026-12.md', 'U5').map((f) => [f.round, f.deadline])).toEqual([[1, '2026-04-27'], [2, '2026-07-09'], [3, '2026-09-28']]);
    expect(docRounds('programs-2025.md', '1').map((f) => [f.round, f.deadline])).toEqual([[11, '2025-06-06'], [12, '2025-09-19'], [13, '2025-11-28']]);
  });
});
