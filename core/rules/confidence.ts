/**
 * How sure a fact of a rule table is, read from the tag in its `source` (docs/rules.md): the
 * tags of ../shared/rules ([確認 …], [OFFICIAL …]: confirmed; [VENDOR …]: one vendor or a
 * second-hand source; [要確認 …], [UNCERTAIN …], [記憶 …], [MEMORY …], [INFERENCE …]: in conflict
 * or unconfirmed). A source with several tags is as sure as its least sure one; one without a
 * tag is taken as its document says it and needs no caveat.
 *
 * Where an answer rests on a fact that is not confirmed, CHECK and BREAKDOWN say 要確認: the
 * plan (core/engine/plan.ts) asks this module for the caveats of the values, rounds and
 * cautions it uses. No fact has code of its own here; the data's tag decides.
 */
import { bi, type Text } from '../errors/text';
import { yen } from '../errors/messages';
import { formatRate } from '../money/rate';
import type { Choice, Round, TierSet } from './types';

export type Confidence = 'confirmed' | 'vendor' | 'uncertain';

const TAG = /\[([^\]]*)\]/g;
const KINDS: readonly (readonly [RegExp, Confidence])[] = [
  [/^\s*(?:要確認|UNCERTAIN|記憶|MEMORY|INFERENCE)/, 'uncertain'],
  [/^\s*VENDOR/, 'vendor'],
  [/^\s*(?:確認|OFFICIAL|OWN CALC|OWN RULING)/, 'confirmed'],
];
const RANK: Readonly<Record<Confidence, number>> = { confirmed: 0, vendor: 1, uncertain: 2 };

/** The confidence of one bracketed tag's text ("VENDOR ×3" → vendor), or null when it is not a tag. */
export function tagKind(body: string): Confidence | null {
  for (const [pattern, kind] of KINDS) if (pattern.test(body)) return kind;
  return null;
}

/** The tags a source carries, in order ("it2025.md §8 [VENDOR]" → ['vendor']). */
export function tagsOf(source: string): Confidence[] {
  return [...source.matchAll(TAG)].map((m) => tagKind(m[1])).filter((k): k is Confidence => k !== null);
}

/** The least sure of a source's tags; null when it carries none. */
export function confidenceOf(source: string): Confidence | null {
  const tags = tagsOf(source);
  return tags.length === 0 ? null : tags.reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
}

/**
 * How sure a round's dates are. Every round's source carries a tag (tests/core/rulesData.test.ts);
 * one that lacks it is treated as unsure, never as confirmed.
 */
export function roundConfidence(round: Round): Confidence {
  return confidenceOf(round.source) ?? 'uncertain';
}

/** True when an answer resting on this source must say 要確認. */
export function needsCheck(source: string): boolean {
  const c = confidenceOf(source);
  return c === 'vendor' || c === 'uncertain';
}

const WHY: Readonly<Record<'vendor' | 'uncertain', Text>> = {
  vendor: bi('二次情報 (1社の資料・又聞き) によります', 'rests on one second-hand source'),
  uncertain: bi('資料により異なるか未確認です', 'differs between sources or is unconfirmed'),
};

/** "要確認: <subject>は<why> (<note>) (To be confirmed: <subject> <why> (<note>))", or null for a sure source. */
function caveat(subject: Text, c: Confidence | null, note?: Text): Text | null {
  if (c !== 'vendor' && c !== 'uncertain') return null;
  const en = note === undefined ? '' : note.en;
  return bi(
    `要確認: ${subject.ja}は${WHY[c].ja}${note === undefined ? '' : ` (${note.ja})`}`,
    `To be confirmed: ${subject.en} ${WHY[c].en}${en === '' ? '' : ` (${en})`}`,
  );
}

type Alternative<T> = Choice<T>[number];

/** What a plan chose for one bucket. */
export interface ChosenBucket {
  readonly label: string;
  readonly tiers: Alternative<TierSet>;
  readonly cap: Alternative<number>;
}

/**
 * The caveats of a bucket's chosen rate and cap whose sources are not confirmed, each with its
 * note (which says what is reported instead). CHECK and BREAKDOWN say them only where the answer
 * rests on the bucket: its cost reached it, or it is where a plain cost goes (engine/calculate.ts).
 */
export function bucketCaveats(b: ChosenBucket): Text[] {
  const rates = b.tiers.value.parts.map((p) => formatRate(p.rate)).join('→');
  return [
    caveat(bi(`${b.label}の補助率 ${rates}`, `the rate ${rates} of ${b.label}`), confidenceOf(b.tiers.source), b.tiers.note),
    caveat(bi(`${b.label}の上限 ${yen(b.cap.value)}`, `the cap of ${b.label} (${b.cap.value} yen)`), confidenceOf(b.cap.source), b.cap.note),
  ].filter((t): t is Text => t !== null);
}

/** The caveat of a frame's chosen floor when its source is not confirmed, else null. */
export function floorCaveat(frameName: string, floor: Alternative<number>): Text | null {
  return caveat(bi(`${frameName}の下限 ${yen(floor.value)}`, `the lower limit of ${frameName} (${floor.value} yen)`), confidenceOf(floor.source), floor.note);
}

/** The caveat of a round's dates when they are not confirmed (DEADLINE's round 6 of 2026: [VENDOR]). */
export function roundCaveat(round: Round): Text | null {
  return caveat(bi(`${round.round}次の締切 ${round.deadline}`, `round ${round.round}'s deadline ${round.deadline}`), roundConfidence(round));
}

/** A caution as CHECK shows it: prefixed 要確認 when what it warns of is not confirmed. */
export function cautionText(c: { readonly text: Text; readonly source: string }): Text {
  if (!needsCheck(c.source)) return c.text;
  return bi(`要確認: ${c.text.ja}`, `To be confirmed: ${c.text.en}`);
}
