/**
 * A quote line's category (quote-reading.md §Q16, §Q17, §Q32, §Q39, §Q4/§Q40): a category name in
 * its 区分 (or 品名); else one inferred from the words of its 区分 or 品名 by the program's keyword
 * table, the head noun deciding (the word that ends last; bracketed text never decides); else the
 * nearest heading or 区分 above. Text with 対象外 marks the line ineligible; text naming an excluded
 * cost (送料, 諸経費 …) is never given a category by inference; a generic hardware word is refined by
 * the 品名's words, or asked.
 */
import { normalizeKey } from '../input/normalizeText';
import type { QuoteKeywordTable } from '../rules/quote/keywordTable';
import { quoteKeywordsFor } from '../rules/quoteKeywords';
import type { CategoryId, CategoryRule, RuleTable } from '../rules/types';
import { lazy } from '../lazy';
import { BUNDLE_WORDS, HEAD_TAIL_WORDS } from '../rules/quote/heads';
import { keyOf, lastWordAt, outsideBrackets } from './labelKey';
import { memoText } from './memo';

/** What the words of one text say. */
export type Inference =
  | { readonly kind: 'category'; readonly category: CategoryRule; readonly word: string }
  /** An excluded cost's word (§Q4, §Q40): never inferred. */
  | { readonly kind: 'never'; readonly word: string }
  /** Hardware of no known group (§Q17). */
  | { readonly kind: 'generic' }
  /** Words of two hardware groups (§Q32). */
  | { readonly kind: 'twoGroups' }
  /** Two categories' words ending together: no head decides (§Q16). */
  | { readonly kind: 'undecided'; readonly a: string; readonly b: string }
  | undefined;

export interface CategoryIndex {
  /** Exact names (after keyOf) of the table's categories. */
  readonly byName: ReadonlyMap<string, CategoryRule>;
  /** Names to suggest in a message. */
  readonly known: readonly string[];
  /** What a text's words say (memoised per distinct text). */
  infer(text: string): Inference;
  /** Whether a text is only a generic hardware word (区分 ハードウェア, 【ハードウェア】). */
  isGeneric(text: string): boolean;
  /** The hardware group a text's words name, for refining a generic 区分 (§Q17): a category, two groups, or none. */
  group(text: string): CategoryRule | 'two' | undefined;
  /** §Q22: the category a licence with a term is counted as, by the licence's category. */
  readonly termLicence: ReadonlyMap<CategoryId, CategoryRule>;
}

const EXCLUDED = normalizeKey('対象外');
const indexes = new WeakMap<RuleTable, CategoryIndex>();

export function categoryIndex(table: RuleTable): CategoryIndex {
  let index = indexes.get(table);
  if (!index) indexes.set(table, (index = buildIndex(table)));
  return index;
}

interface Word {
  readonly key: string;
  readonly word: string;
  /** null: a generic hardware word. */
  readonly category: CategoryRule | null;
}

interface Match {
  readonly w: Word;
  readonly start: number;
  readonly end: number;
}

function buildIndex(table: RuleTable): CategoryIndex {
  const byName = new Map<string, CategoryRule>();
  for (const c of table.categories) for (const n of [c.id, ...c.names]) byName.set(keyOf(n).key, c);
  const keywords = quoteKeywordsFor(table.programId);
  const words = keywords ? compile(keywords, table) : [];
  const never = keywords ? keywords.never.words.map((w) => ({ key: keyOf(w).key, word: w })) : [];
  const generic = new Set(keywords ? keywords.genericHardware.words.map((w) => keyOf(w).key) : []);
  const groups = new Set<CategoryId>(keywords?.genericHardware.groups ?? []);
  const refine = new Map<CategoryId, ReadonlySet<CategoryId>>((keywords?.headRules ?? []).map((r) => [r.head, new Set(r.refinedBy)]));
  const matchesOf = (key: string): Match[] => {
    const out: Match[] = [];
    for (const w of words) {
      const at = lastWordAt(key, w.key);
      if (at >= 0) out.push({ w, start: at, end: at + w.key.length });
    }
    // a word overlapping a longer one is not a word of its own (プリンタ in レシートプリンタ, プリンター in レシートプリンター)
    return out.filter((m) => !out.some((o) => o !== m && o.start < m.end && m.start < o.end && o.end - o.start > m.end - m.start));
  };
  const groupOf = (ms: readonly Match[]): CategoryRule | 'two' | undefined => {
    const found = new Map<CategoryId, CategoryRule>();
    for (const m of ms) if (m.w.category && groups.has(m.w.category.id)) found.set(m.w.category.id, m.w.category);
    return found.size > 1 ? 'two' : found.values().next().value;
  };
  const infer = (text: string): Inference => {
    const key = keyOf(outsideBrackets(text)).key;
    for (const n of never) if (lastWordAt(key, n.key) >= 0) return { kind: 'never', word: n.word };
    const ms = matchesOf(key);
    if (ms.length === 0) return undefined;
    const hardware = groupOf(ms);
    if (hardware === 'two') return { kind: 'twoGroups' };
    let head = ms[0];
    for (const m of ms) if (m.end > head.end || (m.end === head.end && m.end - m.start > head.end - head.start)) head = m;
    const rival = ms.find((m) => m !== head && m.end === head.end && m.start === head.start && m.w.category?.id !== head.w.category?.id);
    if (rival) return { kind: 'undecided', a: labelOf(head.w), b: labelOf(rival.w) };
    // of two categories' words the head decides only where it ends the name (§Q16: "POSレジ・会計ソフト セット" is asked)
    const other = ms.find((m) => m.w.category?.id !== head.w.category?.id && !(m.w.category === null && hardware && head.w.category?.id === hardware.id));
    if (other && !isTail(key.slice(head.end))) return { kind: 'undecided', a: labelOf(head.w), b: labelOf(other.w) };
    if (head.w.category === null) {
      // 端末, ハードウェア: hardware of the group its other words name (§Q17)
      const g = hardware ? ms.find((m) => m.w.category === hardware) : undefined;
      return g ? { kind: 'category', category: hardware as CategoryRule, word: g.w.word } : { kind: 'generic' };
    }
    const by = refine.get(head.w.category.id);
    if (by) {
      let modifier: Match | undefined;
      for (const m of ms) if (m.w.category && by.has(m.w.category.id) && m.end <= head.start && (!modifier || m.end > modifier.end)) modifier = m;
      if (modifier) return { kind: 'category', category: modifier.w.category!, word: modifier.w.word };
    }
    return { kind: 'category', category: head.w.category, word: head.w.word };
  };
  return {
    byName,
    known: [...table.categories.flatMap((c) => c.names.slice(0, 3)), '対象外'],
    // a quote repeats its 品名 (100,000 lines of a few products): read each distinct text once
    infer: memoText(infer, 10_000),
    isGeneric: (text) => generic.has(keyOf(text).key),
    termLicence: licenceMap(keywords, table),
    group: (text) => groupOf(matchesOf(keyOf(outsideBrackets(text)).key)),
  };
}

function licenceMap(keywords: QuoteKeywordTable | undefined, table: RuleTable): ReadonlyMap<CategoryId, CategoryRule> {
  const to = keywords?.termLicence && table.categories.find((c) => c.id === keywords.termLicence!.to);
  return to ? new Map([[keywords!.termLicence!.from, to]]) : new Map();
}

/** A word's category as messages name it ("ソフトウェア", "POSレジ・券売機等"). */
function labelOf(w: Word): string {
  return w.category?.label ?? 'ハードウェア';
}

const tails = lazy(() => [...HEAD_TAIL_WORDS.words].map((w) => keyOf(w).key).sort((a, b) => b.length - a.length));
const bundles = lazy(() => BUNDLE_WORDS.words.map((w) => keyOf(w).key));

/** Whether what follows a head noun leaves it the head: counts, units, editions, terms (one pass). */
function isTail(rest: string): boolean {
  let i = 0;
  while (i < rest.length) {
    if (bundles().some((b) => rest.startsWith(b, i))) return false;
    const c = rest.charCodeAt(i);
    // digits, Latin letters and marks: counts and edition names (3, basic, v2, ·)
    if (c < 0x80 || c === 0xb7 || '〇一二三四五六七八九十'.includes(rest[i])) {
      i++;
      continue;
    }
    const w = tails().find((t) => rest.startsWith(t, i));
    if (!w) return false;
    i += w.length;
  }
  return true;
}

function compile(keywords: QuoteKeywordTable, table: RuleTable): Word[] {
  const out: Word[] = [];
  for (const r of keywords.rules) {
    const category = table.categories.find((c) => c.id === r.category);
    // a keyword table naming a category its rule table lacks is a data error, caught by the tests
    if (!category) throw new Error(`quote keyword category ${r.category} is not in ${table.program} ${table.fiscalYear}`);
    for (const w of r.words) out.push({ key: keyOf(w).key, word: w, category });
  }
  for (const w of keywords.genericHardware.words) out.push({ key: keyOf(w).key, word: w, category: null });
  return out;
}

/** Whether a text marks its line 対象外 (rules/README.md: "a category containing it"), brackets and all. */
export function marksExcluded(text: string): boolean {
  return keyOf(text).plain.includes(EXCLUDED);
}

/** Where a line's category came from. `named`: a category name written in its 区分 (or 品名). */
export type CategoryHow = 'named' | 'category' | 'name' | 'level' | 'above' | 'heading';

/** A category found, or the reason there is none that the reader must ask about. */
export type Found =
  | { readonly kind: 'found'; readonly category: CategoryRule; readonly how: CategoryHow; readonly from?: string }
  | { readonly kind: 'never'; readonly word: string }
  | { readonly kind: 'generic' }
  | { readonly kind: 'twoGroups' }
  | { readonly kind: 'undecided'; readonly a: string; readonly b: string };

/**
 * What a text says of a line's category: its name, its words (the head noun), or for a generic
 * hardware text the group the line's 品名 names. `how` is how the category is shown.
 */
export function categoryFrom(index: CategoryIndex, text: string, how: CategoryHow, name: string | undefined): Found | undefined {
  const own = how === 'category' || how === 'name';
  const named = index.byName.get(keyOf(text).key);
  // the common lines (a category name, or words of the line's own text) share their Found: no object per line
  if (named) return own ? namedFound(named) : { kind: 'found', category: named, how, from: text };
  if (index.isGeneric(text)) {
    const g = name === undefined || name === text ? undefined : index.group(name);
    if (g === 'two') return { kind: 'twoGroups' };
    return g ? { kind: 'found', category: g, how, from: text } : { kind: 'generic' };
  }
  const x = index.infer(text);
  if (x === undefined) return undefined;
  if (x.kind === 'category') return own ? inferredFound(x, how) : { kind: 'found', category: x.category, how, from: text };
  return x;
}

const namedFounds = new WeakMap<CategoryRule, Found>();
function namedFound(category: CategoryRule): Found {
  let f = namedFounds.get(category);
  if (!f) namedFounds.set(category, (f = { kind: 'found', category, how: 'named' }));
  return f;
}

const inferredFounds = new WeakMap<object, Partial<Record<CategoryHow, Found>>>();
function inferredFound(x: Extract<Inference, { kind: 'category' }>, how: CategoryHow): Found {
  let byHow = inferredFounds.get(x);
  if (!byHow) inferredFounds.set(x, (byHow = {}));
  return (byHow[how] ??= { kind: 'found', category: x.category, how, from: x.word });
}
