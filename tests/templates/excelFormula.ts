/**
 * A reader of formula text as Excel (and Sheets, and the file form) write it, independent of the
 * writer in templates/expr.ts: strings quote a double quote by doubling it (""), never with a
 * backslash; references, numbers, calls, + − × ÷ & = with Excel's precedence, parentheses.
 * It reads text back into the templates' Expr, so a test can check that what is written means
 * what the layout says. Anything outside that grammar is an error naming where it stopped.
 */
import type { Expr, Flavour, Op } from '../../templates/expr';

type Token =
  | { readonly t: 'str'; readonly v: string }
  | { readonly t: 'num'; readonly v: number }
  | { readonly t: 'ref'; readonly v: string }
  | { readonly t: 'name'; readonly v: string }
  | { readonly t: 'punct'; readonly v: string };

const REF = /^\$?[A-Z]{1,3}\$?[1-9]\d*(?::\$?[A-Z]{1,3}\$?[1-9]\d*)?(?![A-Za-z0-9_.(])/;
const NUMBER = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_.]*(?=\()/;

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const ch = text[i];
    if (ch === ' ') {
      i++;
    } else if (ch === '"') {
      let v = '';
      for (i++; ; i++) {
        if (i >= text.length) throw new Error(`unterminated string in ${text}`);
        if (text[i] === '"') {
          if (text[i + 1] !== '"') break;
          i++;
        }
        v += text[i];
      }
      i++;
      out.push({ t: 'str', v });
    } else if (REF.test(rest)) {
      const m = REF.exec(rest)![0];
      out.push({ t: 'ref', v: m });
      i += m.length;
    } else if (NAME.test(rest)) {
      const m = NAME.exec(rest)![0];
      out.push({ t: 'name', v: m });
      i += m.length;
    } else if (NUMBER.test(rest)) {
      const m = NUMBER.exec(rest)![0];
      out.push({ t: 'num', v: Number(m) });
      i += m.length;
    } else if ('+-*/&=(),'.includes(ch)) {
      out.push({ t: 'punct', v: ch });
      i++;
    } else {
      throw new Error(`unexpected "${ch}" at ${i} in ${text}`);
    }
  }
  return out;
}

/** Binding strength of Excel's binary operators (higher binds tighter). */
const LEVEL: Record<string, number> = { '=': 1, '&': 2, '+': 3, '-': 3, '*': 4, '/': 4 };

/** An ITHOJO function as each host spells it; null for a built-in. */
function ithojoId(name: string, flavour: Flavour): string | null {
  const prefix = { excel: 'ITHOJO.', sheets: 'ITHOJO_', ooxml: '_xldudf_ITHOJO_' }[flavour];
  return name.startsWith(prefix) ? name.slice(prefix.length) : null;
}

/** Reads formula text (with or without its leading "=") back into an Expr; throws where it does not parse. */
export function readFormula(text: string, flavour: Flavour): Expr {
  const ts = tokens(text.startsWith('=') ? text.slice(1) : text);
  let at = 0;
  const peek = () => ts[at];
  const fail = (what: string): never => {
    throw new Error(`${what} at token ${at} in ${text}`);
  };
  const expect = (v: string) => {
    const t = ts[at++];
    if (t?.t !== 'punct' || t.v !== v) fail(`expected "${v}"`);
  };

  function args(): (Expr | null)[] {
    const out: (Expr | null)[] = [];
    if (peek()?.t === 'punct' && peek()!.v === ')') {
      at++;
      return out;
    }
    for (;;) {
      const t = peek();
      out.push(t?.t === 'punct' && (t.v === ',' || t.v === ')') ? null : expression(0));
      const next = ts[at++];
      if (next?.t !== 'punct') fail('expected "," or ")"');
      if (next!.v === ')') return out;
      if (next!.v !== ',') fail('expected "," or ")"');
    }
  }

  function operand(): Expr {
    const t = ts[at++];
    if (!t) return fail('missing operand');
    if (t.t === 'str') return { k: 'str', v: t.v };
    if (t.t === 'num') return { k: 'num', v: t.v };
    if (t.t === 'ref') return { k: 'ref', a1: t.v };
    if (t.t === 'name') {
      expect('(');
      const a = args();
      const id = ithojoId(t.v, flavour);
      return id === null ? { k: 'call', fn: t.v, args: a } : { k: 'ithojo', id, args: a };
    }
    if (t.v === '(') {
      const e = expression(0);
      expect(')');
      return e;
    }
    if (t.v === '-') {
      const n = ts[at++];
      if (n?.t !== 'num') fail('a minus sign before something other than a number');
      return { k: 'num', v: -(n as { v: number }).v };
    }
    return fail(`unexpected "${t.v}"`);
  }

  function expression(min: number): Expr {
    let left = operand();
    for (;;) {
      const t = peek();
      if (t?.t !== 'punct' || !(t.v in LEVEL) || LEVEL[t.v] < min) return left;
      at++;
      const right = expression(LEVEL[t.v] + 1);
      left = { k: 'op', op: t.v as Op, l: left, r: right };
    }
  }

  const e = expression(0);
  if (at !== ts.length) fail('text after the formula');
  return e;
}
