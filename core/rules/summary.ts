/**
 * The rule tables as a maintainer reads them before a release and a support person quotes
 * them: each table's period and check date, its frames, its rounds (締切, 交付決定, how sure,
 * when checked) and its last known deadline. One shape for every place that lists them:
 * `npm run rules` (scripts/rules.mjs), the README's rule-year table
 * (scripts/function-reference.cjs), the help page (excel-addin/codegen/help/rules.ts) and
 * FRAMES' 最終締切 column.
 */
import { roundConfidence, type Confidence } from './confidence';
import { allTables } from './registry';
import type { Listing, Round, RuleTable } from './types';

export interface RoundFacts {
  /** As the program names it: 6次, 第3回. */
  readonly name: string;
  readonly round: number;
  readonly deadline: string;
  readonly decision: string | null;
  readonly report: string | null;
  readonly confidence: Confidence;
  /** The confidence as the rule files write it: 確認, VENDOR, 要確認. */
  readonly tag: string;
  readonly checkedOn: string;
  readonly source: string;
}

export interface ScheduleFacts {
  /** The frames (or the listed program) these rounds belong to. */
  readonly frames: readonly string[];
  readonly rounds: readonly RoundFacts[];
  /** The last round on record: after its 締切 the product knows of no later one. */
  readonly last: RoundFacts | null;
}

export interface TableFacts {
  readonly programId: string;
  readonly program: string;
  readonly title: string;
  readonly fiscalYear: number;
  readonly from: string;
  readonly until: string | null;
  readonly checkedOn: string;
  readonly source: string;
  readonly frames: readonly string[];
  /** Listed programs and frames (not computed), with their status. */
  readonly listings: readonly { readonly name: string; readonly status: string; readonly source: string }[];
  /** The frames' round lists, then each listing's rounds. */
  readonly schedules: readonly ScheduleFacts[];
}

const TAGS: Readonly<Record<Confidence, string>> = { confirmed: '確認', vendor: 'VENDOR', uncertain: '要確認' };

/** A round's name as its program writes it. */
export function roundName(round: number, naming: Listing['roundNaming'] = 'N次'): string {
  return naming === '第N回' ? `第${round}回` : `${round}次`;
}

function roundFacts(r: Round, naming?: Listing['roundNaming']): RoundFacts {
  const confidence = roundConfidence(r);
  return {
    name: roundName(r.round, naming), round: r.round, deadline: r.deadline, decision: r.decision ?? null, report: r.report ?? null,
    confidence, tag: TAGS[confidence], checkedOn: r.checkedOn, source: r.source,
  };
}

function schedule(frames: readonly string[], rounds: readonly Round[], naming?: Listing['roundNaming']): ScheduleFacts {
  const facts = rounds.map((r) => roundFacts(r, naming));
  return { frames, rounds: facts, last: facts[facts.length - 1] ?? null };
}

/** "6次 2026-10-30 (要確認)": a round's 締切 as one line, 要確認 when it is not confirmed. */
export function roundLabel(r: RoundFacts): string {
  return `${r.name} ${r.deadline}${r.confidence === 'confirmed' ? '' : ' (要確認)'}`;
}

/** "通常枠・インボイス対応類型: 1次 2026-05-12, …, 6次 2026-10-30 (要確認)": a round list on one line. */
export function scheduleLine(s: ScheduleFacts): string {
  return `${s.frames.join('・')}: ${s.rounds.map(roundLabel).join(', ')}`;
}

/** The last round of some rounds as a label, or null when none is on record. */
export function lastRoundLabel(rounds: readonly Round[], naming?: Listing['roundNaming']): string | null {
  const last = schedule([], rounds, naming).last;
  return last ? roundLabel(last) : null;
}

export function tableFacts(t: RuleTable): TableFacts {
  const frameName = (id: string): string => t.frames.find((f) => f.id === id)?.name ?? id;
  return {
    programId: t.programId, program: t.program, title: t.title, fiscalYear: t.fiscalYear,
    from: t.effective.from, until: t.effective.until, checkedOn: t.checkedOn, source: t.source,
    frames: t.frames.map((f) => f.name),
    listings: (t.listings ?? []).map((l) => ({ name: l.name, status: l.status, source: l.source })),
    schedules: [
      ...t.schedule.map((list) => schedule(list.frames.map(frameName), list.rounds)),
      ...(t.listings ?? []).filter((l) => (l.rounds ?? []).length > 0).map((l) => schedule([l.name], l.rounds!, l.roundNaming)),
    ],
  };
}

/** Every table the product holds, as the registry orders them (IT first, newest first within a program). */
export function ruleFacts(): TableFacts[] {
  return allTables().map(tableFacts);
}
