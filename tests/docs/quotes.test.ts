// docs/quotes.md and the README's quote section show answers the Node build computes today
// (scripts/quote-docs.cjs renders them; rerun it after changing the reader or its examples).
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '../..');
const { renderDocs, renderReadme, section, MARKS, DOCS, README } = require(path.join(root, 'scripts/quote-docs.cjs'));

test('docs/quotes.md: the example and the computed examples per ruling are current (run node scripts/quote-docs.cjs)', () => {
  const docs = readFileSync(DOCS, 'utf8');
  const fresh = renderDocs();
  expect(section(docs, MARKS.example)).toBe(fresh.example.trim());
  expect(section(docs, MARKS.rulings)).toBe(fresh.rulings.trim());
});

test('README: the quote section\'s example is current (run node scripts/quote-docs.cjs)', () => {
  expect(section(readFileSync(README, 'utf8'), MARKS.readme)).toBe(renderReadme().trim());
});

test('docs/quotes.md cites every ruling Q1–Q43', () => {
  const docs = readFileSync(DOCS, 'utf8');
  const cited = new Set([...docs.matchAll(/Q(\d{1,2})\b/g)].map((m) => Number(m[1])));
  expect([...Array(43).keys()].map((i) => i + 1).filter((q) => !cited.has(q))).toEqual([]);
});

test('README: the round option accepts the forms it documents (公募回=5, 公募回=5次, 公募回=第5次)', () => {
  const core = require(path.join(root, 'dist/core/ithojo.cjs'));
  const readme = readFileSync(README, 'utf8');
  expect(readme).toContain('`公募回=N` (`round`; 値は `5` も `5次`・`第5次` も可)');
  const answers = ['公募回=5', '公募回=5次', '公募回=第5次'].map((o) => core.CHECK('通常枠', 1000000, '', `年度=2026, ${o}`));
  expect(new Set(answers).size).toBe(1);
  expect(answers[0]).toMatch(/5次/);
});
