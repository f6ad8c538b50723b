/**
 * 原油換算: kl = GJ × 0.0258, and the heat of each energy per unit
 * (../shared/rules/programs-2025.md §2.2; 省エネ法施行規則 別表第1, E7–E12).
 * Each factor can be overridden by the caller (OILKL's fourth argument).
 */
export const KL_PER_GJ = { n: 258, d: 10_000, source: 'programs-2025.md §2.2 (0.0258 kl/GJ)' } as const;

export interface EnergyFactor {
  readonly id: string;
  readonly label: string;
  readonly names: readonly string[];
  /** GJ per `unit` as an exact decimal text. */
  readonly gjPerUnit: string;
  readonly unit: string;
  /** Other units accepted, with how many `unit`s one of them is. */
  readonly units: Readonly<Record<string, string>>;
  readonly source: string;
}

export const ENERGY_FACTORS: readonly EnergyFactor[] = [
  {
    id: 'electricity', label: '電気', names: ['電気', '電力', 'electricity', 'kwh'], gjPerUnit: '0.00864', unit: 'kWh',
    units: { kWh: '1', MWh: '1000', 千kWh: '1000' },
    source: 'programs-2025.md §2.2 (全電源平均 8.64 GJ/MWh, 改正省エネ法 2023-04)',
  },
  {
    id: 'city-gas', label: '都市ガス', names: ['都市ガス', 'ガス', 'citygas', 'gas'], gjPerUnit: '0.045', unit: 'm3',
    units: { m3: '1', 'm³': '1', Nm3: '1', 千m3: '1000', '千m³': '1000' },
    source: 'programs-2025.md §2.2 (東京ガス 45 GJ/千m³N; 供給事業者の値で上書き可)',
  },
  { id: 'crude', label: '原油', names: ['原油', 'crude'], gjPerUnit: '38.2', unit: 'kl', units: { kl: '1', L: '0.001', l: '0.001' }, source: 'programs-2025.md §2.2 (38.2 GJ/kl)' },
  { id: 'kerosene', label: '灯油', names: ['灯油', 'kerosene'], gjPerUnit: '36.7', unit: 'kl', units: { kl: '1', L: '0.001', l: '0.001' }, source: 'programs-2025.md §2.2 (36.7 GJ/kl)' },
  { id: 'diesel', label: '軽油', names: ['軽油', 'diesel'], gjPerUnit: '37.7', unit: 'kl', units: { kl: '1', L: '0.001', l: '0.001' }, source: 'programs-2025.md §2.2 (37.7 GJ/kl)' },
  { id: 'a-heavy', label: 'A重油', names: ['A重油', 'a重油', 'heavyoila'], gjPerUnit: '39.1', unit: 'kl', units: { kl: '1', L: '0.001', l: '0.001' }, source: 'programs-2025.md §2.2 (39.1 GJ/kl)' },
  { id: 'bc-heavy', label: 'B・C重油', names: ['B・C重油', 'C重油', 'B重油', 'heavyoilc'], gjPerUnit: '41.9', unit: 'kl', units: { kl: '1', L: '0.001', l: '0.001' }, source: 'programs-2025.md §2.2 (41.9 GJ/kl)' },
  { id: 'lpg', label: 'LPG', names: ['LPG', '液化石油ガス', 'プロパン'], gjPerUnit: '50.8', unit: 't', units: { t: '1', kg: '0.001' }, source: 'programs-2025.md §2.2 (50.8 GJ/t)' },
  { id: 'lng', label: 'LNG', names: ['LNG', '液化天然ガス'], gjPerUnit: '54.6', unit: 't', units: { t: '1', kg: '0.001' }, source: 'programs-2025.md §2.2 (54.6 GJ/t)' },
  { id: 'natural-gas', label: 'その他天然ガス', names: ['その他天然ガス', '天然ガス', 'naturalgas'], gjPerUnit: '0.0435', unit: 'm3', units: { m3: '1', 千m3: '1000' }, source: 'programs-2025.md §2.2 (43.5 GJ/千m³)' },
];
