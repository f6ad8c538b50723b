/**
 * Issue 21: every rule table and every round says when its facts were last checked against a
 * source, and rulesCheckedOn() is the newest table check date (the pane footer, help page and
 * FRAMES show it).
 */
import { allTables, rulesCheckedOn } from '../../core';

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
function isDay(x: unknown): boolean {
  if (typeof x !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(x)) return false;
  return new Date(`${x}T00:00:00Z`).toISOString().slice(0, 10) === x;
}

test('every table has a check date, a real day, no earlier than any of its rounds\' check dates', () => {
  for (const t of allTables()) {
    expect({ table: t.title, checkedOn: isDay(t.checkedOn) }).toEqual({ table: t.title, checkedOn: true });
    for (const r of t.schedule.flatMap((l) => l.rounds)) {
      expect({ table: t.title, round: r.round, checkedOn: isDay(r.checkedOn) }).toEqual({ table: t.title, round: r.round, checkedOn: true });
      expect({ table: t.title, round: r.round, notAfterTable: r.checkedOn <= t.checkedOn }).toEqual({ table: t.title, round: r.round, notAfterTable: true });
    }
  }
});

test('rulesCheckedOn() is the newest table check date', () => {
  const newest = [...allTables().map((t) => t.checkedOn)].sort().pop();
  expect(rulesCheckedOn()).toBe(newest);
  expect(rulesCheckedOn()).toBe('2026-12-07');
});

test('the day check refuses what is not a day (so the test above can fail)', () => {
  expect([isDay('2026-12-07'), isDay('2026-02-30'), isDay('2026-1-07'), isDay(undefined), isDay('')]).toEqual([true, false, false, false, false]);
});
