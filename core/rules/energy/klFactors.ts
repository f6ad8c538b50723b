/**
 * 原油換算: kl = Σ quantity × heat factor × 0.0258 kl/GJ (../shared/rules/programs-2025.md §2.2;
 * 省エネ法施行規則 別表第1, E7–E12).
 *
 * Each kind's factor is in GJ per its table unit (電気 GJ/MWh, ガス GJ/千m³, 油 GJ/kl, LPG・LNG GJ/t),
 * the unit the documents quote it in. OILKL's fourth argument replaces the factor in the same
 * unit, whatever unit the quantity is in (rules/README.md "原油換算"); `plausible` bounds it, so a
 * factor typed per kWh or per m³ (1000× off) is an error, not kl.
 */
export const KL_PER_GJ = { n: 258, d: 10_000, source: 'programs-2025.md §2.2 (0.0258 kl/GJ)' } as const;

export interface EnergyKind {
  readonly id: string;
  readonly label: string;
  /** Whole names a user may type (compared after normalizeKey). */
  readonly names: readonly string[];
  /** GJ per `factorUnit`, exact decimal text. */
  readonly factor: string;
  readonly factorUnit: string;
  /** Units the quantity may be in, with how many factor units one of them is (exact decimal text). */
  readonly units: Readonly<Record<string, string>>;
  /** The quantity's unit when the unit argument is blank. */
  readonly defaultUnit: string;
  /** A replacement factor outside [min, max] (in GJ per factorUnit) is refused. */
  readonly plausible: { readonly min: string; readonly max: string };
  readonly source: string;
}

/**
 * Plausible factor ranges [OWN RULING, rules/README.md "原油換算"]: wide enough for every factor
 * the sources quote and a supplier's own heat value, while a 1000× slip lands far outside.
 * 電気: 3.6 GJ/MWh is the heat of the electricity itself (1 kWh = 3.6 MJ), no factor is lower;
 * the sources' factors are 8.64–9.97. 都市ガス・天然ガス: 43.5–45 GJ/千m³ quoted; town gases run from
 * about 20 (older grades) to 50. 油: 36.7–41.9 GJ/kl quoted. LPG・LNG: 50.8 and 54.6 GJ/t quoted.
 */
const ELECTRICITY = { min: '3.6', max: '12' };
const GAS = { min: '20', max: '60' };
const OIL = { min: '30', max: '50' };
const LIQUEFIED_GAS = { min: '40', max: '65' };

const PER_KL = { kl: '1', L: '0.001', リットル: '0.001', キロリットル: '1' };
const PER_T = { t: '1', トン: '1', kg: '0.001' };
const PER_THOUSAND_M3 = { m3: '0.001', Nm3: '0.001', m3N: '0.001', 千m3: '1', 千Nm3: '1' };

export const ENERGY_KINDS: readonly EnergyKind[] = [
  {
    id: 'electricity', label: '電気', names: ['電気', '電力', '電力量', 'electricity', 'kwh'],
    factor: '8.64', factorUnit: 'MWh', units: { kWh: '0.001', MWh: '1', 千kWh: '1', GWh: '1000' }, defaultUnit: 'kWh',
    plausible: ELECTRICITY,
    source: 'programs-2025.md §2.2 (全電源平均 8.64 GJ/MWh, 改正省エネ法 2023-04; 旧 火力平均 9.76, 昼間 9.97, 夜間 9.28)',
  },
  {
    id: 'city-gas', label: '都市ガス', names: ['都市ガス', 'citygas'],
    factor: '45', factorUnit: '千m3', units: PER_THOUSAND_M3, defaultUnit: 'm3', plausible: GAS,
    source: 'programs-2025.md §2.2 (東京ガス 45 GJ/千m³N, E7; 供給事業者の値で上書き可)',
  },
  { id: 'crude', label: '原油', names: ['原油', 'crude', 'crudeoil'], factor: '38.2', factorUnit: 'kl', units: PER_KL, defaultUnit: 'kl', plausible: OIL, source: 'programs-2025.md §2.2 (38.2 GJ/kl, E12)' },
  { id: 'kerosene', label: '灯油', names: ['灯油', 'kerosene'], factor: '36.7', factorUnit: 'kl', units: PER_KL, defaultUnit: 'kl', plausible: OIL, source: 'programs-2025.md §2.2 (36.7 GJ/kl, E12)' },
  { id: 'diesel', label: '軽油', names: ['軽油', 'diesel'], factor: '37.7', factorUnit: 'kl', units: PER_KL, defaultUnit: 'kl', plausible: OIL, source: 'programs-2025.md §2.2 (37.7 GJ/kl, E12)' },
  { id: 'a-heavy', label: 'A重油', names: ['A重油', 'heavyoila'], factor: '39.1', factorUnit: 'kl', units: PER_KL, defaultUnit: 'kl', plausible: OIL, source: 'programs-2025.md §2.2 (39.1 GJ/kl, E12)' },
  { id: 'bc-heavy', label: 'B・C重油', names: ['B・C重油', 'B重油', 'C重油', 'heavyoilc'], factor: '41.9', factorUnit: 'kl', units: PER_KL, defaultUnit: 'kl', plausible: OIL, source: 'programs-2025.md §2.2 (41.9 GJ/kl, E12)' },
  {
    id: 'lpg', label: 'LPG', names: ['LPG', 'LPガス', '液化石油ガス', 'プロパン', 'プロパンガス'],
    factor: '50.8', factorUnit: 't', units: PER_T, defaultUnit: 't', plausible: LIQUEFIED_GAS, source: 'programs-2025.md §2.2 (50.8 GJ/t, E12)',
  },
  {
    id: 'lng', label: 'LNG', names: ['LNG', '液化天然ガス'],
    factor: '54.6', factorUnit: 't', units: PER_T, defaultUnit: 't', plausible: LIQUEFIED_GAS, source: 'programs-2025.md §2.2 (54.6 GJ/t, E12)',
  },
  {
    id: 'natural-gas', label: 'その他天然ガス', names: ['その他天然ガス', 'naturalgas'],
    factor: '43.5', factorUnit: '千m3', units: PER_THOUSAND_M3, defaultUnit: 'm3', plausible: GAS, source: 'programs-2025.md §2.2 (43.5 GJ/千m³, E12)',
  },
];
