/**
 * Formula text means what the layout says: every formula of every template, in each host's
 * spelling (Excel's, Sheets', the file's), read back by an independent reader of Excel's grammar
 * (tests/templates/excelFormula.ts) gives the layout's own expression; and so does any
 * expression the writer can be given (seeded property test): strings holding double quotes
 * (Excel doubles them: "a""b", never "a\"b"), commas, parentheses, backslashes, Japanese.
 */
import fc from 'fast-check';
import { templateLayouts } from '../../templates';
import { call, formula, ithojo, num, op, ref, render, str, type Expr, type Flavour, type Op } from '../../templates/expr';
import { writesFor } from '../../templates/layout';
import { readFormula } from './excelFormula';

const FLAVOURS: readonly Flavour[] = ['excel', 'sheets', 'ooxml'];

test.each(templateLayouts().map((l) => [l.name, l] as const))('%s: every formula and conditional format reads back as the layout wrote it, in every host\'s spelling', (_name, layout) => {
  let read = 0;
  for (const flavour of FLAVOURS) {
    for (const c of layout.cells) {
      if (!c.formula || !writesFor(c, flavour)) continue;
      const text = flavour === 'ooxml' ? render(c.formula, flavour) : formula(c.formula, flavour);
      expect([c.at, flavour, readFormula(text, flavour)]).toEqual([c.at, flavour, c.formula]);
      read++;
    }
    for (const x of layout.conditional.filter((x) => writesFor(x, flavour))) expect(readFormula(render(x.when, flavour), flavour)).toEqual(x.when);
  }
  expect(read).toBeGreaterThanOrEqual(3 * 4);
});

test('a string holding a double quote is written with Excel\'s doubled quote', () => {
  const e = op('&', str('「"税込"」'), str('a"b'));
  expect(render(e, 'ooxml')).toBe('"「""税込""」"&"a""b"');
  expect(readFormula(render(e, 'ooxml'), 'ooxml')).toEqual(e);
  // the reader is no pushover: a backslash escape is not Excel's
  expect(() => readFormula('"a\\"b"', 'excel')).toThrow();
});

/** Expressions as the templates build them: every kind, with text that stresses the quoting. */
function expressions(): fc.Arbitrary<Expr> {
  const text = fc.string({ unit: fc.constantFrom('"', '\\', ',', '(', ')', ' ', '=', 'a', 'Z', '1', '税', '込', '"', '「', '」', '\'', '&') , maxLength: 12 });
  const column = fc.constantFrom('A', 'B', 'F', 'AA', 'XFD');
  const cell = fc.tuple(fc.constantFrom('', '$'), column, fc.constantFrom('', '$'), fc.integer({ min: 1, max: 1_048_576 })).map(([a, c, b, r]) => `${a}${c}${b}${r}`);
  const leaf: fc.Arbitrary<Expr> = fc.oneof(
    text.map(str),
    fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e12, noNaN: true })).map(num),
    fc.oneof(cell, fc.tuple(cell, cell).map(([a, b]) => `${a}:${b}`)).map(ref),
  );
  return fc.letrec<{ e: Expr }>((tie) => ({
    e: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.tuple(fc.constantFrom<Op>('+', '-', '*', '/', '=', '&'), tie('e'), tie('e')).map(([o, l, r]) => op(o, l, r)),
      fc.tuple(fc.constantFrom('SUM', 'IF', 'OR', 'ROUNDDOWN', 'TODAY'), fc.array(fc.option(tie('e'), { nil: null }), { maxLength: 3 })).map(([fn, args]) => call(fn, ...withLast(args))),
      fc.tuple(fc.constantFrom('AMOUNT', 'CHECK', 'BREAKDOWN'), fc.array(fc.option(tie('e'), { nil: null }), { maxLength: 4 })).map(([id, args]) => ithojo(id, ...withLast(args))),
    ),
  })).e;
}

/** The writer drops omitted arguments at the end (Excel reads them as omitted): generate none there. */
function withLast(args: (Expr | null)[]): (Expr | null)[] {
  let end = args.length;
  while (end > 0 && args[end - 1] === null) end--;
  return args.slice(0, end);
}

test('any expression the writer is given reads back the same, in every spelling (seeded property)', () => {
  fc.assert(
    fc.property(expressions(), fc.constantFrom(...FLAVOURS), (e, flavour) => {
      expect(readFormula(formula(e, flavour), flavour)).toEqual(e);
    }),
    { numRuns: 2_000 },
  );
});
