/**
 * The public functions, with the argument conventions every host shares: blanks (null,
 * undefined, "") are omitted arguments, ranges broadcast per the declaration, errors are
 * IthojoError. `dist/core/ithojo.cjs` exports these by id; the hosts adapt them and nothing more.
 */
import { isIthojoError } from '../errors/IthojoError';
import { ARG, checkCell, type Arg } from '../errors/messages';
import { isBlank } from '../input/normalizeText';
import { rateValue } from '../money/rate';
import { amountFor, capOf, price, rateOf, reasonsOf, selfPayOf, warningsOf } from '../engine/calculate';
import { baseRate } from '../engine/evaluate';
import { siblingPlan } from '../engine/plan';
import { planFor } from '../engine/planCache';
import { lift, single, type Grid, type LiftParam } from './broadcast';
import { DECLARATIONS } from './declarations';
import { onDemand } from '../onDemand';
import type { Table } from './tables';

type Scalar = (...args: unknown[]) => unknown;

/** A helper function (contract/helpers.ts), reached through onDemand() like the other rarely used parts. */
function helper(id: string): Scalar {
  return (...args) => onDemand().HELPERS[id](...args);
}

/** Each function on single values; lifting over ranges is added from its declaration. */
const SCALAR: Record<string, Scalar> = {
  AMOUNT: amountFor,
  RATE: (f, c, s, o) => {
    if (!isBlank(c)) return rateOf(price(f, c, s, o));
    const plan = planFor(f, s, o);
    const group = plan.frame.group;
    const r = group ? baseRate(siblingPlan(plan, group.memberFrame)) : baseRate(plan);
    return r ? rateValue(r) : 0;
  },
  SELFPAY: (f, c, s, o) => selfPayOf(price(f, c, s, o)),
  CAP: (f, s, o) => capOf(planFor(f, s, o)),
  MINAMOUNT: (f, s, o) => planFor(f, s, o).floor,
  CHECK: (f, c, s, o) => {
    try {
      const p = price(f, c, s, o);
      return checkCell(reasonsOf(p), warningsOf(p));
    } catch (e) {
      if (isIthojoError(e)) return e.message;
      throw e;
    }
  },
  BREAKDOWN: (f, c, s, o) => onDemand().breakdownTable(price(f, c, s, o, true)),
  FRAMES: (p) => onDemand().framesTable(p),
  COMPARE: (c, s, o, p) => onDemand().compareTable(c, s, o, p),
  SIZE: helper('SIZE'),
  MINWAGE: helper('MINWAGE'),
  NEARMINWAGE: helper('NEARMINWAGE'),
  OILKL: helper('OILKL'),
  DEADLINE: helper('DEADLINE'),
};

function expose(id: string): Scalar {
  const decl = DECLARATIONS.find((d) => d.id === id);
  const fn = SCALAR[id];
  if (!decl || !fn) throw new Error(`function ${id} lacks a declaration or an implementation`);
  const params: LiftParam[] = decl.params.map((p) => ({
    mode: p.range ?? 'cell',
    arg: (ARG as Record<string, Arg>)[p.name] ?? { ja: p.name, en: p.name },
  }));
  // lift passes four arguments per cell
  if (decl.params.length > 4) throw new Error(`function ${id} has more than four parameters`);
  const run: Scalar = decl.broadcasts ? (...args) => lift(id, args, params, fn) : (...args) => single(id, args, params, fn);
  if (!decl.errorsAsText) return run;
  // CHECK answers bad input with its message (rules/README.md "CHECK on bad input"): a bad cell in
  // its scalar above, a bad argument shape here
  const answer = (...args: unknown[]): unknown => {
    try {
      return run(...args);
    } catch (e) {
      if (isIthojoError(e)) return e.message;
      throw e;
    }
  };
  return answer;
}

type Answer<T> = T | Grid<T>;

/** Every public function by id (the declarations' order), for hosts and generated wrappers. */
export const FUNCTIONS: Readonly<Record<string, Scalar>> = Object.fromEntries(DECLARATIONS.map((d) => [d.id, expose(d.id)]));

export const AMOUNT = FUNCTIONS.AMOUNT as (frame: unknown, cost: unknown, size?: unknown, options?: unknown) => Answer<number>;
export const RATE = FUNCTIONS.RATE as (frame: unknown, cost?: unknown, size?: unknown, options?: unknown) => Answer<number>;
export const SELFPAY = FUNCTIONS.SELFPAY as (frame: unknown, cost: unknown, size?: unknown, options?: unknown) => Answer<number>;
export const CAP = FUNCTIONS.CAP as (frame: unknown, size?: unknown, options?: unknown) => Answer<number>;
export const MINAMOUNT = FUNCTIONS.MINAMOUNT as (frame: unknown, size?: unknown, options?: unknown) => Answer<number>;
export const CHECK = FUNCTIONS.CHECK as (frame: unknown, cost: unknown, size?: unknown, options?: unknown) => Answer<string>;
export const BREAKDOWN = FUNCTIONS.BREAKDOWN as (frame: unknown, cost: unknown, size?: unknown, options?: unknown) => Table;
export const FRAMES = FUNCTIONS.FRAMES as (program?: unknown) => Table;
export const COMPARE = FUNCTIONS.COMPARE as (cost: unknown, size?: unknown, options?: unknown, program?: unknown) => Table;
export const SIZE = FUNCTIONS.SIZE as (industry: unknown, capital?: unknown, employees?: unknown) => Answer<string>;
export const MINWAGE = FUNCTIONS.MINWAGE as (prefecture: unknown, date?: unknown) => Answer<number>;
export const NEARMINWAGE = FUNCTIONS.NEARMINWAGE as (prefecture: unknown, wages: unknown, date?: unknown, rule?: unknown) => Answer<boolean>;
export const OILKL = FUNCTIONS.OILKL as (kind: unknown, quantity: unknown, unit?: unknown, factor?: unknown) => Answer<number>;
export const DEADLINE = FUNCTIONS.DEADLINE as (frame: unknown, round?: unknown, options?: unknown) => Date | Table;
