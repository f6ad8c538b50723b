/**
 * IT導入補助金2025 (令和6年度補正 サービス等生産性向上IT導入支援事業): every number of the five
 * 枠/類型, each citing ../shared/rules/it2025.md (which cites the 公募要領 and 交付規程 in
 * ../shared/rules/official/). A later year is a new file beside this one.
 */
import { FOUR_FIFTHS, HALF, THREE_QUARTERS, TWO_THIRDS, rate } from '../../money/rate';
import { flatRate } from '../tiers';
import type { BucketRule, CategoryRule, Choice, RuleTable, TierSet } from '../types';


const CATEGORIES: readonly CategoryRule[] = [
  { id: 'software', label: 'ソフトウェア', names: ['ソフトウェア', 'ソフト', 'ソフトウェア購入費', 'software'], source: 'it2025.md §2.2 cat.1' },
  {
    id: 'cloud', label: 'クラウド利用料', names: ['クラウド', 'クラウド利用料', 'クラウド利用費', 'サブスク', 'サービス利用料', 'お助け隊', 'cloud', 'subscription'],
    maxMonths: 24, source: 'it2025.md §2.2 cat.1 (最大2年分), §5 (サービス利用料 最大2年分)',
  },
  {
    id: 'option', label: 'オプション', names: ['オプション', '機能拡張', 'データ連携', 'データ連携ツール', 'セキュリティ', 'option'],
    maxMonths: 12, source: 'it2025.md §2.2 cat.2–4 (最大1年分)',
  },
  { id: 'consulting', label: '導入・活用コンサルティング', names: ['導入コンサル', '活用支援', 'コンサル', '導入コンサルティング', '活用コンサルティング', 'consulting'], source: 'it2025.md §2.2 cat.5' },
  { id: 'setup', label: '導入設定・マニュアル作成・導入研修', names: ['導入設定', 'マニュアル', 'マニュアル作成', '研修', '導入研修', 'setup'], source: 'it2025.md §2.2 cat.6' },
  { id: 'maintenance', label: '保守サポート', names: ['保守', '保守サポート', 'maintenance'], maxMonths: 24, source: 'it2025.md §2.2 cat.7 (最大2年分)' },
  { id: 'pc', label: 'PC・タブレット等', names: ['PC', 'パソコン', 'タブレット', 'プリンター', 'プリンタ', 'スキャナー', 'スキャナ', '複合機', 'tablet'], source: 'it2025.md §3.1–3.2 cat.8' },
  { id: 'register', label: 'POSレジ・券売機等', names: ['POSレジ', 'レジ', 'モバイルPOSレジ', '券売機', 'POS', 'register'], source: 'it2025.md §3.1–3.2 cat.9' },
];

const SOFTWARE_AND_SERVICES = ['software', 'cloud', 'option', 'consulting', 'setup', 'maintenance'];
/** Options, 役務 and hardware count only beside a cat.1 software or cloud line. */
const WITH_SOFTWARE = {
  categories: ['software', 'cloud'],
  reason: 'オプション・役務はソフトウェア (大分類Ⅰ) と一緒でなければ対象になりません (Options and services count only together with software)',
  source: 'it2025.md §2.2; 公募要領(通常枠・インボイス) §2-2(3)(イ)',
};
const HARDWARE_WITH_SOFTWARE = {
  categories: ['software', 'cloud'],
  reason: 'ハードウェアは会計・受発注・決済ソフトウェアと一緒でなければ対象になりません (Hardware counts only together with software)',
  source: 'it2025.md §3.2 【補足１】',
};

const INVOICE_SOURCE = 'it2025.md §3.1 【補足２】 (50万円の区分は補助額で判定)';
const INVOICE_TOOL_SOURCE = 'it2025.md §6.4 (公式計算用ツール: 経費 666,667 / 625,001 で分割)';

/** インボイス対応類型 ITツール: 3/4 (小規模 4/5) on the first 50万 of subsidy, 2/3 above. */
const invoiceTiers: Choice<TierSet> = [
  {
    when: { all: [{ equals: ['method', 'tool'] }, { size: ['small'] }] },
    value: { basis: 'cost', parts: [{ upTo: 625_001, rate: FOUR_FIFTHS }, { upTo: null, rate: TWO_THIRDS }] },
    source: INVOICE_TOOL_SOURCE, note: '計算方式=事務局ツール',
  },
  {
    when: { equals: ['method', 'tool'] },
    value: { basis: 'cost', parts: [{ upTo: 666_667, rate: THREE_QUARTERS }, { upTo: null, rate: TWO_THIRDS }] },
    source: INVOICE_TOOL_SOURCE, note: '計算方式=事務局ツール',
  },
  {
    when: { size: ['small'] },
    value: { basis: 'subsidy', parts: [{ upTo: 500_000, rate: FOUR_FIFTHS }, { upTo: null, rate: TWO_THIRDS }] },
    source: INVOICE_SOURCE,
  },
  {
    value: { basis: 'subsidy', parts: [{ upTo: 500_000, rate: THREE_QUARTERS }, { upTo: null, rate: TWO_THIRDS }] },
    source: INVOICE_SOURCE,
  },
];

const invoiceBuckets: readonly BucketRule[] = [
  {
    id: 'tool', label: 'ITツール', categories: SOFTWARE_AND_SERVICES, requires: WITH_SOFTWARE, tiers: invoiceTiers,
    cap: [
      { when: { atLeast: ['functions', 2] }, value: 3_500_000, source: 'it2025.md §3.1 (2機能以上: 350万円)', note: '機能=2以上' },
      { value: 500_000, source: 'it2025.md §3.1 (1機能: 50万円)', note: '1機能 (機能=2以上で350万円)' },
    ],
  },
  {
    id: 'pc', label: 'PC・タブレット等', categories: ['pc'], requires: HARDWARE_WITH_SOFTWARE,
    tiers: [{ value: flatRate(HALF), source: 'it2025.md §3.1 (1/2以内)' }],
    cap: [{ value: 100_000, source: 'it2025.md §3.1 (～10万円)' }],
  },
  {
    id: 'register', label: 'POSレジ・券売機等', categories: ['register'], requires: HARDWARE_WITH_SOFTWARE,
    tiers: [{ value: flatRate(HALF), source: 'it2025.md §3.1 (1/2以内)' }],
    cap: [{ value: 200_000, source: 'it2025.md §3.1 (～20万円)' }],
  },
];

export const IT2025: RuleTable = {
  programId: 'it',
  program: 'IT導入補助金',
  programEn: 'IT Introduction Subsidy',
  fiscalYear: 2025,
  effective: { from: '2025-03-18', until: null },
  source: 'it2025.md (公募要領 2025-03-24版, 交付規程 令和7年3月18日施行)',
  categories: CATEGORIES,
  costCaps: [
    { label: '役務 (導入コンサル・導入設定・保守)', categories: ['consulting', 'setup', 'maintenance'], max: 2_000_000, source: 'it2025.md §2.2 (大分類Ⅲ 200万円まで)' },
  ],
  frames: [
    {
      id: 'it-normal', name: '通常枠', nameEn: 'Normal frame', aliases: ['通常', 'normal'],
      source: 'it2025.md §2.1 / 公募要領(通常枠) §2-3, 交付規程 別表',
      sizes: ['small', 'sme'], options: ['processes', 'wage', 'minwage'], plainCategory: 'software',
      floor: [{ value: 50_000, source: 'it2025.md §2.1 (下限5万円)' }],
      buckets: [{
        id: 'tool', label: 'ITツール', categories: SOFTWARE_AND_SERVICES, requires: WITH_SOFTWARE,
        tiers: [
          { when: { option: 'minwage' }, value: flatRate(TWO_THIRDS), source: 'it2025.md §2.1, §2.3 (最低賃金近傍 2/3)', note: '最低賃金近傍' },
          { value: flatRate(HALF), source: 'it2025.md §2.1 (1/2以内)' },
        ],
        cap: [
          {
            when: { all: [{ atLeast: ['processes', 4] }, { any: [{ option: 'wage' }, { size: ['small'] }] }] },
            value: 4_500_000, source: 'it2025.md §2.1 (150万〜450万円: 4プロセス以上・賃上げ計画; 小規模事業者は免除)',
            note: '4プロセス以上・賃上げ (賃上げ目標が未達なら補助金の返還を求められます: it2025.md §2.1)',
          },
          {
            value: 1_499_999, source: 'it2025.md §2.1 (150万円未満; rules/README.md ruling)',
            note: '150万円未満の区分 (プロセス=4 と 賃上げ で450万円)',
          },
        ],
      }],
    },
    {
      id: 'it-invoice', name: 'インボイス対応類型', nameEn: 'Invoice support type',
      aliases: ['インボイス枠', 'インボイス', 'インボイス枠(インボイス対応類型)', 'invoice'],
      source: 'it2025.md §3 / 公募要領(インボイス対応類型) §2-3 【補足１】【補足２】',
      sizes: ['small', 'sme'], options: ['functions', 'method'], plainCategory: 'software',
      floor: [{ value: 0, source: 'it2025.md §3.1 (下限なし)' }],
      buckets: invoiceBuckets,
    },
    {
      id: 'it-etrade', name: '電子取引類型', nameEn: 'E-commerce transactions type',
      aliases: ['電子取引', 'インボイス枠(電子取引類型)', 'etrade', 'e-trade'],
      source: 'it2025.md §4 / 公募要領(電子取引類型) 【補足1】',
      sizes: ['small', 'sme', 'large'], options: ['accounts'], requiredOptions: ['accounts'], plainCategory: 'cloud',
      floor: [{ value: 0, source: 'it2025.md §4 (下限なし)' }],
      buckets: [{
        id: 'cloud', label: 'クラウド利用料', categories: ['cloud'], accountsRatio: true,
        tiers: [
          { when: { size: ['large'] }, value: flatRate(HALF), source: 'it2025.md §4 (その他の事業者 1/2以内)' },
          { value: flatRate(TWO_THIRDS), source: 'it2025.md §4 (中小企業・小規模事業者等 2/3以内)' },
        ],
        cap: [{ value: 3_500_000, source: 'it2025.md §4 (～350万円)' }],
      }],
    },
    {
      id: 'it-security', name: 'セキュリティ対策推進枠', nameEn: 'Security measures frame',
      aliases: ['セキュリティ枠', 'セキュリティ', 'security'],
      source: 'it2025.md §5 / 公募要領(セキュリティ対策推進枠) 2025-06-03版',
      sizes: ['small', 'sme'], options: [], plainCategory: 'cloud',
      floor: [{ value: 50_000, source: 'it2025.md §5 (5万円～)' }],
      buckets: [{
        id: 'service', label: 'サービス利用料', categories: ['cloud'],
        tiers: [
          { when: { size: ['small'] }, value: flatRate(TWO_THIRDS), source: 'it2025.md §5 (小規模事業者 2/3以内)' },
          { value: flatRate(HALF), source: 'it2025.md §5 (1/2以内)' },
        ],
        cap: [{ value: 1_500_000, source: 'it2025.md §5 (～150万円)' }],
      }],
    },
    {
      id: 'it-multi', name: '複数社連携IT導入枠', nameEn: 'Multi-company collaboration frame',
      aliases: ['複数社連携', '複数社連携枠', 'multi', 'consortium'],
      source: 'it2025.md §6 / 公募要領(複数社連携IT導入枠) §2-4, 計算用ツール 様式5・6',
      sizes: ['small', 'sme'], options: ['functions', 'method'], plainCategory: 'software',
      floor: [{ value: 0, source: 'it2025.md §6.2' }],
      buckets: [],
      group: {
        memberFrame: 'it-invoice', minMembers: 10,
        analysisRate: TWO_THIRDS, analysisCapPerMember: 500_000, baseAndAnalysisCap: 30_000_000,
        otherRate: TWO_THIRDS, otherShare: rate(1, 15), otherCap: 2_000_000,
        source: 'it2025.md §6.2–6.4 ((a)+(b) ≤ 3,000万円; (b) 50万円×導入構成員; (c) ≤ min(((a)+(b))×10%×2/3, 200万円))',
      },
    },
  ],
};
