/**
 * The cached values of a template: every formula evaluated as Excel would on the layout's day,
 * with the ITHOJO functions answered by the core itself, so the file opens with the right numbers
 * before the add-in loads. Only what the templates use is here: SUM, IF, OR, ROUNDDOWN, TODAY,
 * + − × ÷ = &.
 */
import { DECLARATIONS, FUNCTIONS, OPTION_DEFS, excelSerial, isIthojoError } from '../core';
import { cellName, parseArea } from './a1';
import type { Expr, Flavour } from './expr';
import { writesFor, type Layout } from './layout';

export interface ErrorValue {
  readonly error: '#VALUE!' | '#N/A' | '#NAME?';
}
export type Scalar = number | string | boolean | null | ErrorValue;
/** A formula's answer: one value, or a grid that spills from its cell. */
export type Value = Scalar | Scalar[][];

export const isError = (x: unknown): x is ErrorValue => typeof x === 'object' && x !== null && 'error' in x;
const isGrid = (x: Value): x is Scalar[][] => Array.isArray(x);

/** A core answer as a cell shows it: dates as serials, the core's errors as #VALUE!/#N/A. */
function fromCore(x: unknown): Scalar {
  if (isIthojoError(x)) return { error: x.kind === 'na' ? '#N/A' : '#VALUE!' };
  if (x instanceof Date) return excelSerial(x);
  if (x === undefined) return null;
  return x as Scalar;
}

function numberOf(x: Scalar): number | ErrorValue {
  if (isError(x)) return x;
  if (x === null || x === '') return 0;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'number') return x;
  return { error: '#VALUE!' };
}

function truthy(x: Scalar): boolean | ErrorValue {
  const n = numberOf(x);
  return isError(n) ? n : n !== 0;
}

/** Excel's = : blank equals "" and 0, text compares without case. */
function equals(a: Scalar, b: Scalar): boolean {
  const norm = (x: Scalar) => (x === null ? '' : typeof x === 'string' ? x.toLowerCase() : x);
  if ((a === null && b === 0) || (a === 0 && b === null)) return true;
  return norm(a) === norm(b);
}

/** ROUNDDOWN after Excel's 15-digit rounding, so 1,230,000 × 0.1 is 123,000, not 122,999.99…. */
function roundDown(x: number, digits: number): number {
  const p = 10 ** digits;
  return Math.trunc(Number((x * p).toPrecision(15))) / p;
}

/** The option that prices as of a given day (基準日). */
const AS_OF_OPTION = OPTION_DEFS.find((d) => d.key === 'refDate');

export class TemplateSheet {
  private readonly content = new Map<string, { value?: string | number; formula?: Expr }>();
  private readonly results = new Map<string, Value>();
  private readonly evaluating = new Set<string>();
  private readonly asOf: string;

  /** The sheet as one host writes it (the file's cells may differ from a live host's: templates/scenarios.ts). */
  constructor(layout: Layout, flavour: Flavour = 'excel') {
    for (const c of layout.cells) if (writesFor(c, flavour)) this.content.set(c.at, c);
    this.asOf = layout.asOf;
  }

  /**
   * The options argument with 基準日 added: the core answers as of the layout's day, as it
   * would on that day, whatever the day of the build (the formula itself has no 基準日).
   */
  private asOfOptions(v: Value | null): Value | null {
    if (!AS_OF_OPTION) return v;
    const token = `${AS_OF_OPTION.names[0]}=${this.asOf}`;
    const add = (x: Scalar): Scalar => (x === null || x === '' ? token : typeof x === 'string' ? `${x}, ${token}` : x);
    return Array.isArray(v) ? v.map((row) => row.map(add)) : add(v);
  }

  /** A cell's value: its constant, or its formula's answer (the top-left of a spill). */
  valueAt(a1: string): Scalar {
    const cell = this.content.get(a1);
    if (!cell) return null;
    if (!cell.formula) return cell.value ?? null;
    const v = this.result(a1);
    return isGrid(v) ? v[0][0] : v;
  }

  /** The answer of the formula in a cell. */
  result(a1: string): Value {
    const known = this.results.get(a1);
    if (known !== undefined) return known;
    const f = this.content.get(a1)?.formula;
    if (!f) throw new Error(`${a1} holds no formula`);
    if (this.evaluating.has(a1)) throw new Error(`circular reference at ${a1}`);
    this.evaluating.add(a1);
    const v = this.evaluate(f);
    this.evaluating.delete(a1);
    this.results.set(a1, v);
    return v;
  }

  private range(a1: string): Value {
    return a1.includes(':') ? this.values(a1) : this.valueAt(a1.replace(/\$/g, ''));
  }

  /** The values of a rectangle, row by row (null for empty cells). */
  values(range: string): Scalar[][] {
    const a = parseArea(range);
    const rows: Scalar[][] = [];
    for (let r = a.r0; r <= a.r1; r++) {
      const row: Scalar[] = [];
      for (let c = a.c0; c <= a.c1; c++) row.push(this.valueAt(cellName(r, c)));
      rows.push(row);
    }
    return rows;
  }

  private scalar(e: Expr): Scalar {
    const v = this.evaluate(e);
    return isGrid(v) ? { error: '#VALUE!' } : v;
  }

  evaluate(e: Expr): Value {
    switch (e.k) {
      case 'num':
      case 'str':
        return e.v;
      case 'ref':
        return this.range(e.a1);
      case 'op':
        return this.operate(e.op, this.scalar(e.l), this.scalar(e.r));
      case 'call':
        return this.builtin(e.fn, e.args);
      case 'ithojo': {
        const fn = FUNCTIONS[e.id];
        if (!fn) return { error: '#NAME?' };
        const params = DECLARATIONS.find((d) => d.id === e.id)?.params ?? [];
        const args = params.map((p, i) => {
          const a = e.args[i];
          const v = a === undefined || a === null ? null : this.evaluate(a);
          return p.name === 'options' ? this.asOfOptions(v) : v;
        });
        try {
          const answer = fn(...args);
          return Array.isArray(answer) ? (answer as unknown[][]).map((row) => row.map(fromCore)) : fromCore(answer);
        } catch (err) {
          return fromCore(err);
        }
      }
    }
  }

  private operate(o: string, a: Scalar, b: Scalar): Scalar {
    if (o === '=') return isError(a) ? a : isError(b) ? b : equals(a, b);
    if (o === '&') return isError(a) ? a : isError(b) ? b : `${a ?? ''}${b ?? ''}`;
    const x = numberOf(a);
    const y = numberOf(b);
    if (isError(x)) return x;
    if (isError(y)) return y;
    if (o === '+') return x + y;
    if (o === '-') return x - y;
    if (o === '*') return x * y;
    return y === 0 ? { error: '#VALUE!' } : x / y;
  }

  private builtin(fn: string, args: readonly (Expr | null)[]): Scalar {
    const at = (i: number): Scalar => (args[i] ? this.scalar(args[i]!) : null);
    switch (fn) {
      case 'SUM': {
        let sum = 0;
        for (const a of args) {
          const v = a ? this.evaluate(a) : null;
          for (const x of isGrid(v) ? v.flat() : [v]) {
            if (isError(x)) return x;
            if (typeof x === 'number') sum += x;
          }
        }
        return sum;
      }
      case 'IF': {
        const c = truthy(at(0));
        if (isError(c)) return c;
        return c ? at(1) : args.length > 2 ? at(2) : false;
      }
      case 'OR': {
        let any = false;
        for (let i = 0; i < args.length; i++) {
          const c = truthy(at(i));
          if (isError(c)) return c;
          any = any || c;
        }
        return any;
      }
      case 'TODAY':
        return excelSerial(new Date(`${this.asOf}T00:00:00+09:00`));
      case 'ROUNDDOWN': {
        const x = numberOf(at(0));
        const d = numberOf(at(1));
        if (isError(x)) return x;
        if (isError(d)) return d;
        return roundDown(x, d);
      }
      default:
        throw new Error(`the template evaluator does not know ${fn}`);
    }
  }
}
