/**
 * OILKL(kind, quantity, [unit], [factor]) (Excel ids need three letters, so not "KL"):
 * 原油換算kl = quantity in the kind's table unit × GJ per table unit × 0.0258 (programs-2025.md §2.2),
 * exact until the final conversion to a number. The factor is always per the table unit
 * (電気 GJ/MWh …), whatever unit the quantity is given in.
 */
import { IthojoError } from '../errors/IthojoError';
import { ARG } from '../errors/messages';
import { HELPER_MSG } from '../errors/helperMessages';
import { isBlank, normalizeKey } from '../input/normalizeText';
import { parseDecimal } from '../input/parseNumber';
import { compare, frac, mul, toNumber, type Frac } from '../money/exact';
import { ENERGY_KINDS, KL_PER_GJ, type EnergyKind } from '../rules/energy/klFactors';
import { lazy } from '../lazy';

/** A decimal of the rules table, exact. */
const exact = (text: string): Frac => parseDecimal(text, ARG.factor, { max: 1e6 }, text);

interface Kind {
  readonly rule: EnergyKind;
  readonly factor: Frac;
  readonly min: Frac;
  readonly max: Frac;
  /** Factor units per one of each quantity unit, by normalised unit name. */
  readonly units: ReadonlyMap<string, Frac>;
}

const kinds = lazy(() => {
  const byName = new Map<string, Kind>();
  for (const rule of ENERGY_KINDS) {
    const units = new Map(Object.entries(rule.units).map(([u, per]) => [normalizeKey(u), exact(per)] as const));
    const kind: Kind = { rule, factor: exact(rule.factor), min: exact(rule.plausible.min), max: exact(rule.plausible.max), units };
    for (const n of rule.names) byName.set(normalizeKey(n), kind);
  }
  return byName;
});
const KL = frac(KL_PER_GJ.n, KL_PER_GJ.d);

function kindOf(value: unknown): Kind {
  const k = typeof value === 'string' ? kinds().get(normalizeKey(value)) : undefined;
  if (!k) throw new IthojoError(HELPER_MSG.unknownEnergy(value, ENERGY_KINDS.map((e) => e.label)));
  return k;
}

function perUnitOf(k: Kind, unit: unknown): Frac {
  const name = isBlank(unit) ? k.rule.defaultUnit : unit;
  const per = typeof name === 'string' ? k.units.get(normalizeKey(name)) : undefined;
  if (!per) throw new IthojoError(HELPER_MSG.unknownUnit(k.rule.label, unit, Object.keys(k.rule.units)));
  return per;
}

function factorOf(k: Kind, factor: unknown): Frac {
  if (isBlank(factor)) return k.factor;
  const f = parseDecimal(factor, ARG.factor, { max: 1e15 }, k.rule.factor);
  if (compare(f, k.min) < 0 || compare(f, k.max) > 0) {
    throw new IthojoError(HELPER_MSG.implausibleFactor(k.rule.label, factor, `GJ/${k.rule.factorUnit}`, k.rule.plausible.min, k.rule.plausible.max));
  }
  return f;
}

export function crudeOilKl(kind: unknown, quantity: unknown, unit: unknown, factor: unknown): number {
  const k = kindOf(kind);
  const q = parseDecimal(quantity, ARG.quantity, { max: 1e15, kanji: true }, '13460');
  return toNumber(mul(mul(mul(q, perUnitOf(k, unit)), factorOf(k, factor)), KL));
}
