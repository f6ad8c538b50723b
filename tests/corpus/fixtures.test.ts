/**
 * The corpus itself, checked without the product: every fixture cites a public source and
 * explains itself, the corpus covers every ruling Q1–Q43 with at least 60 layouts (about a third
 * asked), an asked fixture's text is on the row it names, the README index is generated from the
 * fixtures, and each hand answer is cross-checked with decimal.js from its ledger (the counted
 * cost per line as read by hand → the frame's rates, tiers, caps and floor → AMOUNT; the quote's
 * total − AMOUNT → SELFPAY). The ledger oracle restates it2025.md §2–§5 (as it2026.md §2–§3) and
 * quote-reading.md Q23/Q41; it never calls the core.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { D, q, qAdd, qCmp, qFloor, qMin, qMul, qSub, type Q } from '../support/rational';
import { CORPUS_DIR, isAsked, loadCorpus, type Fixture, type Ledger, type LedgerCategory } from './fixtures';

const corpus = loadCorpus();
const RULINGS = Array.from({ length: 43 }, (_, i) => `Q${i + 1}`);

describe('the corpus', () => {
  test('holds at least 60 layouts, about a third of them asked', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    const asked = corpus.filter((f) => isAsked(f.expect)).length;
    expect(asked / corpus.length).toBeGreaterThanOrEqual(0.28);
    expect(asked / corpus.length).toBeLessThanOrEqual(0.45);
  });

  test('exercises every ruling Q1–Q43', () => {
    const seen = new Set(corpus.flatMap((f) => f.rulings));
    expect(RULINGS.filter((r) => !seen.has(r))).toEqual([]);
  });

  test('the README index is generated from the fixtures (run node tests/corpus/index.cjs)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { renderIndex, indexSection } = require('./index.cjs') as { renderIndex(): string; indexSection(text: string): string };
    expect(indexSection(readFileSync(path.join(CORPUS_DIR, 'README.md'), 'utf8'))).toBe(renderIndex());
  });
});

describe.each(corpus.map((f) => [f.id, f] as const))('%s', (_id, f) => {
  test('is cited, explained and well formed', () => {
    expect(`${f.id}.json`).toBe(f.file);
    expect(f.source.length).toBeGreaterThan(0);
    for (const s of f.source) {
      expect(s.url).toMatch(/^https?:\/\/\S+$/);
      expect(s.took.length).toBeGreaterThan(10);
    }
    expect(f.about).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(f.about).toMatch(/[A-Za-z]{3,}/);
    expect(f.rulings.length).toBeGreaterThan(0);
    for (const r of f.rulings) expect(RULINGS).toContain(r);
    expect(f.explain.length).toBeGreaterThan(0);
    for (const r of f.rulings) expect(f.explain.join(' ')).toContain(r);
    const width = f.rows[0].length;
    expect(f.rows.every((r) => r.length === width)).toBe(true);
  });

  if (isAsked(f.expect)) {
    const { row, text, asks } = f.expect.error;
    test(`names row ${row} and 「${text}」, ${asks ? 'what to add' : 'a text of that row'}`, () => {
      expect(f.ledger).toBeUndefined();
      expect(row).toBeGreaterThanOrEqual(1);
      expect(row).toBeLessThanOrEqual(f.rows.length);
      expect(text.length).toBeGreaterThan(0);
      if (asks) expect(f.explain.join(' ')).toContain(text);
      else expect(f.rows[row - 1].map(String).join('\u0001')).toContain(text);
    });
  } else {
    const answer = f.expect;
    test(`AMOUNT ${answer.AMOUNT} and SELFPAY ${answer.SELFPAY} follow from the ledger (decimal.js)`, () => {
      const ledger = f.ledger!;
      expect(ledger).toBeDefined();
      for (const [row] of ledger.lines) expect(f.rows[row - 1]?.some((c) => c !== '')).toBe(true);
      expect(oracleAmount(f, ledger)).toBe(answer.AMOUNT);
      expect(ledger.total - answer.AMOUNT).toBe(answer.SELFPAY);
    });
  }
});

// ---- the oracle: it2025.md §2–§5 and quote-reading.md Q23/Q41, restated with exact rationals ----

const ZERO = q(0);
const HALF = q(1, 2);
const TWO_THIRDS = q(2, 3);
const SERVICES: readonly LedgerCategory[] = ['consulting', 'setup', 'maintenance'];
const TOOL: readonly LedgerCategory[] = ['software', 'cloud', 'option', ...SERVICES];

function parseQ(text: string): Q {
  const [n, d = '1'] = text.split('/');
  return q(n, d);
}

function option(options: string, name: string): string | undefined {
  for (const part of options.split(/[,、]\s*/)) {
    const [key, value = ''] = part.trim().split('=');
    if (key === name) return value;
  }
  return undefined;
}

const toNumber = (x: Q): number => qFloor(x).toNumber();
const floorOf = (x: Q, rate: Q): number => toNumber(qMul(x, rate));
const positive = (x: Q): boolean => qCmp(x, ZERO) > 0;

/** The subsidy of the ledger's counted costs under the fixture's frame, size and options. */
function oracleAmount(f: Fixture, ledger: Ledger): number {
  const small = f.size === '小規模事業者';
  const large = f.size === '大企業';
  const byCategory = new Map<LedgerCategory, Q>();
  for (const [, category, counted] of ledger.lines) byCategory.set(category, qAdd(byCategory.get(category) ?? ZERO, parseQ(counted)));
  const sum = (cats: readonly LedgerCategory[]): Q => cats.reduce((s, c) => qAdd(s, byCategory.get(c) ?? ZERO), ZERO);
  // 役務 (cats 5–7) count up to 200万円 of cost (it2025.md §2.2, §3.3)
  const excess = qSub(sum(SERVICES), q(2_000_000));
  const tool = positive(excess) ? qSub(sum(TOOL), excess) : sum(TOOL);
  const withSoftware = positive(sum(['software', 'cloud']));

  let buckets: Q[];
  let price: (costs: Q[]) => number;
  switch (f.frame) {
    case '通常枠': {
      expect(positive(sum(['pc', 'register']))).toBe(false);
      buckets = [tool];
      const processes = Number(option(f.options, 'プロセス') ?? 1);
      const upper = processes >= 4 && (option(f.options, '賃上げ') !== undefined || small);
      const rate = option(f.options, '最低賃金近傍') !== undefined ? TWO_THIRDS : HALF;
      price = ([c]) => {
        const raw = Math.min(floorOf(c, rate), upper ? 4_500_000 : 1_499_999);
        return withSoftware && raw >= 50_000 ? raw : 0;
      };
      break;
    }
    case 'インボイス対応類型': {
      buckets = [tool, sum(['pc']), sum(['register'])];
      const r1 = small ? q(4, 5) : q(3, 4);
      const boundary = qMul(q(500_000), { n: r1.d, d: r1.n });
      const cap = Number(option(f.options, '機能') ?? 1) >= 2 ? 3_500_000 : 500_000;
      price = ([c, pc, register]) => {
        if (!withSoftware) return 0;
        const first = floorOf(qMin(c, boundary), r1);
        const second = qCmp(c, boundary) > 0 ? floorOf(qSub(c, boundary), TWO_THIRDS) : 0;
        return Math.min(first + second, cap) + Math.min(floorOf(pc, HALF), 100_000) + Math.min(floorOf(register, HALF), 200_000);
      };
      break;
    }
    case 'セキュリティ対策推進枠': {
      expect(positive(qSub(sum([...TOOL, 'pc', 'register']), sum(['cloud'])))).toBe(false);
      buckets = [sum(['cloud'])];
      price = ([c]) => {
        const raw = Math.min(floorOf(c, small ? TWO_THIRDS : HALF), 1_500_000);
        return raw >= 50_000 ? raw : 0;
      };
      break;
    }
    case '電子取引類型': {
      expect(positive(qSub(sum([...TOOL, 'pc', 'register']), sum(['cloud'])))).toBe(false);
      const [a, b] = (option(f.options, '口座') ?? '').split('/');
      buckets = [qMul(sum(['cloud']), q(a, b))];
      price = ([c]) => Math.min(floorOf(c, large ? HALF : TWO_THIRDS), 3_500_000);
      break;
    }
    default:
      throw new Error(`the oracle has no frame ${f.frame}`);
  }
  // Q23/Q41: a discount without a category comes off the counted cost after the caps, split
  // across the buckets pro rata to their counted cost (exact shares)
  if (ledger.discount !== undefined) {
    const discount = parseQ(ledger.discount);
    const all = buckets.reduce((s, b) => qAdd(s, b), ZERO);
    expect(qCmp(discount, all)).toBeLessThanOrEqual(0);
    const keep = qSub(q(1), { n: discount.n.times(all.d), d: discount.d.times(all.n) });
    buckets = buckets.map((b) => qMul(b, keep));
  }
  return price(buckets);
}

test('the oracle restates the rules: it2025.md §10 I4, I10 and N7', () => {
  const f = (frame: string, size: string, options: string): Fixture => ({ frame, size, options } as Fixture);
  // I4: 小規模, 2 functions, C = 1,000,000 → 500,000 + 375,000 × 2/3 = 750,000
  expect(oracleAmount(f('インボイス対応類型', '小規模事業者', '機能=2'), { total: 0, lines: [[1, 'software', '1000000']] })).toBe(750_000);
  // I10: software 1,500,000 + PC 240,000 + レジ 300,000 → 1,083,333 + 100,000 + 150,000
  expect(oracleAmount(f('インボイス対応類型', '小規模事業者', '機能=2'), {
    total: 0, lines: [[1, 'software', '1500000'], [2, 'pc', '240000'], [3, 'register', '300000']],
  })).toBe(1_333_333);
  // N7: software 1,200,000 + 役務 2,500,000 (capped at 200万), 4 processes + 賃上げ → 1,600,000
  expect(oracleAmount(f('通常枠', '中小企業', 'プロセス=4, 賃上げ'), { total: 0, lines: [[1, 'software', '1200000'], [2, 'setup', '2500000']] })).toBe(1_600_000);
  expect(D.precision).toBeGreaterThanOrEqual(60);
});
