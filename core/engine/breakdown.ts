/**
 * What BREAKDOWN (and calculate()) shows beside the figures: a row per rate tier or group part,
 * the notes on how the tiers are shown, and the defaults, warnings and notes of a scenario. Apart
 * from calculate.ts because only the table answers need it (Apps Script evaluates it on demand).
 */
import { MSG } from '../errors/messages';
import { bi, sameText, type Text } from '../errors/text';
import { formatRate } from '../money/rate';
import { truncateYen } from '../money/truncateYen';
import { SIZE_LABELS } from '../rules/sizes';
import type { Priced } from './calculate';
import { isPositive } from './applyTiers';
import { bucketNote } from './bands';
import type { Plan } from './plan';
import { tierRows } from './tierRows';

/** One row of the breakdown: a cost bucket's rate tier, or a group part. */
export interface BreakdownLine {
  /**
   * The bucket's or part's name, and its tier: rule names, so a cell shows the Japanese
   * (`label.ja`) in every build; the pane shows the part in its language.
   */
  readonly label: Text;
  readonly cost: number;
  readonly rate: string;
  /** Subsidy of this part before caps (truncated to yen). */
  readonly before: number;
  /** After caps; on a bucket's last part, the bucket's capped total. */
  readonly after: number;
  readonly cap: number | null;
}

/** Each text once, in order (two calls make two equal texts). */
export function uniqueTexts(texts: readonly Text[]): Text[] {
  const out: Text[] = [];
  for (const t of texts) if (!out.some((x) => sameText(x, t))) out.push(t);
  return out;
}

/** Everything worth telling beside the figures: defaults taken, warnings, notes. */
export function notesOf(p: Priced): Text[] {
  const own = p.kind === 'single' ? [...p.e.warnings, ...p.e.notes] : [];
  return uniqueTexts([...assumptionsOf(p), ...p.plan.warnings, ...p.plan.notes, ...own]);
}

/**
 * The buckets a scenario's notes speak of: those its cost reaches (an add-on such as 廃業費 only
 * when the cost has it), or the bucket a plain amount goes to when there is no cost yet.
 */
export function bucketsSpokenOf(p: Priced): Plan['buckets'] {
  const { plan } = p;
  if (p.kind !== 'single') return [];
  const reached = plan.buckets.filter((_, i) => p.e.buckets[i] && isPositive(p.e.buckets[i].cost));
  return reached.length > 0 ? reached : plan.buckets.filter((_, i) => i === plan.plainBucket);
}

/** The defaults a scenario took (size), and what applies to each of its buckets (bands.ts). */
export function assumptionsOf(p: Priced): Text[] {
  const out: Text[] = [];
  if (p.plan.size.defaulted) out.push(MSG.sizeDefaulted(SIZE_LABELS[p.plan.size.size]));
  for (const b of bucketsSpokenOf(p)) {
    const note = bucketNote(b.rule, p.plan.scenario);
    if (note) out.push(note);
  }
  return out;
}

/** A rule name, the same in both languages. */
const named = (name: string): Text => bi(name, '');

export function breakdownLines(p: Priced): BreakdownLine[] {
  if (p.kind === 'group') {
    const g = p.g;
    const lines: BreakdownLine[] = g.members.map((m) => ({
      label: named(`(a) ${m.name}`), cost: truncateYen(m.base.eligibleCost), rate: m.base.buckets.map((b) => b.parts.map((t) => formatRate(t.rate)).join('→')).filter((x) => x !== '').join(' / '),
      before: m.base.buckets.reduce((s, b) => s + b.raw, 0), after: m.base.amount, cap: null,
    }));
    lines.push({ label: named('(b) 消費動向等分析経費'), cost: g.analysisCost, rate: formatRate(g.rule.analysisRate), before: g.b, after: g.b, cap: g.rule.analysisCapPerMember * g.analysisMembers });
    lines.push({ label: named('(c) その他経費'), cost: g.otherCost, rate: formatRate(g.rule.otherRate), before: g.c, after: g.c, cap: Math.min(g.otherCapByShare, g.rule.otherCap) });
    return lines;
  }
  return tierRows(p.e.buckets, p.e.eligible).rows;
}

/** Notes on how BREAKDOWN shows the tiers (a boundary inside a yen, carried fractions). */
export function breakdownNotes(p: Priced): Text[] {
  return p.kind === 'single' ? tierRows(p.e.buckets, p.e.eligible).notes : [];
}
