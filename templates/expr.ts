/**
 * Formulas as data: one expression renders as Excel's formula text (`ITHOJO.AMOUNT(...)`),
 * Sheets' (`ITHOJO_AMOUNT(...)`) and the form Excel stores in a file (`_xldudf_ITHOJO_AMOUNT`),
 * and the template build evaluates the same expression for the cached values. The task pane's
 * formula builder writes its formula through here too, so there is one formula writer.
 */

export type Flavour = 'excel' | 'sheets' | 'ooxml';

export type Expr =
  | { readonly k: 'num'; readonly v: number }
  | { readonly k: 'str'; readonly v: string }
  /** A cell or range in A1 form on the same sheet ("C7", "D11:F21"), or a full address from the host. */
  | { readonly k: 'ref'; readonly a1: string }
  /** A built-in worksheet function that every host spells the same (SUM, IF, OR, ROUNDDOWN). */
  | { readonly k: 'call'; readonly fn: string; readonly args: readonly (Expr | null)[] }
  /** An ITHOJO function by its declaration id; null is an omitted argument. */
  | { readonly k: 'ithojo'; readonly id: string; readonly args: readonly (Expr | null)[] }
  | { readonly k: 'op'; readonly op: Op; readonly l: Expr; readonly r: Expr };

export type Op = '+' | '-' | '*' | '/' | '=' | '&';

/** The add-in's namespace (manifest <Namespace>) and the Sheets prefix (scripts/gas-wrappers.mjs). */
const NAMESPACE = 'ITHOJO';

export const num = (v: number): Expr => ({ k: 'num', v });
export const str = (v: string): Expr => ({ k: 'str', v });
export const ref = (a1: string): Expr => ({ k: 'ref', a1 });
export const call = (fn: string, ...args: (Expr | null)[]): Expr => ({ k: 'call', fn, args });
export const ithojo = (id: string, ...args: (Expr | null)[]): Expr => ({ k: 'ithojo', id, args });
export const op = (o: Op, l: Expr, r: Expr): Expr => ({ k: 'op', op: o, l, r });

/** The name a host gives an ITHOJO function. */
export function functionName(id: string, flavour: Flavour): string {
  if (flavour === 'excel') return `${NAMESPACE}.${id}`;
  if (flavour === 'sheets') return `${NAMESPACE}_${id}`;
  // Excel stores a resolved add-in call this way; plain ITHOJO.AMOUNT( in a file stays #NAME?
  return `_xldudf_${NAMESPACE}_${id}`;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Arguments with the omitted ones at the end dropped; an omitted one inside stays empty. */
function argList(args: readonly (Expr | null)[], flavour: Flavour): string {
  let end = args.length;
  while (end > 0 && args[end - 1] === null) end--;
  // Excel saves formulas without spaces; typed formulas read better with them
  const sep = flavour === 'ooxml' ? ',' : ', ';
  return args.slice(0, end).map((a) => (a === null ? '' : render(a, flavour))).join(sep);
}

/** Formula text without the leading "=" (OOXML <f> holds it that way). */
export function render(e: Expr, flavour: Flavour): string {
  switch (e.k) {
    case 'num':
      return String(e.v);
    case 'str':
      return quote(e.v);
    case 'ref':
      return e.a1;
    case 'call':
      return `${e.fn}(${argList(e.args, flavour)})`;
    case 'ithojo':
      return `${functionName(e.id, flavour)}(${argList(e.args, flavour)})`;
    case 'op': {
      // every operand that is itself an operation is parenthesised: no precedence to get wrong
      const side = (x: Expr) => (x.k === 'op' ? `(${render(x, flavour)})` : render(x, flavour));
      return `${side(e.l)}${e.op}${side(e.r)}`;
    }
  }
}

/** The text a user (or an API) enters: "=" and the formula. */
export function formula(e: Expr, flavour: Flavour): string {
  return `=${render(e, flavour)}`;
}
