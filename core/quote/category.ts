/**
 * A quote line's category (issue 10, rules/README.md): a category name in its 区分 (or 品名);
 * else one inferred from the words of its 区分 or 品名 by the program's keyword table; else the
 * nearest section heading above. Text with 対象外 marks the line ineligible; text naming an
 * excluded cost (送料, 交通費 …) is never given a category by inference.
 */
import { normalizeKey } from '../input/normalizeText';
import { quoteKeywordsFor, type QuoteKeywordTable } from '../rules/quoteKeywords';
import type { CategoryRule, RuleTable } from '../rules/types';
import { holdsWord, keyOf } from './labelKey';
import type { CategoryHow } from './types';

export interface Found {
  /** null: 対象外. */
  readonly category: CategoryRule | null;
  readonly how: CategoryHow;
  /** The keyword or heading it came from (for messages). */
  readonly from?: string;
}

/** What the words of one text say: a category, "never infer" (an excluded cost), or nothing. */
type Inference = { readonly category: CategoryRule; readonly word: string } | 'never' | undefined;

export interface CategoryIndex {
  /** Exact names (after keyOf) of the table's categories. */
  readonly byName: ReadonlyMap<string, CategoryRule>;
  /** Names to suggest in a message. */
  readonly known: readonly string[];
  infer(key: string): Inference;
}

const EXCLUDED = normalizeKey('対象外');
const indexes = new WeakMap<RuleTable, CategoryIndex>();

export function categoryIndex(table: RuleTable): CategoryIndex {
  let index = indexes.get(table);
  if (!index) indexes.set(table, (index = buildIndex(table)));
  return index;
}

function buildIndex(table: RuleTable): CategoryIndex {
  const byName = new Map<string, CategoryRule>();
  for (const c of table.categories) for (const n of [c.id, ...c.names]) byName.set(keyOf(n).key, c);
  const keywords = quoteKeywordsFor(table.programId);
  const rules = keywords ? compile(keywords, table) : [];
  const never = keywords ? keywords.never.words.map((w) => keyOf(w).key) : [];
  // a quote repeats its 品名 (100,000 lines of a few products): infer each distinct text once
  const seen = new Map<string, Inference>();
  return {
    byName,
    known: [...table.categories.flatMap((c) => c.names.slice(0, 3)), '対象外'],
    infer(key) {
      if (seen.has(key)) return seen.get(key);
      let result: Inference;
      if (never.some((w) => holdsWord(key, w))) result = 'never';
      else {
        for (const r of rules) {
          const hit = r.words.find((w) => holdsWord(key, w.key));
          if (hit !== undefined) {
            result = { category: r.category, word: hit.word };
            break;
          }
        }
      }
      if (seen.size < 10_000) seen.set(key, result);
      return result;
    },
  };
}

function compile(keywords: QuoteKeywordTable, table: RuleTable): { category: CategoryRule; words: { key: string; word: string }[] }[] {
  return keywords.rules.map((r) => {
    const category = table.categories.find((c) => c.id === r.category);
    // a keyword table naming a category its rule table lacks is a data error, caught by the tests
    if (!category) throw new Error(`quote keyword category ${r.category} is not in ${table.program} ${table.fiscalYear}`);
    return { category, words: r.words.map((w) => ({ key: keyOf(w).key, word: w })) };
  });
}

/** Whether a text marks its line 対象外 (rules/README.md: "a category containing it"), brackets and all. */
export function marksExcluded(text: string): boolean {
  return keyOf(text).plain.includes(EXCLUDED);
}

/** A heading's category: a category name, or the words of the heading; null when neither. */
export function headingCategory(index: CategoryIndex, text: string): CategoryRule | null {
  const { key } = keyOf(text);
  const named = index.byName.get(key);
  if (named) return named;
  const inferred = index.infer(key);
  return typeof inferred === 'object' ? inferred.category : null;
}

export interface LineTexts {
  /** The 区分 cell's text. */
  readonly category?: string;
  /** The 品名 cell's text (the same cell as 区分 in the positional form: then undefined). */
  readonly name?: string;
}

/**
 * The category of a line from its own texts (undefined when they say nothing): a category name in
 * 区分 or 品名 first, then the words of 区分, then of 品名 (issue 10). `blocked` is set when a text
 * names an excluded cost: then nothing is inferred, and the caller does not fall back to a heading.
 */
export function lineCategory(index: CategoryIndex, texts: LineTexts): { found?: Found; blocked: boolean } {
  const keys: [string, CategoryHow][] = [];
  if (texts.category !== undefined) keys.push([keyOf(texts.category).key, 'category']);
  if (texts.name !== undefined) keys.push([keyOf(texts.name).key, 'name']);
  for (const [key] of keys) {
    const named = index.byName.get(key);
    if (named) return { found: { category: named, how: 'named' }, blocked: false };
  }
  const inferred = keys.map(([key, how]) => [index.infer(key), how] as const);
  if (inferred.some(([x]) => x === 'never')) return { blocked: true };
  for (const [x, how] of inferred) if (typeof x === 'object') return { found: { category: x.category, how, from: x.word }, blocked: false };
  return { blocked: false };
}
