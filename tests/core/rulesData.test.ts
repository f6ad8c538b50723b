/**
 * Issue 21: the rule tables as data a maintainer can trust (docs/rules.md). Every table and
 * every round says when its facts were last checked; every round cites the section of
 * ../shared/rules that gives its dates and carries one confidence tag; every tag is one the
 * product knows; every cited section exists. rulesCheckedOn() is the newest table check date.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { allTables, rulesCheckedOn, type RuleTable } from '../../core';
import { tagKind } from '../../core/rules/confidence';
import { RULES_DIR, citedSections, sectionOf } from './rulesDocDates';

type Round = RuleTable['schedule'][number]['rounds'][number];

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
function isDay(x: unknown): boolean {
  if (typeof x !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(x)) return false;
  return new Date(`${x}T00:00:00Z`).toISOString().slice(0, 10) === x;
}

/** Every round of a table, its listings' included. */
function roundsOf(t: RuleTable): Round[] {
  return [...t.schedule.flatMap((l) => l.rounds), ...(t.listings ?? []).flatMap((l) => l.rounds ?? [])];
}

/** What is wrong with a table as data (empty when nothing is): the checks docs/rules.md promises. */
function problems(t: RuleTable): string[] {
  const out: string[] = [];
  if (!isDay(t.checkedOn)) out.push(`${t.title}: no check date (checkedOn: 'YYYY-MM-DD')`);
  for (const r of roundsOf(t)) {
    const where = `${t.title} ${r.round}`;
    if (!isDay(r.checkedOn)) out.push(`${where}: no check date`);
    else if (r.checkedOn > t.checkedOn) out.push(`${where}: checked ${r.checkedOn}, after its table (${t.checkedOn})`);
    if (typeof r.source !== 'string' || citedSections(r.source).length === 0) out.push(`${where}: no source citing a section of ../shared/rules (file.md §N)`);
    const tags = [...String(r.source ?? '').matchAll(/\[([^\]]*)\]/g)].map((m) => tagKind(m[1]));
    if (tags.length !== 1 || tags[0] === null) out.push(`${where}: the source needs exactly one confidence tag ([確認], [VENDOR] or [要確認])`);
  }
  return out;
}

test.each(allTables().map((t) => [t.title, t] as const))('%s: check dates, round sources and tags', (_title, t) => {
  expect(problems(t)).toEqual([]);
});

test('a round without a source, a tag or a check date, and a table without a check date, are reported', () => {
  const t = allTables().find((x) => x.title === 'デジタル化・AI導入補助金2026')!;
  const round = t.schedule[0].rounds[0];
  const broken = (r: Partial<Round>, checkedOn: unknown = t.checkedOn): RuleTable =>
    ({ ...t, checkedOn, schedule: [{ ...t.schedule[0], rounds: [{ ...round, ...r } as Round] }], listings: [] }) as RuleTable;
  expect(problems(broken({ source: undefined }))).toEqual([
    'デジタル化・AI導入補助金2026 1: no source citing a section of ../shared/rules (file.md §N)',
    'デジタル化・AI導入補助金2026 1: the source needs exactly one confidence tag ([確認], [VENDOR] or [要確認])',
  ]);
  expect(problems(broken({ source: 'it2026.md §4' }))).toEqual(['デジタル化・AI導入補助金2026 1: the source needs exactly one confidence tag ([確認], [VENDOR] or [要確認])']);
  expect(problems(broken({ source: 'it2026.md §4 [VENDR]' }))).toHaveLength(1);
  expect(problems(broken({ checkedOn: undefined }))).toEqual(['デジタル化・AI導入補助金2026 1: no check date']);
  expect(problems(broken({ checkedOn: '2027-01-01' }))).toEqual(['デジタル化・AI導入補助金2026 1: checked 2027-01-01, after its table (2026-12-07)']);
  expect(problems(broken({}, ''))[0]).toBe('デジタル化・AI導入補助金2026: no check date (checkedOn: \'YYYY-MM-DD\')');
});

test('rulesCheckedOn() is the newest table check date', () => {
  const newest = [...allTables().map((t) => t.checkedOn)].sort().pop();
  expect(rulesCheckedOn()).toBe(newest);
  expect(rulesCheckedOn()).toBe('2026-12-07');
});

test('the day check refuses what is not a day (so the tests above can fail)', () => {
  expect([isDay('2026-12-07'), isDay('2026-02-30'), isDay('2026-1-07'), isDay(undefined), isDay('')]).toEqual([true, false, false, false, false]);
});

/** Every source string of a table, wherever it sits. */
function sourcesIn(x: unknown, out: string[] = []): string[] {
  if (Array.isArray(x)) x.forEach((y) => sourcesIn(y, out));
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) (k === 'source' && typeof v === 'string' ? out.push(v) : sourcesIn(v, out));
  return out;
}

test('every tag in every source is one the product reads (a typo would silently drop a 要確認)', () => {
  const unknown = sourcesIn(allTables()).flatMap((s) => [...s.matchAll(/\[([^\]]*)\]/g)].filter((m) => tagKind(m[1]) === null).map((m) => `${m[0]} in ${s}`));
  expect(unknown).toEqual([]);
});

test('every section a source cites exists in ../shared/rules', () => {
  const missing: string[] = [];
  for (const s of new Set(sourcesIn(allTables()))) {
    for (const { file, section } of citedSections(s)) {
      try {
        sectionOf(readFileSync(path.join(RULES_DIR, file), 'utf8'), section);
      } catch (e) {
        missing.push(`${file} §${section} (${(e as Error).message}) in "${s}"`);
      }
    }
  }
  expect(missing).toEqual([]);
});

describe('docs/rules.md, the maintainer\'s path, matches the code and the checks', () => {
  const doc = readFileSync(path.join(__dirname, '../../docs/rules.md'), 'utf8');

  test('every file it names exists', () => {
    const named = [...doc.matchAll(/`((?:core|tests|scripts|excel-addin)\/[\w/.*<>-]+\.(?:ts|mjs|cjs|json))`/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(10);
    const concrete = named.filter((f) => !/[<*]/.test(f));
    expect(concrete.filter((f) => { try { readFileSync(path.join(__dirname, '../..', f)); return false; } catch { return true; } })).toEqual([]);
  });

  test('its example round has the shape the checks want; its date must first be in a shared document', () => {
    const snippet = /```ts\n\s*(\{ round: 16[^\n]*\}),?\n\s*```/.exec(doc)![1];
    const round = new Function(`return (${snippet});`)() as Round;
    const t = allTables().find((x) => x.title.startsWith('事業承継・M&A補助金 (令和7年度補正'))!;
    const added = { ...t, checkedOn: round.checkedOn, schedule: [{ ...t.schedule[0], rounds: [...t.schedule[0].rounds, round] }] } as RuleTable;
    expect(problems(added)).toEqual([]);
    expect(() => docRoundsFor(round)).toThrow(/ENOENT|no such file/);
  });
});

/** The document facts of a round's cited sections (throws when a cited file is not there). */
function docRoundsFor(round: Round): unknown[] {
  return citedSections(round.source).flatMap(({ file, section }) => sectionOf(readFileSync(path.join(RULES_DIR, file), 'utf8'), section));
}
