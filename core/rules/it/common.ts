/**
 * What IT導入補助金2025 and デジタル化・AI導入補助金2026 share: it2026.md says "as 2025" for the
 * categories, their limits, the インボイス split and the hardware caps, so both tables use these
 * definitions (each citing it2025.md, where the rule is written) rather than copies.
 */
import { FOUR_FIFTHS, HALF, THREE_QUARTERS, TWO_THIRDS } from '../../money/rate';
import { bi } from '../../errors/text';
import { flatRate } from '../tiers';
import type { BucketRule, CategoryRule, Choice, CostCap, TierSet } from '../types';

export const CATEGORIES: readonly CategoryRule[] = [
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

export const COST_CAPS: readonly CostCap[] = [
  { label: '役務 (導入コンサル・導入設定・保守)', categories: ['consulting', 'setup', 'maintenance'], max: 2_000_000, source: 'it2025.md §2.2 (大分類Ⅲ 200万円まで)' },
];

export const SOFTWARE_AND_SERVICES = ['software', 'cloud', 'option', 'consulting', 'setup', 'maintenance'];

/** Options, 役務 and hardware count only beside a cat.1 software or cloud line. */
export const WITH_SOFTWARE = {
  categories: ['software', 'cloud'],
  reason: bi('オプション・役務はソフトウェア (大分類Ⅰ) と一緒でなければ対象になりません', 'Options and services count only together with software'),
  source: 'it2025.md §2.2; 公募要領(通常枠・インボイス) §2-2(3)(イ)',
};
const HARDWARE_WITH_SOFTWARE = {
  categories: ['software', 'cloud'],
  reason: bi('ハードウェアは会計・受発注・決済ソフトウェアと一緒でなければ対象になりません', 'Hardware counts only together with software'),
  source: 'it2025.md §3.2 【補足１】',
};

const INVOICE_SOURCE = 'it2025.md §3.1 【補足２】 (50万円の区分は補助額で判定)';
const INVOICE_TOOL_SOURCE = 'it2025.md §6.4 (公式計算用ツール: 経費 666,667 / 625,001 で分割)';

const TOOL_NOTE = bi('計算方式=事務局ツール (事務局の計算用ツールの計算方法)', 'method=tool (the official Excel tool\'s arithmetic)');

/** インボイス対応類型 ITツール: 3/4 (小規模 4/5) on the first 50万 of subsidy, 2/3 above. */
const invoiceTiers: Choice<TierSet> = [
  {
    when: { all: [{ equals: ['method', 'tool'] }, { size: ['small'] }] },
    value: { basis: 'cost', parts: [{ upTo: 625_001, rate: FOUR_FIFTHS }, { upTo: null, rate: TWO_THIRDS }] },
    source: INVOICE_TOOL_SOURCE, note: TOOL_NOTE,
  },
  {
    when: { equals: ['method', 'tool'] },
    value: { basis: 'cost', parts: [{ upTo: 666_667, rate: THREE_QUARTERS }, { upTo: null, rate: TWO_THIRDS }] },
    source: INVOICE_TOOL_SOURCE, note: TOOL_NOTE,
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

export const INVOICE_BUCKETS: readonly BucketRule[] = [
  {
    id: 'tool', label: 'ITツール', categories: SOFTWARE_AND_SERVICES, requires: WITH_SOFTWARE, tiers: invoiceTiers,
    cap: [
      { when: { atLeast: ['functions', 2] }, value: 3_500_000, source: 'it2025.md §3.1 (2機能以上: 350万円)', note: bi('2機能以上', '2 or more functions') },
      { value: 500_000, source: 'it2025.md §3.1 (1機能: 50万円)', note: bi('1機能', '1 function') },
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

/** 通常枠: 1/2, 2/3 when 最低賃金近傍 (both bands: it2025.md §2.1 ruling, it2026.md §2.1). */
export const NORMAL_TIERS: Choice<TierSet> = [
  { when: { option: 'minwage' }, value: flatRate(TWO_THIRDS), source: 'it2025.md §2.1, §2.3 (最低賃金近傍 2/3)', note: bi('最低賃金近傍', 'near the minimum wage') },
  { value: flatRate(HALF), source: 'it2025.md §2.1 (1/2以内)' },
];

/**
 * The 150万〜450万 band: 4 processes and 賃上げ, or 4 processes for 小規模事業者 (exempt from
 * 賃上げ). Two alternatives, so that each band's note says what it asks of that size.
 */
export const UPPER_BAND_WAGE = { all: [{ atLeast: ['processes', 4] }, { option: 'wage' }] } as const;
const UPPER_BAND_SMALL = { all: [{ atLeast: ['processes', 4] }, { size: ['small'] }] } as const;

/** The upper band of 小規模事業者, with the year's citation. */
export function upperBandSmall(source: string): Choice<number>[number] {
  return {
    when: UPPER_BAND_SMALL, value: 4_500_000, source,
    note: bi('4プロセス以上 (小規模事業者はこの区分の賃上げ要件の対象外)', '4 or more processes (a small business is exempt from this band\'s wage requirement)'),
  };
}

export const LOWER_BAND_CAP = {
  value: 1_499_999, source: 'it2025.md §2.1 (150万円未満; rules/README.md ruling)',
  note: bi('150万円未満の区分', 'band below 1,500,000 yen'),
} as const;

export const ETRADE_BUCKETS: readonly BucketRule[] = [{
  id: 'cloud', label: 'クラウド利用料', categories: ['cloud'], accountsRatio: true,
  tiers: [
    { when: { size: ['large'] }, value: flatRate(HALF), source: 'it2025.md §4 (その他の事業者 1/2以内)' },
    { value: flatRate(TWO_THIRDS), source: 'it2025.md §4 (中小企業・小規模事業者等 2/3以内)' },
  ],
  cap: [{ value: 3_500_000, source: 'it2025.md §4 (～350万円)' }],
}];

export const SECURITY_BUCKETS: readonly BucketRule[] = [{
  id: 'service', label: 'サービス利用料', categories: ['cloud'],
  tiers: [
    { when: { size: ['small'] }, value: flatRate(TWO_THIRDS), source: 'it2025.md §5 (小規模事業者 2/3以内)' },
    { value: flatRate(HALF), source: 'it2025.md §5 (1/2以内)' },
  ],
  cap: [{ value: 1_500_000, source: 'it2025.md §5 (～150万円)' }],
}];
