import { isIthojoError, type IthojoError } from '../errors/IthojoError';
import { today } from '../time/clock';
import { compilePlan, type Plan } from './plan';

/**
 * Plans keyed by the raw frame/size/options texts. Excel calls each cell separately and a bulk
 * range call repeats the same few texts, so one plan serves many rows; a text that fails is
 * cached as its error (a column of one bad option costs one parse). Plans depend on the day
 * (the table in force today), so the cache empties when the day changes.
 */
type Level<T> = Map<string, T>;
const cache: Level<Level<Level<Plan | IthojoError>>> = new Map();
let size = 0;
let day = '';
const LIMIT = 1000;

function keyPart(x: unknown): string | undefined {
  if (x === null || x === undefined) return '';
  return typeof x === 'string' ? x : undefined;
}

export function planFor(frame: unknown, sizeArg: unknown, options: unknown): Plan {
  const plan = planOrError(frame, sizeArg, options);
  if (isIthojoError(plan)) throw plan;
  return plan;
}

/** The plan, or its (shared, cached) error returned rather than thrown: the bulk path's error cells. */
export function planOrError(frame: unknown, sizeArg: unknown, options: unknown): Plan | IthojoError {
  const f = keyPart(frame);
  const s = keyPart(sizeArg);
  const o = keyPart(options);
  if (f === undefined || s === undefined || o === undefined) {
    try {
      return compilePlan(frame, sizeArg, options);
    } catch (e) {
      if (isIthojoError(e)) return e;
      throw e;
    }
  }
  const now = today();
  if (now !== day || size > LIMIT) {
    cache.clear();
    size = 0;
    day = now;
  }
  // nested maps: no key string to build per row of a bulk call
  let bySize = cache.get(f);
  if (!bySize) cache.set(f, (bySize = new Map()));
  let byOptions = bySize.get(s);
  if (!byOptions) bySize.set(s, (byOptions = new Map()));
  let plan = byOptions.get(o);
  if (!plan) {
    try {
      plan = compilePlan(frame, sizeArg, options);
    } catch (e) {
      if (!isIthojoError(e)) throw e;
      plan = e;
    }
    size++;
    byOptions.set(o, plan);
  }
  return plan;
}
