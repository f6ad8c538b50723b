/**
 * The one entry point: a scenario in, every figure a quote or template needs out.
 */
import { formatRate } from '../money/rate';
import { truncateYen } from '../money/truncateYen';
import { baseRate, effectiveRate, evaluate, evaluatePlain, missingError, type Evaluation } from './evaluate';
import type { GroupEvaluation } from './group';
import { onDemand } from '../onDemand';
import type { Plan } from './plan';
import { planFor, planOrError } from './planCache';
import { kernelAmount, kernelOf } from './kernel';
import { MAX_AMOUNT, readAmount } from '../input/parseAmount';
import { IthojoError, isIthojoError } from '../errors/IthojoError';
import { sameText, type Text } from '../errors/text';
import { assumptionsOf, breakdownLines, breakdownNotes, bucketsSpokenOf, notesOf, uniqueTexts, type BreakdownLine } from './breakdown';
import { citation, topLevelParts } from '../rules/citation';
import { capBands, type CapBand } from './bands';

export interface CalculationRequest {
  readonly frame: unknown;
  readonly cost: unknown;
  readonly size?: unknown;
  readonly options?: unknown;
}

export interface CalculationResult {
  readonly frame: { readonly id: string; readonly name: string; readonly program: string; readonly fiscalYear: number };
  /** The rule table that answered, when it applies, and the day deadlines were judged by (it2026.md §5). */
  readonly table: { readonly title: string; readonly fiscalYear: number; readonly from: string; readonly until: string | null; readonly asOf: string };
  readonly amount: number;
  readonly rate: number;
  readonly baseRate: string;
  readonly cap: number;
  readonly floor: number;
  readonly cost: number;
  readonly total: number;
  readonly selfPay: number;
  readonly eligible: boolean;
  /** Why not eligible (CHECK's answer then). */
  readonly reasons: readonly Text[];
  readonly lines: readonly BreakdownLine[];
  /** What CHECK adds to its "OK": things the user may not have meant (a deadline passed, an option ignored). */
  readonly warnings: readonly Text[];
  /** The defaults the scenario took (size), and the band each bucket is in and can reach. */
  readonly assumptions: readonly Text[];
  /** Everything else worth telling (tax, the quote as read, how the tiers are shown), each once. */
  readonly notes: readonly Text[];
  /** The documents and sections the figures come from, as users read them, each whole and once. */
  readonly sources: readonly string[];
}

export type Priced =
  | { readonly kind: 'single'; readonly plan: Plan; readonly e: Evaluation }
  | { readonly kind: 'group'; readonly plan: Plan; readonly g: GroupEvaluation };

/** Price a scenario; throws IthojoError on bad input. `detail` keeps the breakdown. */
export function price(frame: unknown, cost: unknown, size: unknown, options: unknown, detail = false): Priced {
  const plan = planFor(frame, size, options);
  if (plan.frame.group) return { kind: 'group', plan, g: onDemand().evaluateGroup(plan, plan.frame.group, cost, size) };
  return { kind: 'single', plan, e: evaluate(plan, cost, detail) };
}

/**
 * AMOUNT on single values, without the breakdown or a Priced wrapper (the bulk path). A bad
 * plan, option or amount is returned as its error, not thrown: lift() throws it for a single
 * cell and keeps it as the cell of a spill, where a throw per cell would cost far more than a value.
 */
export function amountFor(frame: unknown, cost: unknown, size: unknown, options: unknown): number | IthojoError {
  const plan = planOrError(frame, size, options);
  if (isIthojoError(plan)) return plan;
  // a whole-yen cell: the plan's integer kernel, when it has one (kernel.ts)
  if (typeof cost === 'number' && cost >= 0 && cost <= MAX_AMOUNT && Number.isInteger(cost)) {
    const k = kernelOf(plan);
    if (k !== null) return kernelAmount(k, cost);
  }
  if (plan.frame.group) return onDemand().evaluateGroup(plan, plan.frame.group, cost, size).amount;
  if (Array.isArray(cost)) return evaluate(plan, cost, false).amount;
  const missing = missingError(plan);
  if (missing) return missing;
  const a = readAmount(cost);
  return isIthojoError(a) ? a : evaluatePlain(plan, a, false).amount;
}

export function amountOf(p: Priced): number {
  return p.kind === 'single' ? p.e.amount : p.g.amount;
}

export function reasonsOf(p: Priced): readonly Text[] {
  return p.kind === 'single' ? p.e.reasons : p.g.reasons;
}

export function selfPayOf(p: Priced): number {
  return p.kind === 'single' ? p.e.selfPay : p.g.total - p.g.amount;
}

function eligibleCostOf(p: Priced): number {
  return p.kind === 'single' ? truncateYen(p.e.eligibleCost) : p.g.eligibleCost;
}

/** Subsidy ÷ eligible cost (0 when not eligible). */
export function rateOf(p: Priced): number {
  if (p.kind === 'single') return effectiveRate(p.e);
  return p.g.eligible && p.g.eligibleCost > 0 ? p.g.amount / p.g.eligibleCost : 0;
}

/** Warnings CHECK adds to its "OK" (ignored options, unverified requirements, 要確認 of values used). */
export function warningsOf(p: Priced): Text[] {
  return [...p.plan.warnings, ...(p.kind === 'single' ? p.e.warnings : [])];
}

/** The main cap (上限) of a plan; for groups, (a)+(b) plus the most (c) can add. */
export function capOf(plan: Plan): number {
  const g = plan.frame.group;
  if (g) return g.baseAndAnalysisCap + g.otherCap;
  return plan.buckets[0]?.cap ?? 0;
}

/**
 * The cap bands of the bucket a plain cost goes to, for a scenario: the one that applies, the
 * lower ones, and the higher ones its options can reach (the chart's legend; bands.ts).
 */
export function capBandsOf(frame: unknown, size: unknown, options: unknown): CapBand[] {
  const plan = planFor(frame, size, options);
  const bucket = plan.buckets[plan.plainBucket];
  return bucket ? capBands(bucket.rule, plan.scenario) : [];
}

export function calculate(request: CalculationRequest): CalculationResult {
  const p = price(request.frame, request.cost, request.size, request.options, true);
  const { plan } = p;
  const r = baseRate(plan) ?? plan.frame.group?.analysisRate;
  const reasons = reasonsOf(p);
  const assumptions = assumptionsOf(p);
  const warnings = uniqueTexts(warningsOf(p));
  const told = [...assumptions, ...warnings];
  return {
    frame: { id: plan.frame.id, name: plan.frame.name, program: plan.table.program, fiscalYear: plan.table.fiscalYear },
    table: { title: plan.table.title, fiscalYear: plan.table.fiscalYear, from: plan.table.effective.from, until: plan.table.effective.until, asOf: plan.date },
    amount: amountOf(p),
    rate: rateOf(p),
    baseRate: r ? formatRate(r) : '',
    cap: capOf(plan),
    floor: plan.floor,
    cost: eligibleCostOf(p),
    total: p.kind === 'single' ? p.e.total : p.g.total,
    selfPay: selfPayOf(p),
    eligible: reasons.length === 0,
    reasons,
    lines: breakdownLines(p),
    warnings,
    assumptions,
    notes: uniqueTexts([...notesOf(p), ...breakdownNotes(p)]).filter((n) => !told.some((t) => sameText(t, n))),
    // as users read sources: documents and sections, never our rule files (core/rules/citation.ts)
    sources: [...new Set([plan.frame.source, ...bucketsSpokenOf(p).map((b) => b.source)].flatMap((s) => topLevelParts(citation(s))))],
  };
}
