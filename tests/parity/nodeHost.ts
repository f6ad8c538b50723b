/**
 * The Node build, dist/core/ithojo.cjs, as a Node program calls it: values as they are (blank
 * cells as null, dates as Date objects of this realm), on the tests' fixed clock.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../gas/sheetsHost';
import { TEST_NOW } from '../support/clock';
import type { Arg, Cell } from './inputs';
import type { Outcome } from './outcome';

export const NODE_BUILD = path.join(ROOT, 'dist/core/ithojo.cjs');

type Fn = (...args: unknown[]) => unknown;

export interface NodeHost {
  fn(id: string): Fn | undefined;
}

export function loadNode(now: number = TEST_NOW): NodeHost {
  if (!existsSync(NODE_BUILD)) throw new Error(`${NODE_BUILD} is missing: run \`npm run build\``);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const built = require(NODE_BUILD) as Record<string, unknown> & { setClock(fn: () => number): void };
  built.setClock(() => now);
  return { fn: (id) => (typeof built[id] === 'function' ? (built[id] as Fn) : undefined) };
}

function nodeCell(c: Cell): unknown {
  return c !== null && typeof c === 'object' ? new Date(`${c.day}T00:00:00+09:00`) : c;
}

/** Arguments as a Node caller passes them: omitted trailing ones left off, ranges as 2-D arrays. */
export function toNode(args: readonly Arg[]): unknown[] {
  let end = args.length;
  while (end > 0 && 'omitted' in args[end - 1]) end--;
  return args.slice(0, end).map((a) => {
    if ('omitted' in a) return undefined;
    if ('cell' in a) return nodeCell(a.cell);
    return a.range.map((row) => row.map(nodeCell));
  });
}

const DAY_MS = 86_400_000;
const TOKYO_OFFSET_MS = 9 * 3_600_000;
const EXCEL_EPOCH_DAYS = 25_569;

function isDate(x: unknown): x is Date {
  return Object.prototype.toString.call(x) === '[object Date]';
}

/** The Node answer in the parity form: errors by message, dates as their Tokyo serial, error cells as messages. */
export function nodeOutcome(run: () => unknown): Outcome {
  let answer: unknown;
  try {
    answer = run();
  } catch (e) {
    const ithojo = e instanceof Error && e.name === 'IthojoError';
    return ithojo ? { error: e.message } : { broken: `Node threw ${String(e)}` };
  }
  const cell = (c: unknown): unknown => {
    if (isDate(c)) return (c.getTime() + TOKYO_OFFSET_MS) / DAY_MS + EXCEL_EPOCH_DAYS;
    if (c instanceof Error) return c.message;
    return typeof c === 'object' && c !== null ? `object ${String(c)}` : c;
  };
  if (!Array.isArray(answer)) return { grid: [[cell(answer)]] };
  if (!answer.every(Array.isArray)) return { broken: `Node answered a non-grid array ${JSON.stringify(answer)}` };
  return { grid: (answer as unknown[][]).map((row) => row.map(cell)) };
}
