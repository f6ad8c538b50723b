/**
 * ものづくり補助金 グローバル枠 (令和6年度補正, 19次・20次) and the 新規輸出1万者支援プログラム
 * that points to it: every number cites ../shared/rules/programs-2025.md §3 or the flyer.
 */
import { HALF, TWO_THIRDS } from '../../money/rate';
import { bi } from '../../errors/text';
import { flatRate } from '../tiers';
import type { CategoryRule, RuleTable } from '../types';

const CATEGORIES: readonly CategoryRule[] = [
  {
    id: 'expense', label: '補助対象経費',
    names: ['補助対象経費', '経費', '機械装置・システム構築費', '設備費', '技術導入費', '専門家経費', '運搬費', 'クラウドサービス利用費', '原材料費', '外注費', '知的財産権等関連経費', '海外旅費', '通訳・翻訳費', '広告宣伝・販売促進費', 'expense'],
    source: 'programs-2025.md §3; flyer (生産設備の導入からブランディング・プロモーションまで)',
  },
];

const wage = { option: 'wage' } as const;
const noMinwageSpecial = { not: { option: 'minwageSpecial' } } as const;
const uplift = (atLeast: number) => ({ all: [wage, noMinwageSpecial, { atLeast: ['employees', atLeast] as const }] });
const UPLIFT_SOURCE = 'programs-2025.md §3.1–3.2 (大幅賃上げ特例: 上限に達した場合のみ上乗せ)';

export const MONOZUKURI2025: RuleTable = {
  programId: 'mono',
  program: 'ものづくり補助金',
  programEn: 'Monozukuri Subsidy',
  programAliases: ['ものづくり・商業・サービス生産性向上促進補助金', 'ものづくり補助金グローバル枠'],
  fiscalYear: 2025,
  title: 'ものづくり補助金 (令和6年度補正 19次〜23次)',
  effective: { from: '2025-02-14', until: null, source: 'programs-2025.md §3 (19次 公募開始 2025-02-14)' },
  source: 'programs-2025.md §3 (令和6年度補正, 19次・20次); it2026.md §6.2 (21次〜23次: 上限・補助率は変わらず); updates-2026-12.md §U9 (新事業進出補助金)',
  checkedOn: '2026-12-07',
  schedule: [{
    frames: ['mono-global'],
    // 19次・20次 deadlines are not in the rule notes; 23次 is the last round (it2026.md §6.2)
    rounds: [
      { round: 21, deadline: '2025-10-24', source: 'it2026.md §6.2 (21次); updates-2026-12.md (変更なしを確認) [確認]', checkedOn: '2026-12-07' },
      { round: 22, deadline: '2026-01-30', source: 'it2026.md §6.2 (22次); updates-2026-12.md (変更なしを確認) [確認]', checkedOn: '2026-12-07' },
      { round: 23, deadline: '2026-05-08', source: 'it2026.md §6.2 (23次: 最終回); updates-2026-12.md (変更なしを確認) [確認]', checkedOn: '2026-12-07' },
    ],
  }],
  categories: CATEGORIES,
  costCaps: [],
  frames: [
    {
      id: 'mono-global', name: 'グローバル枠', nameEn: 'Global frame', aliases: ['ものづくり補助金グローバル枠', 'ものづくりグローバル枠', 'global'],
      source: 'programs-2025.md §3.1–3.2; flyer (上限3,000万円, 1/2, 小規模 2/3)', sizes: ['small', 'sme'],
      options: ['wage', 'minwageSpecial', 'employees'], plainCategory: 'expense',
      floor: [{ value: 1_000_000, source: 'programs-2025.md §3.1 (下限100万円)' }],
      buckets: [{
        id: 'main', label: '補助対象経費', categories: ['expense'],
        tiers: [
          { when: { option: 'minwageSpecial' }, value: flatRate(TWO_THIRDS), source: 'programs-2025.md §3.1–3.2 (最低賃金引上げ特例 2/3)', note: bi('最低賃金引上げ特例', 'the minimum-wage special case') },
          { when: { size: ['small'] }, value: flatRate(TWO_THIRDS), source: 'programs-2025.md §3.1 (小規模 2/3); flyer' },
          { value: flatRate(HALF), source: 'programs-2025.md §3.1 (1/2); flyer' },
        ],
        // the uplift only matters once the base cap is reached: min(raw, uplifted) = raw below it
        cap: [
          { when: uplift(21), value: 40_000_000, source: UPLIFT_SOURCE, note: bi('大幅賃上げ特例 (21人以上)', 'the wage-uplift special case (21 or more employees)') },
          { when: uplift(6), value: 32_500_000, source: UPLIFT_SOURCE, note: bi('大幅賃上げ特例 (6〜20人)', 'the wage-uplift special case (6 to 20 employees)') },
          {
            when: { all: [wage, noMinwageSpecial] }, value: 31_000_000, source: UPLIFT_SOURCE,
            note: bi('大幅賃上げ特例 (5人以下、又は 従業員 未指定)', 'the wage-uplift special case (5 or fewer employees, or employees not given)'),
          },
          { value: 30_000_000, source: 'programs-2025.md §3.1 (3,000万円); flyer' },
        ],
      }],
    },
  ],
  listings: [
    {
      name: '新規輸出1万者支援プログラム', id: 'export-10000',
      description: '専門家による伴走型支援 (ジェトロ): 輸出向け商品の開発・ブランディング、EC販路開拓 (JAPAN MALL)、輸出商社とのマッチング。補助金額はなく、設備・販促費は「グローバル枠」で計算 (No amount of its own: use グローバル枠)',
      status: '補助金額なし。2026-06-29以降の補助メニューは新事業進出・ものづくり補助金 (No amount; from 2026-06-29 its subsidy menu points at 新事業進出・ものづくり)',
      source: 'flyer (新規輸出1万者支援プログラム); programs-2025.md §3; it2026.md §6.2',
    },
    {
      name: '新事業進出・ものづくり商業サービス補助金 グローバル枠', id: 'shinjigyo-global',
      description: '第1回 公募要領 2026-06-29、締切 2026-10-30 18:00。補助率2/3、下限750万円、上限は従業員数により2,500万〜7,000万円 (予定表) (Round 1: deadline 2026-10-30; caps by employees from a planned table)',
      status: '上限額が未確定 (予定表のみ) のため計算は未収録 (Figures unconfirmed: not encoded)',
      source: 'it2026.md §6.2 [UNCERTAIN]',
      roundNaming: '第N回',
      rounds: [{ round: 1, deadline: '2026-10-30', source: 'it2026.md §6.2 (第1回 締切 2026-10-30 18:00); updates-2026-12.md (変更なしを確認) [確認]', checkedOn: '2026-12-07' }],
    },
    {
      name: '中小企業新事業進出補助金', id: 'shinjigyo-standalone',
      description: '統合前の単独の補助金。第3回 締切 2026-03-26 18:00、第4回 締切 2026-06-19 18:00 (The standalone subsidy before the merger: round 3 closed 2026-03-26, round 4 on 2026-06-19)',
      status: '一覧のみ: 計算は未収録。統合後は新事業進出・ものづくり商業サービス補助金 (Listed only: not computed; after the merger see 新事業進出・ものづくり商業サービス補助金)',
      source: 'updates-2026-12.md §U9 [確認]',
      roundNaming: '第N回',
      rounds: [
        { round: 3, deadline: '2026-03-26', source: 'updates-2026-12.md §U9 (第3回 締切 2026-03-26 18:00) [確認]', checkedOn: '2026-12-07' },
        { round: 4, deadline: '2026-06-19', source: 'updates-2026-12.md §U9 (第4回 締切 2026-06-19 18:00) [確認]', checkedOn: '2026-12-07' },
      ],
    },
  ],
};
