/**
 * What BREAKDOWN (and calculate()) shows beside the figures: a row per rate tier or group part,
 * the notes on how the tiers are shown, and the defaults, warnings and notes of a scenario. Apart
 * from calculate.ts because only the table answers need it (Apps Script evaluates it on demand).
 */
import { formatRate } from '../money/rate';
import { truncateYen } from '../money/truncateYen';
import { SIZE_LABELS } from '../rules/sizes';
import type { Priced } from './calculate';
import type { Plan } from './plan';
import { tierRows } from './tierRows';

/** One row of the breakdown: a cost bucket's rate tier, or a group part. */
export interface BreakdownLine {
  readonly label: string;
  readonly cost: number;
  readonly rate: string;
  /** Subsidy of this part before caps (truncated to yen). */
  readonly before: number;
  /** After caps; on a bucket's last part, the bucket's capped total. */
  readonly after: number;
  readonly cap: number | null;
}

/** Everything worth telling beside the figures: defaults taken, warnings, notes. */
export function notesOf(p: Priced): string[] {
  const own = p.kind === 'single' ? [...p.e.warnings, ...p.e.notes] : [];
  return [...new Set([...assumptionsOf(p.plan), ...p.plan.warnings, ...p.plan.notes, ...own])];
}

/** The defaults a plan took (size, bucket notes), said so. */
export function assumptionsOf(plan: Plan): string[] {
  const out: string[] = [];
  if (plan.size.defaulted) out.push(`事業者規模の指定がないため${SIZE_LABELS[plan.size.size]}として計算 (No size given: computed as an SME)`);
  for (const b of plan.buckets) for (const n of b.notes) out.push(`${b.rule.label}: ${n}`);
  return out;
}

export function breakdownLines(p: Priced): BreakdownLine[] {
  if (p.kind === 'group') {
    const g = p.g;
    const lines: BreakdownLine[] = g.members.map((m) => ({
      label: `(a) ${m.name}`, cost: truncateYen(m.base.eligibleCost), rate: m.base.buckets.map((b) => b.parts.map((t) => formatRate(t.rate)).join('→')).filter((x) => x !== '').join(' / '),
      before: m.base.buckets.reduce((s, b) => s + b.raw, 0), after: m.base.amount, cap: null,
    }));
    lines.push({ label: '(b) 消費動向等分析経費', cost: g.analysisCost, rate: formatRate(g.rule.analysisRate), before: g.b, after: g.b, cap: g.rule.analysisCapPerMember * g.analysisMembers });
    lines.push({ label: '(c) その他経費', cost: g.otherCost, rate: formatRate(g.rule.otherRate), before: g.c, after: g.c, cap: Math.min(g.otherCapByShare, g.rule.otherCap) });
    return lines;
  }
  return tierRows(p.e.buckets, p.e.eligible).rows;
}

/** Notes on how BREAKDOWN shows the tiers (a boundary inside a yen, carried fractions). */
export function breakdownNotes(p: Priced): string[] {
  return p.kind === 'single' ? tierRows(p.e.buckets, p.e.eligible).notes : [];
}
