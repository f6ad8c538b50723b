/**
 * The public functions, with the argument conventions every host shares: blanks (null,
 * undefined, "") are omitted arguments, ranges broadcast, errors are IthojoError.
 * `dist/core/ithojo.cjs` exports these by id; the hosts adapt them and nothing more.
 */
import { isIthojoError } from '../errors/IthojoError';
import { MSG } from '../errors/messages';
import { isBlank } from '../input/normalizeText';
import { rateValue } from '../money/rate';
import { amountOf, capOf, price, rateOf, reasonsOf, selfPayOf } from '../engine/calculate';
import { baseRate } from '../engine/evaluate';
import { compilePlan } from '../engine/plan';
import { planFor } from '../engine/planCache';
import { lift, single, type Grid } from './broadcast';
import { breakdownTable, framesTable, type Table } from './tables';

type Answer<T> = T | Grid<T>;

export function AMOUNT(frame: unknown, cost: unknown, size?: unknown, options?: unknown): Answer<number> {
  return lift([frame, cost, size, options], 1, (f, c, s, o) => amountOf(price(f, c, s, o)));
}

export function RATE(frame: unknown, cost?: unknown, size?: unknown, options?: unknown): Answer<number> {
  return lift([frame, cost, size, options], 1, (f, c, s, o) => {
    if (!isBlank(c)) return rateOf(price(f, c, s, o));
    const plan = planFor(f, s, o);
    const group = plan.frame.group;
    const r = group ? baseRate(compilePlan(group.memberFrame, s, o)) : baseRate(plan);
    return r ? rateValue(r) : 0;
  });
}

export function SELFPAY(frame: unknown, cost: unknown, size?: unknown, options?: unknown): Answer<number> {
  return lift([frame, cost, size, options], 1, (f, c, s, o) => selfPayOf(price(f, c, s, o)));
}

export function CAP(frame: unknown, size?: unknown, options?: unknown): Answer<number> {
  return lift([frame, size, options], -1, (f, s, o) => capOf(planFor(f, s, o)));
}

export function MINAMOUNT(frame: unknown, size?: unknown, options?: unknown): Answer<number> {
  return lift([frame, size, options], -1, (f, s, o) => planFor(f, s, o).floor);
}

export function CHECK(frame: unknown, cost: unknown, size?: unknown, options?: unknown): Answer<string> {
  return lift([frame, cost, size, options], 1, (f, c, s, o) => {
    try {
      const reasons = reasonsOf(price(f, c, s, o));
      return reasons.length === 0 ? MSG.ok() : reasons.join(' / ');
    } catch (e) {
      if (isIthojoError(e)) return e.message;
      throw e;
    }
  });
}

export function BREAKDOWN(frame: unknown, cost: unknown, size?: unknown, options?: unknown): Table {
  return single('BREAKDOWN', [frame, cost, size, options], 1, (f, c, s, o) => breakdownTable(price(f, c, s, o)));
}

export function FRAMES(program?: unknown): Table {
  return single('FRAMES', [program], -1, (p) => framesTable(p));
}

/** The functions by id, for hosts and generated wrappers. */
export const FUNCTIONS = { AMOUNT, RATE, SELFPAY, CAP, MINAMOUNT, CHECK, BREAKDOWN, FRAMES } as const;
export type FunctionId = keyof typeof FUNCTIONS;
