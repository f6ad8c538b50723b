/**
 * OILKL: 原油換算kl = quantity × GJ factor × 0.0258 (../shared/rules/programs-2025.md §2.2, examples
 * B1–B3). The factor is in the kind's table unit whatever unit the quantity is in (issue 8,
 * rules/README.md "原油換算"); an implausible factor is an error. Expected values are exact
 * decimals worked by hand (factor × 0.0258, then × the quantity in table units).
 */
import { DECLARATIONS, FUNCTIONS, OILKL } from '../../core';
import { normalizeKey } from '../../core/input/normalizeText';
import { ENERGY_KINDS } from '../../core/rules/energy/klFactors';
import { errorOf, expectGoodMessage } from './helpers';

/** id → [GJ per table unit (programs-2025.md §2.2), table unit, kl per table unit = factor × 0.0258]. */
const TABLE: Record<string, [string, string, number]> = {
  electricity: ['8.64', 'MWh', 0.222912],
  'city-gas': ['45', '千m3', 1.161],
  crude: ['38.2', 'kl', 0.98556],
  kerosene: ['36.7', 'kl', 0.94686],
  diesel: ['37.7', 'kl', 0.97266],
  'a-heavy': ['39.1', 'kl', 1.00878],
  'bc-heavy': ['41.9', 'kl', 1.08102],
  lpg: ['50.8', 't', 1.31064],
  lng: ['54.6', 't', 1.40868],
  'natural-gas': ['43.5', '千m3', 1.1223],
};

/** How many table units one unit is, by unit name (SI prefixes, 千 = 1,000). */
const SCALE: Record<string, number> = {
  kWh: 0.001, MWh: 1, 千kWh: 1, GWh: 1000,
  m3: 0.001, Nm3: 0.001, m3N: 0.001, 千m3: 1, 千Nm3: 1,
  kl: 1, L: 0.001, リットル: 0.001, キロリットル: 1,
  t: 1, トン: 1, kg: 0.001,
};

describe('programs-2025.md §2.2–2.3 examples', () => {
  test.each([
    ['B1: 13,460 kWh at 8.64 GJ/MWh', ['電気', 13_460, 'kWh'], 3.00039552],
    ['B1 with the default unit (kWh)', ['電気', 13_460], 3.00039552],
    ['B2: 100,000 kWh', ['電気', 100_000, 'kWh'], 22.2912],
    ['B2 with 9.76 GJ/MWh: the factor stays per MWh for a kWh quantity (issue 8)', ['電気', 100_000, 'kWh', 9.76], 25.1808],
    ['B2 in MWh', ['電気', 100, 'MWh', 9.76], 25.1808],
    ['B2 in 千kWh', ['電気', 100, '千kWh', '9.76'], 25.1808],
    ['B2 in GWh', ['電気', 0.1, 'GWh', 9.76], 25.1808],
    ['per MWh at 9.97 (昼間)', ['電気', 1, 'MWh', 9.97], 0.257226],
    ['per MWh at 9.28 (夜間)', ['電気', 1, 'MWh', 9.28], 0.239424],
    ['B3: city gas 10,000 m³N at 45 GJ/千m³', ['都市ガス', 10_000, 'm3'], 11.61],
    ['B3 in 千m3 with the factor given', ['都市ガス', 10, '千m3', 45], 11.61],
    ['B3 with ㎥ (NFKC)', ['都市ガス', '10,000', '㎥'], 11.61],
    ['a supplier\'s 45.0 for 10,000 m³ stays per 千m³', ['都市ガス', 10_000, 'm3', '45.0'], 11.61],
    ['灯油 1,000 L', ['灯油', 1000, 'L'], 0.94686],
    ['LPG 1,000 kg', ['LPG', 1000, 'kg'], 1.31064],
    ['quantity with 万', ['電気', '1.2万', 'kWh'], 2.674944],
  ])('%s', (_what, args, expected) => {
    expect(OILKL(...(args as [unknown, unknown, unknown?, unknown?]))).toBe(expected);
  });
});

describe('every kind, name and unit of core/rules/energy/klFactors.ts', () => {
  test('the table is the programs-2025.md §2.2 factors, each cited', () => {
    expect(Object.fromEntries(ENERGY_KINDS.map((k) => [k.id, [k.factor, k.factorUnit]]))).toEqual(
      Object.fromEntries(Object.entries(TABLE).map(([id, [f, u]]) => [id, [f, u]])),
    );
    for (const k of ENERGY_KINDS) expect(k.source).toContain('programs-2025.md §2.2');
  });

  test('each kind holds exactly the expected names (ガス and 天然ガス are ambiguous: not names)', () => {
    expect(Object.fromEntries(ENERGY_KINDS.map((k) => [k.id, k.names]))).toEqual({
      electricity: ['電気', '電力', '電力量', 'electricity', 'kwh'],
      'city-gas': ['都市ガス', 'citygas'],
      crude: ['原油', 'crude', 'crudeoil'],
      kerosene: ['灯油', 'kerosene'],
      diesel: ['軽油', 'diesel'],
      'a-heavy': ['A重油', 'heavyoila'],
      'bc-heavy': ['B・C重油', 'B重油', 'C重油', 'heavyoilc'],
      lpg: ['LPG', 'LPガス', '液化石油ガス', 'プロパン', 'プロパンガス'],
      lng: ['LNG', '液化天然ガス'],
      'natural-gas': ['その他天然ガス', 'naturalgas'],
    });
  });

  test('no name or unit is listed twice (a shadowed alias would convert with another factor)', () => {
    const names = ENERGY_KINDS.flatMap((k) => k.names.map(normalizeKey));
    expect(new Set(names).size).toBe(names.length);
    for (const k of ENERGY_KINDS) {
      const units = Object.keys(k.units).map(normalizeKey);
      expect(new Set(units).size).toBe(units.length);
      expect(Object.keys(k.units)).toContain(k.defaultUnit);
    }
  });

  const names = ENERGY_KINDS.flatMap((k) => k.names.map((n): [string, string] => [n, k.id]));
  test.each(names)('%s (%s): one table unit at the table factor', (name, id) => {
    const [factor, unit, perUnit] = TABLE[id];
    expect(OILKL(name, 1, unit)).toBe(perUnit);
    expect(OILKL(name, 1, unit, factor)).toBe(perUnit);
    expect(OILKL(name.toUpperCase(), 2, unit)).toBe(perUnit * 2);
  });

  const units = ENERGY_KINDS.flatMap((k) => Object.keys(k.units).map((u): [string, string, string] => [k.label, u, k.id]));
  test.each(units)('%s in %s', (label, unit, id) => {
    const [, , perUnit] = TABLE[id];
    expect(OILKL(label, 1000, unit)).toBeCloseTo(1000 * SCALE[unit] * perUnit, 12);
  });

  test.each(ENERGY_KINDS.map((k) => [k.label, k] as const))('%s: the table factor is plausible, a 1000× slip either way is not', (_label, k) => {
    const f = Number(k.factor);
    const [min, max] = [Number(k.plausible.min), Number(k.plausible.max)];
    expect(f).toBeGreaterThanOrEqual(min);
    expect(f).toBeLessThanOrEqual(max);
    for (const slip of [f / 1000, f * 1000]) {
      const message = errorOf(() => OILKL(k.label, 1, k.factorUnit, slip)).message;
      expect(message).toContain(`換算係数が${k.label}の値として不自然です`);
      expect(message).toContain(`GJ/${k.factorUnit}`);
      expectGoodMessage(message);
    }
    expect(OILKL(k.label, 1, k.factorUnit, k.plausible.min)).toBeCloseTo(min * 0.0258, 12);
    expect(OILKL(k.label, 1, k.factorUnit, k.plausible.max)).toBeCloseTo(max * 0.0258, 12);
  });
});

describe('errors name their argument', () => {
  test.each([
    [['電気', 100_000, 'kWh', 0.00976], '換算係数が電気の値として不自然です: 「0.00976」', 'GJ/MWh'], // GJ per kWh
    [['電気', 100_000, 'kWh', 9760], '換算係数が電気の値として不自然です', '3.6〜12'], // MJ per MWh
    [['電気', 1, 'kWh', 3.59], '換算係数が電気の値として不自然です', '3.6〜12'],
    [['電気', 1, 'kWh', 0], '換算係数が電気の値として不自然です', ''],
    [['都市ガス', 10_000, 'm3', 0.045], '換算係数が都市ガスの値として不自然です', 'GJ/千m3'], // GJ per m³
    [['灯油', 1000, 'L', 0.0367], '換算係数が灯油の値として不自然です', 'GJ/kl'],
    [['電気', 1, 'kWh', -9.76], '換算係数がマイナスです', ''],
    [['電気', 1, 'kWh', 'abc'], '換算係数を数値として読めません: 「abc」', ''],
    [['ウラン', 1], '不明なエネルギーの種類です: 「ウラン」', '電気、都市ガス'],
    [['ガス', 1], '不明なエネルギーの種類です: 「ガス」', 'LPG'], // 都市ガス or LPG? never guessed
    [['天然ガス', 1], '不明なエネルギーの種類です', 'その他天然ガス'], // 都市ガス, LNG or その他天然ガス
    [[1, 1], '不明なエネルギーの種類です: 「1」', ''],
    [['電気', 1, 'kW'], '電気の単位が不明です: 「kW」', 'kWh、MWh'], // power, not energy
    [['電気', 1, 'm3'], '電気の単位が不明です: 「m3」', ''],
    [['LPG', 1, 'm3'], 'LPGの単位が不明です', 't、トン、kg'],
    [['電気', -1], '使用量がマイナスです', ''],
    [['電気', 'abc'], '使用量を数値として読めません: 「abc」', ''],
    [['電気', ''], '使用量が空です', ''],
    [['電気', '100 200'], '使用量を数値として読めません', ''],
  ])('OILKL(%j)', (args, text, more) => {
    const message = errorOf(() => OILKL(...(args as [unknown, unknown, unknown?, unknown?]))).message;
    expect(message).toContain(text);
    expect(message).toContain(more);
    expectGoodMessage(message);
  });
});

describe('OILKL help (core/contract/declarations.ts)', () => {
  const decl = DECLARATIONS.find((d) => d.id === 'OILKL')!;
  const factor = decl.params.find((p) => p.name === 'factor')!;
  test('says the factor is in the table unit of each kind, whatever the quantity\'s unit', () => {
    expect(factor.ja).toContain('使用量の単位にかかわらず');
    expect(factor.en).toContain('whatever the quantity\'s unit');
    for (const k of ENERGY_KINDS) {
      expect(factor.ja).toContain(`GJ/${k.factorUnit}`);
      expect(factor.en).toContain(`GJ/${k.factorUnit}`);
    }
  });
  test('its example is issue 8\'s case: 100,000 kWh at 9.76 GJ/MWh = 25.1808 kl', () => {
    expect(decl.example.args).toEqual(['電気', 100000, 'kWh', 9.76]);
    expect(FUNCTIONS.OILKL(...decl.example.args)).toBe(25.1808);
  });
});
