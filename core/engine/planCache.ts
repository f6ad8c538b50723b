import { compilePlan, type Plan } from './plan';

/**
 * Plans keyed by the raw frame/size/options values. Excel calls each cell separately and a
 * bulk range call repeats the same few texts, so one plan serves many rows. Plans are pure.
 */
const cache = new Map<string, Plan>();
const LIMIT = 1000;

function keyPart(x: unknown): string | undefined {
  if (x === null || x === undefined) return '';
  return typeof x === 'string' ? x : undefined;
}

export function planFor(frame: unknown, size: unknown, options: unknown): Plan {
  const f = keyPart(frame);
  const s = keyPart(size);
  const o = keyPart(options);
  if (f === undefined || s === undefined || o === undefined) return compilePlan(frame, size, options);
  const key = `${f}\u0000${s}\u0000${o}`;
  let plan = cache.get(key);
  if (!plan) {
    plan = compilePlan(frame, size, options);
    if (cache.size >= LIMIT) cache.clear();
    cache.set(key, plan);
  }
  return plan;
}
