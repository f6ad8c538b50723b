/**
 * OILKL(kind, quantity, [unit], [factor]) (Excel ids need three letters, so not "KL"): 原油換算kl = quantity × GJ per unit × 0.0258
 * (programs-2025.md §2.2), exact until the final conversion to a number.
 */
import { IthojoError } from '../errors/IthojoError';
import { MSG } from '../errors/messages';
import { isBlank, normalizeKey } from '../input/normalizeText';
import { parseDecimal } from '../input/parseDecimal';
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
  const q = parseDecimal(quantity, MSG.badQuantity);
  let perUnit = parseDecimal(f.gjPerUnit, MSG.badQuantity);
  if (!isBlank(unit)) {
    const key = normalizeKey(String(unit));
    const hit = Object.entries(f.units).find(([u]) => normalizeKey(u) === key);
    if (!hit) throw new IthojoError(MSG.unknownUnit(String(unit), Object.keys(f.units)));
    perUnit = mul(perUnit, parseDecimal(hit[1], MSG.badQuantity));
  }
  // an explicit factor is GJ per the unit the quantity is given in
  if (!isBlank(factor)) perUnit = parseDecimal(factor, MSG.badFactor);
  return toNumber(mul(mul(q, perUnit), frac(KL_PER_GJ.n, KL_PER_GJ.d)));
}
