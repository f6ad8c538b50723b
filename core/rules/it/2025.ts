/**
 * IT導入補助金2025 (令和6年度補正 サービス等生産性向上IT導入支援事業): every number of the five
 * 枠/類型, each citing ../shared/rules/it2025.md (which cites the 公募要領 and 交付規程 in
 * ../shared/rules/official/). Definitions that 2026 keeps live in common.ts.
 */
import { TWO_THIRDS, rate } from '../../money/rate';
import type { GroupRule, RoundList, RuleTable } from '../types';
import {
  CATEGORIES, COST_CAPS, ETRADE_BUCKETS, INVOICE_BUCKETS, LOWER_BAND_CAP, NORMAL_TIERS, SECURITY_BUCKETS, SOFTWARE_AND_SERVICES,
  UPPER_BAND_WAGE, WITH_SOFTWARE, upperBandSmall,
} from './common';
import { bi } from '../../errors/text';

/** 複数社連携: (a) per member as インボイス対応類型, (b) and (c) with group caps. */
const GROUP_RULE: GroupRule = {
  memberFrame: 'it-invoice', minMembers: 10, memberSizes: ['small', 'sme'],
  analysisRate: TWO_THIRDS, analysisCapPerMember: 500_000, baseAndAnalysisCap: 30_000_000,
  otherRate: TWO_THIRDS, otherShare: rate(1, 15), otherCap: 2_000_000,
  source: 'it2025.md §6.2–6.4 ((a)+(b) ≤ 3,000万円; (b) 50万円×導入構成員; (c) ≤ min(((a)+(b))×10%×2/3, 200万円)); 構成員は中小企業・小規模事業者等: 公募要領(複数社連携) 2-2-1(3)(ア), (5)(ア)',
};

const SCHEDULE: readonly RoundList[] = [
  {
    frames: ['it-normal', 'it-invoice', 'it-security'],
    rounds: [
      { round: 1, deadline: '2025-05-12', decision: '2025-06-18', source: 'it2025.md §8 (hojyokin-concierge) [VENDOR]', checkedOn: '2026-12-07' },
      { round: 2, deadline: '2025-06-16', decision: '2025-07-24', source: 'it2025.md §8 [VENDOR]', checkedOn: '2026-12-07' },
      { round: 3, deadline: '2025-07-18', decision: '2025-09-02', source: 'it2025.md §8 (1社の資料のみ) [要確認]', checkedOn: '2026-12-07' },
      { round: 4, deadline: '2025-08-20', decision: '2025-09-30', source: 'it2025.md §8 (8/25 の報告もあり) [要確認]', checkedOn: '2026-12-07' },
      { round: 5, deadline: '2025-09-22', decision: '2025-10-31', source: 'it2025.md §8 [VENDOR]', checkedOn: '2026-12-07' },
      { round: 6, deadline: '2025-10-31', decision: '2025-12-11', source: 'it2025.md §8 [VENDOR]', checkedOn: '2026-12-07' },
      { round: 7, deadline: '2025-12-02', decision: '2026-01-20', source: 'it2025.md §8 [VENDOR]', checkedOn: '2026-12-07' },
    ],
  },
  { frames: ['it-multi'], rounds: [{ round: 1, deadline: '2025-06-16', source: 'it2025.md §8 (チラシ: 複数社連携 1次 予定) [OFFICIAL: チラシ]', checkedOn: '2026-12-07' }] },
];

export const IT2025: RuleTable = {
  programId: 'it',
  program: 'IT導入補助金',
  programEn: 'IT Introduction Subsidy',
  programAliases: ['IT導入補助金2025', 'サービス等生産性向上IT導入支援事業'],
  fiscalYear: 2025,
  title: 'IT導入補助金2025',
  effective: { from: '2025-03-18', until: '2026-01-15', source: 'it2025.md §8 (交付規程 2025-03-18 施行); it2026.md §1 (2026 交付規程 2026-01-16 施行)' },
  source: 'it2025.md (公募要領 2025-03-24版, 交付規程 令和7年3月18日施行)',
  checkedOn: '2026-12-07',
  schedule: SCHEDULE,
  categories: CATEGORIES,
  costCaps: COST_CAPS,
  frames: [
    {
      id: 'it-normal', name: '通常枠', nameEn: 'Normal frame', aliases: ['通常', 'normal'],
      source: 'it2025.md §2.1 / 公募要領(通常枠) §2-3, 交付規程 別表',
      sizes: ['small', 'sme'], options: ['processes', 'wage', 'minwage'], plainCategory: 'software',
      floor: [{ value: 50_000, source: 'it2025.md §2.1 (下限5万円)' }],
      buckets: [{
        id: 'tool', label: 'ITツール', categories: SOFTWARE_AND_SERVICES, requires: WITH_SOFTWARE, tiers: NORMAL_TIERS,
        cap: [
          upperBandSmall('it2025.md §2.1 (150万〜450万円: 4プロセス以上・賃上げ計画; 小規模事業者は免除)'),
          {
            when: UPPER_BAND_WAGE, value: 4_500_000, source: 'it2025.md §2.1 (150万〜450万円: 4プロセス以上・賃上げ計画; 小規模事業者は免除)',
            note: bi(
              '4プロセス以上・賃上げ: 給与支給総額 年平均+1.5%以上、事業場内最低賃金 地域別+30円以上。未達なら補助金の返還を求められます',
              '4 or more processes with the wage raise: total pay +1.5% a year or more, in-house minimum wage at the regional one +30 yen or more; missing them means repaying the subsidy',
            ),
          },
          LOWER_BAND_CAP,
        ],
      }],
    },
    {
      id: 'it-invoice', name: 'インボイス対応類型', nameEn: 'Invoice support type',
      aliases: ['インボイス枠', 'インボイス', 'インボイス枠(インボイス対応類型)', 'invoice'],
      source: 'it2025.md §3 / 公募要領(インボイス対応類型) §2-3 【補足１】【補足２】',
      sizes: ['small', 'sme'], options: ['functions', 'method'], plainCategory: 'software',
      floor: [{ value: 0, source: 'it2025.md §3.1 (下限なし)' }],
      buckets: INVOICE_BUCKETS,
    },
    {
      id: 'it-etrade', name: '電子取引類型', nameEn: 'E-commerce transactions type',
      aliases: ['電子取引', 'インボイス枠(電子取引類型)', 'etrade', 'e-trade'],
      source: 'it2025.md §4 / 公募要領(電子取引類型) 【補足1】',
      sizes: ['small', 'sme', 'large'], options: ['accounts'], requiredOptions: ['accounts'], plainCategory: 'cloud',
      floor: [{ value: 0, source: 'it2025.md §4 (下限なし)' }],
      buckets: ETRADE_BUCKETS,
    },
    {
      id: 'it-security', name: 'セキュリティ対策推進枠', nameEn: 'Security measures frame',
      aliases: ['セキュリティ枠', 'セキュリティ', 'security'],
      source: 'it2025.md §5 / 公募要領(セキュリティ対策推進枠) 2025-06-03版',
      sizes: ['small', 'sme'], options: [], plainCategory: 'cloud',
      floor: [{ value: 50_000, source: 'it2025.md §5 (5万円～)' }],
      buckets: SECURITY_BUCKETS,
    },
    {
      id: 'it-multi', name: '複数社連携IT導入枠', nameEn: 'Multi-company collaboration frame',
      aliases: ['複数社連携', '複数社連携枠', 'multi', 'consortium'],
      source: 'it2025.md §6 / 公募要領(複数社連携IT導入枠) §2-4, 計算用ツール 様式5・6',
      sizes: ['small', 'sme'], options: ['functions', 'method'], plainCategory: 'software',
      floor: [{ value: 0, source: 'it2025.md §6.2' }],
      buckets: [],
      group: GROUP_RULE,
    },
  ],
};
