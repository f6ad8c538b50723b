/**
 * Generated inputs for the parity test, for any declaration: each parameter draws from values
 * that matter for its name (frames with aliases and full-width spellings, odd costs, sizes,
 * options with malformed ones, dates), falling back to the examples quoted in the parameter's own
 * description and to the vectors' values, plus junk every parameter must survive (blanks,
 * booleans, NaN, huge numbers); any argument may be a range.
 */
import fc from 'fast-check';
import { allTables, type FunctionDecl, type ParamDecl } from '../../core';
import { OPTION_DEFS } from '../../core/rules/options';
import { NEVER_SMALL_ORGS, SIZE_NAMES } from '../../core/rules/sizes';
import type { VectorCase } from '../gas/vectors';
import { OMITTED, type Arg, type Cell, type Input } from './inputs';

/** Full-width ASCII (ＡＢＣ１２３), which users type on Japanese keyboards. */
function fullWidth(s: string): string {
  return s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
}

function spellings(names: readonly string[]): fc.Arbitrary<string> {
  return fc.constantFrom(...names).chain((n) =>
    fc.constantFrom(n, fullWidth(n), ` ${n} `, n.toUpperCase(), n.toLowerCase(), `${n.slice(0, 1)} ${n.slice(1)}`));
}

const blank = fc.constant<Cell>(null);
const emptyText = fc.constantFrom<Cell>('', ' ', '\u3000');
const junk: fc.Arbitrary<Cell> = fc.oneof(
  blank, emptyText, fc.boolean(), fc.constantFrom(NaN, Infinity, -Infinity, -1, 0, 1e16, 0.5), fc.integer({ min: -1e6, max: 1e9 }),
  fc.constantFrom('abc', '???', '=1+1', '#N/A', 'null', 'undefined', '0', '１'),
);

const FRAME_NAMES = allTables().flatMap((t) => t.frames.flatMap((f) => [f.name, f.id, f.nameEn, ...f.aliases]));
const frame: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 6, arbitrary: spellings(FRAME_NAMES) },
  { weight: 1, arbitrary: fc.constantFrom('存在しない枠', '通常', 'normal', 'it', '枠', 'インボイス') },
  { weight: 1, arbitrary: junk },
);

const AMOUNT_TEXTS = [
  '1,000,000', '１，０００，０００円', '150万円', '1.5万', '1億', '1億2,000万', '¥300000', '300000円', ' 500000 ',
  '-5000', '−5000', '1e6', '1,0,0', '万', '1万2', '2000兆円', '0.5', '100.75', '1.23456789012345678901万',
];
const cost: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 500_000_000 }) },
  { weight: 1, arbitrary: fc.double({ min: -1e6, max: 1e17 }) },
  { weight: 2, arbitrary: fc.constantFrom(...AMOUNT_TEXTS) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 99_999 }).map((n) => `${n}万円`) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 1e9 }).map((n) => fullWidth(n.toLocaleString('en-US'))) },
  { weight: 1, arbitrary: junk },
);

const size: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 5, arbitrary: spellings(Object.values(SIZE_NAMES).flat()) },
  { weight: 1, arbitrary: fc.constantFrom(...NEVER_SMALL_ORGS, '個人事業主', '巨大企業') },
  { weight: 1, arbitrary: junk },
);

const OPTION_VALUES = ['', '1', '2', '4', '0', '-1', 'abc', '80/100', '5/3', '1/0', 'はい', 'いいえ', '事務局ツール', '経費', '12%', '1.2', '2025', '7'];
const optionToken = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...OPTION_DEFS).chain((d) => fc.oneof(fc.constant(d.example), fc.constantFrom(...d.names), fc.tuple(fc.constantFrom(...d.names), fc.constantFrom(...OPTION_VALUES)).map(([k, v]) => `${k}=${v}`))) },
  { weight: 1, arbitrary: fc.constantFrom('謎', 'unknown=1', '=', '==', 'プロセス=', ',') },
);
const separator = fc.constantFrom(', ', '、', ' ', ';', ',');
const options: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.uniqueArray(fc.constantFrom(...OPTION_DEFS.map((d) => d.example)), { minLength: 1, maxLength: 2 }), separator).map(([ts, sep]) => ts.join(sep)) },
  { weight: 3, arbitrary: fc.tuple(fc.array(optionToken, { minLength: 1, maxLength: 3 }), separator).map(([ts, sep]) => ts.join(sep)) },
  { weight: 1, arbitrary: fc.array(optionToken, { minLength: 1, maxLength: 2 }).map((ts) => fullWidth(ts.join(','))) },
  { weight: 1, arbitrary: junk },
);

const program: fc.Arbitrary<Cell> = fc.oneof(
  spellings(allTables().flatMap((t) => [t.program, t.programId, t.programEn, String(t.fiscalYear)])),
  fc.constantFrom('存在しない制度', 'IT'),
  junk,
);

const isoDay = fc.date({ min: new Date(Date.UTC(2019, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const date: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 3, arbitrary: isoDay.map((day) => ({ day })) },
  { weight: 2, arbitrary: isoDay },
  { weight: 1, arbitrary: isoDay.map((d) => d.replace(/-0?/g, '/')) },
  { weight: 1, arbitrary: isoDay.map((d) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8))}日`) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 3_000_000 }) },
  { weight: 1, arbitrary: fc.constantFrom('2025-02-30', '2025-13-01', 'today', '令和7年') },
  { weight: 1, arbitrary: junk },
);

/** Examples the parameter's description quotes ("製造業", "kWh", …) and the vectors' values for it. */
function examples(p: ParamDecl, vectors: readonly VectorCase[]): Cell[] {
  const quoted = [...`${p.ja} ${p.en}`.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  const fromVectors = vectors.flatMap((c) => (p.name in c && !Array.isArray(c[p.name]) ? [c[p.name] as Cell] : []));
  return [...new Set([...quoted, ...fromVectors])];
}

function generic(p: ParamDecl, vectors: readonly VectorCase[]): fc.Arbitrary<Cell> {
  const known = examples(p, vectors);
  const numbers = fc.oneof(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: 3000 }), fc.double({ min: 0, max: 1e6, noNaN: true }));
  const spelled = (k: Cell): fc.Arbitrary<Cell> => (typeof k === 'string' ? spellings([k]) : fc.constant(k));
  const choices: fc.WeightedArbitrary<Cell>[] = [{ weight: 2, arbitrary: numbers }, { weight: 1, arbitrary: cost }, { weight: 1, arbitrary: junk }];
  if (known.length > 0) choices.push({ weight: 4, arbitrary: fc.constantFrom(...known).chain(spelled) });
  return fc.oneof(...choices);
}

function cellFor(p: ParamDecl, vectors: readonly VectorCase[]): fc.Arbitrary<Cell> {
  if (p.name === 'frame') return frame;
  if (p.name === 'cost') return cost;
  if (p.name === 'size') return size;
  if (p.name === 'options') return options;
  if (p.name === 'program') return program;
  if (/date/i.test(p.name)) return date;
  return generic(p, vectors);
}

const CATEGORY_NAMES = allTables().flatMap((t) => t.categories.flatMap((c) => [c.id, ...c.names]));
const quoteLine = fc.tuple(
  fc.oneof({ weight: 8, arbitrary: spellings([...CATEGORY_NAMES, '対象外', '送料 (対象外)']) }, { weight: 1, arbitrary: fc.constantFrom<Cell>('送料', '交通費', null, 12) }),
  cost,
  fc.option(fc.oneof(fc.integer({ min: 1, max: 60 }), fc.constantFrom<Cell>(0, -1, 1.5, 'abc', '12か月')), { nil: undefined }),
).map(([c, a, m]) => (m === undefined ? [c, a] : [c, a, m]) as Cell[]);
const quoteLines: fc.Arbitrary<Cell[][]> = fc.tuple(fc.boolean(), fc.array(quoteLine, { minLength: 1, maxLength: 5 })).map(([header, rows]) => {
  const width = Math.max(...rows.map((r) => r.length));
  const body = rows.map((r) => [...r, ...Array<Cell>(width - r.length).fill(null)]);
  return header ? [['区分', '金額', ...(width === 3 ? ['月数'] : [])], ...body] : body;
});

function rangeOf(cell: fc.Arbitrary<Cell>): fc.Arbitrary<Cell[][]> {
  return fc.constantFrom([1, 3], [3, 1], [2, 2], [1, 1], [4, 1], [1, 2], [3, 2]).chain(([rows, cols]) =>
    fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));
}

function argFor(p: ParamDecl, vectors: readonly VectorCase[]): fc.Arbitrary<Arg> {
  const cell = cellFor(p, vectors);
  const choices: { weight: number; arbitrary: fc.Arbitrary<Arg> }[] = [
    { weight: 8, arbitrary: cell.map((c) => ({ cell: c })) },
    { weight: 2, arbitrary: rangeOf(cell).map((r) => ({ range: r })) },
  ];
  if (p.name === 'cost') choices.push({ weight: 2, arbitrary: quoteLines.map((r) => ({ range: r })) });
  if (p.optional) choices.push({ weight: 2, arbitrary: fc.constant(OMITTED) });
  return fc.oneof(...choices);
}

export function inputsFor(decl: FunctionDecl, vectors: readonly VectorCase[]): fc.Arbitrary<Input> {
  return fc.tuple(...decl.params.map((p) => argFor(p, vectors))).map((args) => ({ id: decl.id, args }));
}
