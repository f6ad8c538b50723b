/**
 * デジタル化・AI導入補助金2026 (令和7年度補正; the renamed successor of IT導入補助金): the five 枠
 * of ../shared/rules/it2026.md. Where it2026.md says "as 2025", the definition is the one in
 * common.ts (citing it2025.md); what 2026 changes is written here, citing it2026.md.
 */
import { bi } from '../../errors/text';
import type { Caution, FrameRule, RoundList, RuleTable } from '../types';
import { CATEGORIES, COST_CAPS, LOWER_BAND_CAP, NORMAL_TIERS, SOFTWARE_AND_SERVICES, UPPER_BAND_WAGE, WITH_SOFTWARE, upperBandSmall } from './common';
import { IT2025 } from './2025';

/** A 2025 frame, for the frames 2026 keeps as they were. */
function frame2025(id: string): FrameRule {
  const f = IT2025.frames.find((x) => x.id === id);
  if (!f) throw new Error(`IT2025 has no frame ${id}`);
  return f;
}

/** 1〜5次 (and 複数者連携 1〜2次) were found unchanged by the check of 2026-12-07. */
const SCHEDULE_SOURCE = 'it2026.md §4; updates-2026-12.md (1〜5次・複数者連携 1〜2次は変更なしを確認) [確認]';

const SCHEDULE: readonly RoundList[] = [
  {
    // it2026.md §4: 通常枠・インボイス枠 (both 類型)・セキュリティ; 電子取引 on the same page, not confirmed separately
    frames: ['it-normal', 'it-invoice', 'it-etrade', 'it-security'],
    rounds: [
      { round: 1, deadline: '2026-05-12', decision: '2026-06-18', report: '2026-12-25', source: SCHEDULE_SOURCE, checkedOn: '2026-12-07' },
      { round: 2, deadline: '2026-06-15', decision: '2026-07-23', report: '2027-01-29', source: SCHEDULE_SOURCE, checkedOn: '2026-12-07' },
      { round: 3, deadline: '2026-07-21', decision: '2026-09-02', report: '2027-02-26', source: SCHEDULE_SOURCE, checkedOn: '2026-12-07' },
      { round: 4, deadline: '2026-08-25', decision: '2026-10-07', report: '2027-03-31', source: SCHEDULE_SOURCE, checkedOn: '2026-12-07' },
      { round: 5, deadline: '2026-09-29', decision: '2026-11-09', report: '2027-04-30', source: SCHEDULE_SOURCE, checkedOn: '2026-12-07' },
      // second-hand only: DEADLINE's table and CHECK say 要確認 for it; 交付決定日 not published; 7次〜 未定
      { round: 6, deadline: '2026-10-30', source: 'updates-2026-12.md §U4 (6次 締切 2026-10-30 17:00; 交付決定日は未発表) [VENDOR]', checkedOn: '2026-12-07' },
    ],
  },
  {
    frames: ['it-multi'],
    rounds: [
      { round: 1, deadline: '2026-06-15', decision: '2026-07-23', source: SCHEDULE_SOURCE, checkedOn: '2026-12-07' },
      { round: 2, deadline: '2026-08-25', decision: '2026-10-07', source: SCHEDULE_SOURCE, checkedOn: '2026-12-07' },
    ],
  },
];

/**
 * updates-2026-12.md U8: 電子取引類型 carries the 過去交付 duty too (non-SMEs +3 points), with a
 * 労働生産性 target of 4% a year; from the 電子取引 交付規程 second-hand, so CHECK says 要確認.
 */
const REPEAT_APPLICANT_ETRADE: Caution = {
  when: { option: 'repeat' },
  text: bi(
    '過去交付: IT導入補助金2022〜2025で交付決定を受けた事業者は、電子取引類型でも1人当たり給与支給総額の年平均成長率を物価安定の目標+1.5%以上 (中小企業・小規模事業者等以外は+3%以上) とする計画と、労働生産性 年平均4%以上の目標が必要です。未達・未報告は補助金の全部又は一部の返還',
    'Repeat applicants to the e-transactions type too: per-capita pay growth of the price target +1.5 points (+3 for non-SMEs) and labour productivity +4% a year; missing them means repaying part or all',
  ),
  source: 'updates-2026-12.md §U8 (電子取引 交付規程); it2026.md §2.4 [VENDOR]',
};

/** it2026.md §2.4: a 2022–2025 grantee applying to 通常枠 or インボイス枠 must plan +1.5 points, or repay. */
const REPEAT_APPLICANT: Caution = {
  when: { option: 'repeat' },
  text: bi('過去交付: IT導入補助金2022〜2025で交付決定を受けた事業者は、1人当たり給与支給総額の年平均成長率を物価安定の目標+1.5%以上とする3年間の計画の表明と効果報告が必要です。未達・未報告は補助金の全部又は一部の返還', 'Repeat applicants must plan per-capita pay growth of the price target +1.5 points; missing it means repaying part or all'),
  source: 'it2026.md §2.4 (事務局 news/40013)',
};

const UPPER_BAND_SOURCE = 'it2026.md §2.1 (交付規程 別表: 150万〜450万円以下), §2.3 (賃上げ要件)';

export const IT2026: RuleTable = {
  programId: 'it',
  program: 'デジタル化・AI導入補助金',
  programEn: 'Digitalisation and AI Adoption Subsidy',
  programAliases: ['デジタル化・AI導入補助金2026', 'AI導入補助金', 'IT導入補助金', '中小企業デジタル化・AI導入支援事業'],
  fiscalYear: 2026,
  title: 'デジタル化・AI導入補助金2026',
  effective: { from: '2026-01-16', until: null, source: 'it2026.md §1 (交付規程 2026-01-16 施行)' },
  source: 'it2026.md (交付規程 2026, 公募要領 2026-08-28改訂); updates-2026-12.md (U4 6次, U8 電子取引の過去交付)',
  checkedOn: '2026-12-07',
  schedule: SCHEDULE,
  categories: CATEGORIES,
  costCaps: COST_CAPS,
  frames: [
    {
      id: 'it-normal', name: '通常枠', nameEn: 'Normal frame', aliases: ['通常', 'normal'],
      source: 'it2026.md §2 / 交付規程(通常枠) 別表',
      sizes: ['small', 'sme'], options: ['processes', 'wage', 'minwage', 'repeat'], plainCategory: 'software',
      floor: [{ value: 50_000, source: 'it2026.md §2.1 (5万円～; 2025年と同じ)' }],
      cautions: [REPEAT_APPLICANT],
      buckets: [{
        id: 'tool', label: 'ITツール', categories: SOFTWARE_AND_SERVICES, requires: WITH_SOFTWARE, tiers: NORMAL_TIERS,
        cap: [
          upperBandSmall(UPPER_BAND_SOURCE),
          {
            when: { all: [UPPER_BAND_WAGE, { option: 'repeat' }] }, value: 4_500_000, source: `${UPPER_BAND_SOURCE}, §2.4`,
            note: bi(
              '4プロセス以上・賃上げ (過去交付のため厳しい方): 1人当たり給与支給総額 年平均+物価安定の目標+1.5%以上、事業場内最低賃金 地域別+30円以上。未達なら補助金の返還を求められます',
              '4 or more processes with the wage raise (the stricter rule of a repeat applicant): pay per head +1.5 points over the price target a year or more, in-house minimum wage at the regional one +30 yen or more; missing them means repaying the subsidy',
            ),
          },
          {
            when: UPPER_BAND_WAGE, value: 4_500_000, source: UPPER_BAND_SOURCE,
            note: bi(
              '4プロセス以上・賃上げ: 1人当たり給与支給総額 年平均+3.0% (物価安定の目標+1.0%) 以上、事業場内最低賃金 地域別+30円以上、従業員への表明。未達なら補助金の返還を求められます (要確認)',
              '4 or more processes with the wage raise: pay per head +3.0% a year (the price target +1.0 point) or more, in-house minimum wage at the regional one +30 yen or more, announced to employees; missing them means repaying the subsidy (to be confirmed)',
            ),
          },
          LOWER_BAND_CAP,
        ],
      }],
    },
    // as 2025 (it2026.md §3), the 2025 definitions with this year's citation; 過去交付 warns in インボイス
    {
      ...frame2025('it-invoice'), source: 'it2026.md §3 (2025年と同じ: it2025.md §3)',
      options: [...frame2025('it-invoice').options, 'repeat'], cautions: [REPEAT_APPLICANT],
    },
    {
      ...frame2025('it-etrade'), source: 'it2026.md §3 (2025年と同じ: it2025.md §4)',
      options: [...frame2025('it-etrade').options, 'repeat'], cautions: [REPEAT_APPLICANT_ETRADE],
    },
    { ...frame2025('it-security'), source: 'it2026.md §3 (交付規程: 1/2以内、小規模事業者 2/3以内)' },
    {
      ...frame2025('it-multi'), name: '複数者連携デジタル化・AI導入枠', nameEn: 'Multi-company digitalisation and AI frame',
      aliases: ['複数者連携', '複数者連携枠', '複数社連携IT導入枠', '複数社連携', 'multi', 'consortium'],
      source: 'it2026.md §3 (公募要領(複数者連携): 2025年と同じ, it2025.md §6)',
    },
  ],
};
