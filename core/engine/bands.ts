/**
 * What a bucket's notes say about its cap bands (issue 20): the band that applies to the options
 * given, and the next one the user can reach by adding options, phrased for the scenario's size.
 * Both are read from the rule table's own alternatives and conditions, as the numbers are: a
 * condition is resolved against the scenario (the size is a fact; options not given are what the
 * user can add), so 小規模事業者 are never told to add 賃上げ where their size already counts.
 *
 * A next band is offered only when adding its options raises the cap and keeps the rates (a
 * higher cap at lower rates, such as 100億企業特例, may pay less, so it is never suggested).
 */
import { yen } from '../errors/messages';
import { bi, type Text } from '../errors/text';
import { needsCheck } from '../rules/confidence';
import { OPTION_DEFS, type OptionDef } from '../rules/options';
import { SIZE_LABELS, SIZE_LABELS_EN } from '../rules/sizes';
import type { BucketRule, Choice, Condition, OptionKey } from '../rules/types';
import type { Options } from '../input/parseOptions';
import { choose, holds, type Scenario } from './conditions';

/** What a condition still needs: true (it holds), false (out of reach), or the options to add. */
type Residual = boolean | Condition;

/**
 * The part of `c` the user could still satisfy by adding options. A size is a fact and a `not`
 * holds or would mean dropping an option: neither can be added.
 */
function residual(c: Condition, s: Scenario): Residual {
  if ('size' in c) return c.size.includes(s.size);
  if ('not' in c) return !holds(c.not, s);
  if ('all' in c) {
    const parts: Condition[] = [];
    for (const x of c.all) {
      const r = residual(x, s);
      if (r === false) return false;
      if (r !== true) parts.push(r);
    }
    return parts.length === 0 ? true : parts.length === 1 ? parts[0] : { all: parts };
  }
  if ('any' in c) {
    const parts: Condition[] = [];
    for (const x of c.any) {
      const r = residual(x, s);
      if (r === true) return true;
      if (r !== false) parts.push(r);
    }
    return parts.length === 0 ? false : parts.length === 1 ? parts[0] : { any: parts };
  }
  return holds(c, s) ? true : c;
}

/** How many options a residual asks for (its lightest way). */
function weight(r: Condition): number {
  if ('all' in r) return r.all.reduce((n, x) => n + weight(x), 0);
  if ('any' in r) return Math.min(...r.any.map(weight));
  return 1;
}

/** The scenario with a residual's options added (an `any` by its lightest branch). */
function withAdded(s: Scenario, r: Condition): Scenario {
  const options: Partial<Record<OptionKey, Options[OptionKey]>> = { ...s.options };
  const add = (c: Condition): void => {
    if ('all' in c) c.all.forEach(add);
    else if ('any' in c) add(c.any.reduce((a, b) => (weight(b) < weight(a) ? b : a)));
    else if ('option' in c) options[c.option] = true;
    else if ('atLeast' in c) options[c.atLeast[0]] = c.atLeast[1];
    else if ('equals' in c) options[c.equals[0]] = c.equals[1];
  };
  add(r);
  return { size: s.size, options };
}

/** A cap band above the one that applies, and the options that reach it. */
interface NextBand {
  readonly cap: number;
  readonly needs: Condition;
}

/** A way to a higher cap: the options to add, how many, and the alternative the engine then takes. */
interface Way {
  readonly next: NextBand;
  readonly weight: number;
  readonly alt: Choice<number>[number];
}

/**
 * The ways to caps above the current one: for each alternative, the options it still needs, kept
 * when adding them raises the cap (to the one the engine would then choose) at the same rates.
 */
function waysUp(rule: BucketRule, s: Scenario): Way[] {
  const tiers = choose(rule.tiers, s);
  const current = choose(rule.cap, s).value;
  const ways: Way[] = [];
  for (const alt of rule.cap) {
    if (alt.value <= current || !alt.when) continue;
    const needs = residual(alt.when, s);
    if (typeof needs === 'boolean') continue;
    const after = withAdded(s, needs);
    const taken = choose(rule.cap, after);
    if (taken.value <= current || choose(rule.tiers, after) !== tiers) continue;
    ways.push({ next: { cap: taken.value, needs }, weight: weight(needs), alt: taken });
  }
  return ways;
}

/** The lightest way, then the lowest cap it reaches. */
function lightest(ways: readonly Way[]): Way | null {
  let best: Way | null = null;
  for (const w of ways) if (!best || w.weight < best.weight || (w.weight === best.weight && w.next.cap < best.next.cap)) best = w;
  return best;
}

/**
 * The band the user reaches next: of the options that raise this bucket's cap without changing
 * its rates, the fewest, then the lowest cap they reach.
 */
function nextBand(rule: BucketRule, s: Scenario): NextBand | null {
  return lightest(waysUp(rule, s))?.next ?? null;
}

function defOf(key: OptionKey): OptionDef {
  return OPTION_DEFS.find((d) => d.key === key)!;
}

/** An option's name in English: its ASCII alias (what an English formula may write), else its name. */
function englishName(def: OptionDef): string {
  return def.names.find((n) => /^[\x20-\x7e]+$/.test(n)) ?? def.names[0];
}

/** A choice's value as users write it in Japanese (tool → 事務局ツール). */
function spelling(def: OptionDef, canonical: string): string {
  return Object.entries(def.choices ?? {}).find(([, v]) => v === canonical)?.[0] ?? canonical;
}

/** A condition in words, each option as the user writes it: 「プロセス=4以上」と「賃上げ」. */
function conditionText(c: Condition): Text {
  if ('size' in c) return bi(c.size.map((x) => SIZE_LABELS[x]).join('・'), c.size.map((x) => SIZE_LABELS_EN[x]).join(' or '));
  if ('option' in c) {
    const def = defOf(c.option);
    return bi(`「${def.names[0]}」`, `"${englishName(def)}"`);
  }
  if ('atLeast' in c) {
    const def = defOf(c.atLeast[0]);
    return bi(`「${def.names[0]}=${c.atLeast[1]}以上」`, `"${englishName(def)} ≥ ${c.atLeast[1]}"`);
  }
  if ('equals' in c) {
    const def = defOf(c.equals[0]);
    return bi(`「${def.names[0]}=${spelling(def, c.equals[1])}」`, `"${englishName(def)}=${c.equals[1]}"`);
  }
  if ('not' in c) {
    const t = conditionText(c.not);
    return bi(`${t.ja}なし`, `without ${t.en}`);
  }
  const parts = ('all' in c ? c.all : c.any).map(conditionText);
  const [ja, en] = 'all' in c ? ['と', ' and '] : ['または', ' or '];
  return bi(parts.map((p) => p.ja).join(ja), parts.map((p) => p.en).join(en));
}

/** 4500000 → "4,500,000 yen". */
const yenEn = (n: number): string => `${yen(n).slice(0, -1)} yen`;

/** The words for reaching a band: 「プロセス=4以上」で上限4,500,000円. */
function reachText(next: NextBand): Text {
  const needs = conditionText(next.needs);
  return bi(`${needs.ja}で上限${yen(next.cap)}`, `cap ${yenEn(next.cap)} with ${needs.en}`);
}

/**
 * A bucket's note for a scenario: what its chosen rates and cap say, the cap that applies when
 * the bucket has others, then the band it can reach next. Null when there is nothing to say.
 */
export function bucketNote(rule: BucketRule, s: Scenario): Text | null {
  const tiers = choose(rule.tiers, s);
  const cap = choose(rule.cap, s);
  const next = nextBand(rule, s);
  const parts: Text[] = [];
  // an unconfirmed value's note is said in its 要確認 caveat (rules/confidence.ts), not twice
  if (tiers.note && !needsCheck(tiers.source)) parts.push(tiers.note);
  // a cap note the rates' note already says (100億企業特例 names both) is said once
  if (cap.note && !needsCheck(cap.source) && !parts.some((p) => p.ja.includes(cap.note!.ja))) parts.push(cap.note);
  if (rule.cap.length > 1) parts.push(bi(`上限${yen(cap.value)}`, `cap ${yenEn(cap.value)}`));
  if (next) parts.push(reachText(next));
  if (parts.length === 0) return null;
  return bi(`${rule.label}: ${parts.map((p) => p.ja).join('。')}`, `${rule.label}: ${parts.map((p) => p.en).join('; ')}`);
}

/** A cap band of a bucket, as the chart's legend lists them. */
export interface CapBand {
  readonly cap: number;
  /** The band that applies now. */
  readonly current: boolean;
  /** What it says of itself (its alternative's note), when it says something. */
  readonly note: Text | null;
  /** For a band above the current one: the options that reach it at the same rates, in words. */
  readonly needs: Text | null;
}

/**
 * Every cap of a bucket the scenario can be in: the current one, lower ones (fewer options), and
 * higher ones reachable by adding options at the same rates, each by its lightest way. A band only
 * another size or other rates reach is left out: it is not this user's.
 */
export function capBands(rule: BucketRule, s: Scenario): CapBand[] {
  const current = choose(rule.cap, s);
  const out: CapBand[] = [{ cap: current.value, current: true, note: current.note ?? null, needs: null }];
  for (const alt of rule.cap) {
    if (alt.value >= current.value || out.some((b) => b.cap === alt.value)) continue;
    if ((alt.when ? residual(alt.when, s) : true) !== false) out.push({ cap: alt.value, current: false, note: alt.note ?? null, needs: null });
  }
  const ways = waysUp(rule, s);
  for (const cap of new Set(ways.map((w) => w.next.cap))) {
    const way = lightest(ways.filter((w) => w.next.cap === cap))!;
    out.push({ cap, current: false, note: way.alt.note ?? null, needs: conditionText(way.next.needs) });
  }
  return out.sort((a, b) => a.cap - b.cap);
}
