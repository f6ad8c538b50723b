/**
 * 省エネ補助金 (令和6年度補正, SII; (Ⅰ)〜(Ⅳ)): every number cites ../shared/rules/programs-2025.md
 * §2 or the program flyer (../shared/rules/000_ad8da3ff977776d7.txt, "flyer").
 */
import { HALF, THIRD, TWO_THIRDS } from '../../money/rate';
import { bi } from '../../errors/text';
import { flatRate } from '../tiers';
import type { CategoryRule, Choice, RuleTable, TierSet } from '../types';

const CATEGORIES: readonly CategoryRule[] = [
  {
    id: 'expense', label: '補助対象経費', names: ['補助対象経費', '経費', '設計費', '設備費', '工事費', 'expense'],
    source: 'programs-2025.md §2.1 (設計費・設備費・工事費)',
  },
];

const large = { size: ['large'] } as const;

const ADVANCED = bi('先進枠', 'advanced frame');

const factoryTiers: Choice<TierSet> = [
  { when: { all: [{ option: 'advanced' }, large] }, value: flatRate(HALF), source: 'programs-2025.md §2.1 (先進枠 大 1/2)', note: ADVANCED },
  { when: { option: 'advanced' }, value: flatRate(TWO_THIRDS), source: 'programs-2025.md §2.1 (先進枠 中小 2/3)', note: ADVANCED },
  { when: { option: 'smeInvest' }, value: flatRate(HALF), source: 'programs-2025.md §2.1 (中小企業投資促進枠 1/2)', note: bi('中小企業投資促進枠', 'SME investment frame') },
  { when: large, value: flatRate(THIRD), source: 'programs-2025.md §2.1 (一般枠 大 1/3); flyer (Ⅰ)', note: bi('一般枠', 'general frame') },
  { value: flatRate(HALF), source: 'programs-2025.md §2.1 (一般枠 中小 1/2); flyer (Ⅰ)', note: bi('一般枠 (既定)', 'general frame (the default)') },
];

export const ENERGY2025: RuleTable = {
  programId: 'energy',
  program: '省エネ補助金',
  programEn: 'Energy Saving Subsidy',
  programAliases: ['省エネ・非化石転換補助金', '省エネルギー投資促進支援事業', 'SII'],
  fiscalYear: 2025,
  title: '省エネ補助金 (令和6年度補正)',
  effective: {
    from: '2025-03-31', until: '2026-03-29',
    source: 'programs-2025.md §2 (1次 受付 2025-03-31); updates-2026-12.md §U5 (令和7年度補正 1次 受付 2026-03-30頃) [VENDOR]',
  },
  source: 'programs-2025.md §2 (令和6年度補正; SII)',
  checkedOn: '2026-12-07',
  schedule: [{
    frames: ['energy-factory', 'energy-electrification', 'energy-equipment', 'energy-ems'],
    // 2次・3次 were announced only as "early June" / "late September (planned)": no date on record
    rounds: [{ round: 1, deadline: '2025-04-28', source: 'programs-2025.md §2 (1次 03-31〜04-28) [確認 E1, E5]', checkedOn: '2026-12-07' }],
  }],
  categories: CATEGORIES,
  costCaps: [],
  frames: [
    {
      id: 'energy-factory', name: '工場・事業場型', nameEn: '(I) Factory and site', aliases: ['(Ⅰ)工場・事業場型', 'Ⅰ型', '工場事業場型', 'factory'],
      source: 'programs-2025.md §2.1 (Ⅰ); flyer (Ⅰ)', sizes: ['small', 'sme', 'large'],
      options: ['advanced', 'general', 'smeInvest', 'nonFossil'], plainCategory: 'expense',
      exclusions: [{
        when: { all: [{ option: 'smeInvest' }, large] }, reason: bi('中小企業投資促進枠は中小企業のみです', 'The SME investment frame is for SMEs only'),
        source: 'programs-2025.md §2.1 (中小企業のみ)',
      }],
      floor: [{ value: 1_000_000, source: 'programs-2025.md §2.1 (下限100万円 [記憶])' }],
      buckets: [{
        id: 'main', label: '設計費・設備費・工事費', categories: ['expense'], tiers: factoryTiers,
        cap: [
          { when: { option: 'nonFossil' }, value: 2_000_000_000, source: 'programs-2025.md §2.1 (非化石 20億円/年度)', note: bi('非化石転換', 'non-fossil conversion') },
          { value: 1_500_000_000, source: 'programs-2025.md §2.1 (単年度 15億円); flyer (Ⅰ)' },
        ],
      }],
    },
    {
      id: 'energy-electrification', name: '電化・脱炭素燃転型', nameEn: '(II) Electrification and fuel switch', aliases: ['(Ⅱ)電化・脱炭素燃転型', 'Ⅱ型', '電化脱炭素燃転型', 'electrification'],
      source: 'programs-2025.md §2.1 (Ⅱ); flyer (Ⅱ: 補助率1/2, 上限3億円 等)', sizes: ['small', 'sme', 'large'],
      options: ['electrify'], plainCategory: 'expense',
      // a cited source beats memory (the 100万円 here was from memory): 30万円, one source
      floor: [{ value: 300_000, source: 'updates-2026-12.md §U6 (下限30万円/年度: 令和5年度補正版の資料; 同じ資料で(Ⅰ)は100万円) [VENDOR]' }],
      buckets: [{
        id: 'main', label: '設備費・工事費', categories: ['expense'],
        tiers: [{ value: flatRate(HALF), source: 'flyer (Ⅱ) 補助率1/2; programs-2025.md §2.1' }],
        cap: [
          { when: { option: 'electrify' }, value: 500_000_000, source: 'programs-2025.md §2.1 (電化 5億円)', note: bi('電化', 'electrification') },
          { value: 300_000_000, source: 'programs-2025.md §2.1 (3億円); flyer (Ⅱ)' },
        ],
      }],
    },
    {
      id: 'energy-equipment', name: '設備単位型', nameEn: '(III) Designated equipment', aliases: ['(Ⅲ)設備単位型', 'Ⅲ型', '設備単体型', 'equipment'],
      source: 'programs-2025.md §2.1 (Ⅲ); flyer (Ⅲ: 1/3, 上限1億円, 省エネ要件)', sizes: ['small', 'sme', 'large'],
      options: ['savingRate', 'savingKl'], plainCategory: 'expense',
      floor: [{ value: 300_000, source: 'programs-2025.md §2.1 (下限30万円)' }],
      requirements: [{
        label: bi(
          '省エネ要件 (省エネ率10%以上・省エネ量1kl以上・経費1,000万円当たり1kl以上のいずれか)',
          'the energy-saving requirement (a saving rate of 10% or more, 1 kl a year or more, or 1 kl a year per 10,000,000 yen of cost)',
        ),
        anyOf: [
          { option: 'savingRate', atLeast: 10 },
          { option: 'savingKl', atLeast: 1 },
          { option: 'savingKl', atLeast: 1, perCost: 10_000_000 },
        ],
        source: 'flyer (Ⅲ) 省エネ要件 ①〜③; programs-2025.md §2.1',
      }],
      buckets: [{
        id: 'main', label: '設備費', categories: ['expense'],
        tiers: [{ value: flatRate(THIRD), source: 'flyer (Ⅲ) 補助率1/3' }],
        cap: [{ value: 100_000_000, source: 'flyer (Ⅲ) 上限1億円' }],
      }],
    },
    {
      id: 'energy-ems', name: 'エネルギー需要最適化型', nameEn: '(IV) Energy management systems', aliases: ['(Ⅳ)エネルギー需要最適化型', 'EMS型', 'Ⅳ型', 'EMS', 'ems'],
      source: 'programs-2025.md §2.1 (Ⅳ); flyer (Ⅳ: 大企業1/3・中小企業1/2, 上限1億円, 下限30万円)', sizes: ['small', 'sme', 'large'],
      options: [], plainCategory: 'expense',
      floor: [{ value: 300_000, source: 'flyer (Ⅳ) 下限30万円 (100万円から引き下げ)' }],
      buckets: [{
        id: 'main', label: '設計費・工事費・設備費', categories: ['expense'],
        tiers: [
          { when: large, value: flatRate(THIRD), source: 'flyer (Ⅳ) 大企業 1/3' },
          { value: flatRate(HALF), source: 'flyer (Ⅳ) 中小企業 1/2' },
        ],
        cap: [{ value: 100_000_000, source: 'flyer (Ⅳ) 上限1億円' }],
      }],
    },
  ],
};
