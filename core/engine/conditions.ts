import type { Options } from '../input/parseOptions';
import type { Choice, Condition, Size } from '../rules/types';

export interface Scenario {
  readonly size: Size;
  readonly options: Options;
}

export function holds(c: Condition, s: Scenario): boolean {
  if ('size' in c) return c.size.includes(s.size);
  if ('option' in c) return s.options[c.option] === true;
  if ('atLeast' in c) {
    const v = s.options[c.atLeast[0]];
    return typeof v === 'number' && v >= c.atLeast[1];
  }
  if ('equals' in c) return s.options[c.equals[0]] === c.equals[1];
  if ('all' in c) return c.all.every((x) => holds(x, s));
  if ('any' in c) return c.any.some((x) => holds(x, s));
  return !holds(c.not, s);
}

/** The first alternative whose condition holds; tables end with an unconditional one. */
export function choose<T>(choice: Choice<T>, s: Scenario): Choice<T>[number] {
  for (const alt of choice) if (!alt.when || holds(alt.when, s)) return alt;
  throw new Error('rule table has no default alternative');
}
