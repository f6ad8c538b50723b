/**
 * The dates of application rounds as ../shared/rules/*.md give them, read in the section a
 * round's `source` cites ("it2025.md §8", "updates-2026-12.md §U4"), so that a test can hold
 * every round of the tables to its document (tests/core/rulesDocs.test.ts; docs/rules.md).
 *
 * The grammar read, and nothing else:
 * - A section "§N" or "§N.M…" is the Markdown heading numbered so ("## 8. Schedule (2025)",
 *   "### 6.1 事業承継…") up to the next heading of the same or a higher level. "§Uk" is the row
 *   of a table whose first cell is "Uk" (updates-2026-12.md).
 * - A round is "N次" or "第N回". Dates are YYYY-MM-DD, or MM-DD, which takes the year of the
 *   previous full date of its clause (the next year when that would go back in time); an MM-DD
 *   with no full date before it is an error.
 * - Schedule tables: a table whose header has a cell "回" and a cell "締切" gives, for each row
 *   whose first cell is a round, the dates that open its 締切, 交付決定… and 事業実績報告期限 cells
 *   ("2025-08-20 (水)"; "**2025-08-20**"); a cell that opens with no date gives none. Nothing
 *   else in such a table is read (its source column may mention other rounds and dates).
 * - Prose (every other line, and each cell of every other table): a round opens a clause that
 *   runs to the next round or the end of the line (the cell). Its 交付決定 is the first date after
 *   "交付決定"; its 締切 the first date after "締切" or "closed"; else the end of its first range
 *   ("A 〜 B", "A to B"); else its one remaining date. A clause with other dates and no such
 *   reading is an error, never a guess.
 * - Each fact keeps its context (its line or cell; for a schedule table, the nearest text line
 *   above it), so that a section giving one round for two groups of frames can be told apart.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { VECTORS_DIR } from '../support/vectors';

export const RULES_DIR = path.join(VECTORS_DIR, '..');

export interface DocRound {
  readonly round: number;
  readonly deadline: string;
  readonly decision?: string;
  readonly report?: string;
  /** The text that says which frames these dates belong to. */
  readonly context: string;
}

const HEADING = /^(#{1,6})\s+(\d+(?:\.\d+)*)\.?\s/;
const ROUND = /(\d+)次|第(\d+)回/g;
const ROUND_CELL = /^(?:\*\*)?(?:(\d+)次|第(\d+)回)(?:\*\*)?$/;
const DATE = /(?<![\d-])(\d{4}-)?(\d{2})-(\d{2})(?![\d-])/g;
const LEADING_DATE = /^(?:\*\*)?(\d{4}-\d{2}-\d{2})/;

const isTableLine = (line: string): boolean => line.trimStart().startsWith('|');
const cellsOf = (line: string): string[] => line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
const plain = (text: string): string => text.replace(/\*\*/g, '');

/** The text of a section of a Markdown file (see the grammar above); an error when it is not there. */
export function sectionOf(text: string, section: string): string {
  const lines = text.split('\n');
  if (/^U\d+$/.test(section)) {
    const row = lines.find((l) => isTableLine(l) && cellsOf(l)[0] === section);
    if (!row) throw new Error(`no table row ${section}`);
    return row;
  }
  const start = lines.findIndex((l) => HEADING.exec(l)?.[2] === section);
  if (start < 0) throw new Error(`no heading numbered ${section}`);
  const level = HEADING.exec(lines[start])![1].length;
  const end = lines.findIndex((l, i) => i > start && /^(#{1,6})\s/.test(l) && /^(#{1,6})/.exec(l)![1].length <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

interface Dated {
  readonly date: string;
  readonly at: number;
  readonly end: number;
}

/** The dates of a clause with their places, MM-DD completed from the clause's previous full date. */
function datesOf(clause: string, where: string): Dated[] {
  const out: Dated[] = [];
  let last: string | null = null;
  for (const m of clause.matchAll(DATE)) {
    let date: string;
    if (m[1]) date = `${m[1]}${m[2]}-${m[3]}`;
    else {
      if (last === null) throw new Error(`${where}: "${m[0]}" has no year before it in "${clause}"`);
      date = `${last.slice(0, 4)}-${m[2]}-${m[3]}`;
      if (date < last) date = `${Number(last.slice(0, 4)) + 1}-${m[2]}-${m[3]}`;
    }
    last = date;
    out.push({ date, at: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** The first date after a keyword of the clause, or undefined. */
function after(clause: string, keyword: RegExp, dates: readonly Dated[]): Dated | undefined {
  const k = keyword.exec(clause);
  return k ? dates.find((d) => d.at >= k.index + k[0].length) : undefined;
}

/** The facts of the prose clauses of one line (or cell). */
function proseRounds(line: string, where: string): DocRound[] {
  const text = plain(line);
  const marks = [...text.matchAll(ROUND)];
  return marks.flatMap((m, i): DocRound[] => {
    const clause = text.slice(m.index! + m[0].length, i + 1 < marks.length ? marks[i + 1].index : undefined);
    const dates = datesOf(clause, where);
    if (dates.length === 0) return [];
    const round = Number(m[1] ?? m[2]);
    const decision = after(clause, /交付決定/, dates);
    const rest = dates.filter((d) => d !== decision);
    let deadline = after(clause, /締切|closed/i, rest);
    if (!deadline) {
      const range = rest.findIndex((d, j) => j + 1 < rest.length && /^\s*(?:〜|~|to)\s*$/.test(clause.slice(d.end, rest[j + 1].at)));
      if (range >= 0) deadline = rest[range + 1];
    }
    if (!deadline && rest.length === 1) deadline = rest[0];
    if (!deadline) {
      if (rest.length === 0) return [];
      throw new Error(`${where}: ${m[0]} has dates but no 締切 reading: "${clause.trim()}"`);
    }
    return [{ round, deadline: deadline.date, ...(decision ? { decision: decision.date } : {}), context: line }];
  });
}

/** The facts of a schedule table (header with 回 and 締切), given the text line above it. */
function tableRounds(rows: readonly string[], context: string): DocRound[] {
  const header = cellsOf(rows[0]).map(plain);
  const col = (start: string): number => header.findIndex((h) => h.startsWith(start));
  const [deadline, decision, report] = [col('締切'), col('交付決定'), col('事業実績報告期限')];
  return rows.slice(2).flatMap((row): DocRound[] => {
    const cells = cellsOf(row);
    const round = ROUND_CELL.exec(cells[0]);
    const date = (i: number): string | undefined => (i < 0 ? undefined : LEADING_DATE.exec(cells[i] ?? '')?.[1]);
    const d = date(deadline);
    if (!round || !d) return [];
    const dec = date(decision);
    const rep = date(report);
    return [{ round: Number(round[1] ?? round[2]), deadline: d, ...(dec ? { decision: dec } : {}), ...(rep ? { report: rep } : {}), context }];
  });
}

/** Every round fact of a section's text, in order. */
export function roundsIn(section: string, where = 'section'): DocRound[] {
  const lines = section.split('\n');
  const out: DocRound[] = [];
  let context = '';
  for (let i = 0; i < lines.length; i++) {
    if (!isTableLine(lines[i])) {
      if (lines[i].trim() !== '') context = lines[i];
      out.push(...proseRounds(lines[i], where));
      continue;
    }
    let j = i;
    while (j < lines.length && isTableLine(lines[j])) j++;
    const rows = lines.slice(i, j);
    const header = cellsOf(rows[0]).map(plain);
    if (header.includes('回') && header.some((h) => h.startsWith('締切'))) out.push(...tableRounds(rows, context));
    else for (const row of rows) for (const cell of cellsOf(row)) out.push(...proseRounds(cell, where));
    i = j - 1;
  }
  return out;
}

/** The sections a source cites: "it2026.md §6.3 (…); updates-2026-12.md §U5 […]" → two. */
export function citedSections(source: string): { file: string; section: string }[] {
  return [...source.matchAll(/([\w.-]+\.md)\s*§\s*(U?\d+(?:\.\d+)*)/g)].map((m) => ({ file: m[1], section: m[2] }));
}

const files = new Map<string, string>();

/** The round facts of a cited section of ../shared/rules. */
export function docRounds(file: string, section: string): DocRound[] {
  if (!files.has(file)) files.set(file, readFileSync(path.join(RULES_DIR, file), 'utf8'));
  return roundsIn(sectionOf(files.get(file)!, section), `${file} §${section}`);
}

/**
 * The facts of one round in a section. When the section gives the round more than once with
 * different dates (two groups of frames), the ones whose context names one of `names` (the
 * round list's frames) are kept; more than one set of dates left is an error.
 */
export function factsOfRound(facts: readonly DocRound[], round: number, names: readonly string[], where: string): DocRound[] {
  const all = facts.filter((f) => f.round === round);
  const key = (f: DocRound): string => `${f.deadline} ${f.decision ?? ''} ${f.report ?? ''}`;
  const distinct = (xs: readonly DocRound[]): number => new Set(xs.map(key)).size;
  if (distinct(all) <= 1) return all;
  const named = all.filter((f) => names.some((n) => f.context.includes(n)));
  if (distinct(named) !== 1) throw new Error(`${where}: ${round} is given ${distinct(all)} ways and the frames (${names.join(', ')}) do not pick one`);
  return named;
}
