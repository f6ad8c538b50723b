/**
 * OILKL(kind, quantity, [unit], [factor]) (Excel ids need three letters, so not "KL"): 原油換算kl = quantity × GJ per unit × 0.0258
 * (programs-2025.md §2.2), exact until the final conversion to a number.
 */
import { IthojoError } from '../errors/IthojoError';
import { ARG, MSG } from '../errors/messages';
import { isBlank, normalizeKey } from '../input/normalizeText';
import { parseDecimal } from '../input/parseNumber';
import { frac, mul, toNumber } from '../money/exact';
import { ENERGY_FACTORS, KL_PER_GJ, type EnergyFactor } from '../rules/energy/klFactors';

function kindOf(value: unknown): EnergyFactor {
  const key = typeof value === 'string' ? normalizeKey(value) : '';
  const hit = ENERGY_FACTORS.find((f) => f.names.some((n) => normalizeKey(n) === key));
  if (!hit) throw new IthojoError(MSG.unknownEnergy(String(value ?? ''), ENERGY_FACTORS.map((f) => f.label)));
  return hit;
}

export function crudeOilKl(kind: unknown, quantity: unknown, unit: unknown, factor: unknown): number {
  const f = kindOf(kind);
  const q = parseDecimal(quantity, ARG.quantity, { max: 1e15, kanji: true }, '13460');
  let perUnit = parseDecimal(f.gjPerUnit, ARG.factor, { max: 1e6 }, '0.00864');
  if (!isBlank(unit)) {
    const key = normalizeKey(String(unit));
    const hit = Object.entries(f.units).find(([u]) => normalizeKey(u) === key);
    if (!hit) throw new IthojoError(MSG.unknownUnit(String(unit), Object.keys(f.units)));
    perUnit = mul(perUnit, parseDecimal(hit[1], ARG.unit, { max: 1e6 }, '1000'));
  }
  // an explicit factor is GJ per the unit the quantity is given in
  if (!isBlank(factor)) perUnit = parseDecimal(factor, ARG.factor, { max: 1e6 }, '9.76');
  return toNumber(mul(mul(q, perUnit), frac(KL_PER_GJ.n, KL_PER_GJ.d)));
}
