import { compilePlan, type Plan } from './plan';

/**
 * Plans keyed by the raw frame/size/options values. Excel calls each cell separately and a
 * bulk range call repeats the same few texts, so one plan serves many rows. Plans are pure.
 */
type Level<T> = Map<string, T>;
const cache: Level<Level<Level<Plan>>> = new Map();
let size = 0;
const LIMIT = 1000;

function keyPart(x: unknown): string | undefined {
  if (x === null || x === undefined) return '';
  return typeof x === 'string' ? x : undefined;
}

export function planFor(frame: unknown, sizeArg: unknown, options: unknown): Plan {
  const f = keyPart(frame);
  const s = keyPart(sizeArg);
  const o = keyPart(options);
  if (f === undefined || s === undefined || o === undefined) return compilePlan(frame, sizeArg, options);
  // nested maps: no key string to build per row of a bulk call
  let bySize = cache.get(f);
  if (!bySize) cache.set(f, (bySize = new Map()));
  let byOptions = bySize.get(s);
  if (!byOptions) bySize.set(s, (byOptions = new Map()));
  let plan = byOptions.get(o);
  if (!plan) {
    plan = compilePlan(frame, sizeArg, options);
    if (++size > LIMIT) {
      cache.clear();
      size = 0;
    }
    byOptions.set(o, plan);
  }
  return plan;
}
