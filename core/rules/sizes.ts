/**
 * Company sizes and how users write them (it2025.md §7; programs-2025.md §4).
 */
import type { Size } from './types';

export const SIZE_LABELS: Readonly<Record<Size, string>> = {
  small: '小規模事業者',
  sme: '中小企業',
  large: '大企業',
};

/** The sizes in English, for the pane and the English part of a text. */
export const SIZE_LABELS_EN: Readonly<Record<Size, string>> = {
  small: 'small business',
  sme: 'SME',
  large: 'large company',
};

export const SIZE_NAMES: Readonly<Record<Size, readonly string[]>> = {
  small: ['小規模事業者', '小規模', '小規模企業者', 'small'],
  sme: ['中小企業', '中小', '中小企業者', '中小企業等', 'sme'],
  large: ['大企業', '大', 'large', 'その他の事業者'],
};

/** The default never overstates: 小規模 rates are higher, and 大企業 is eligible almost nowhere. */
export const DEFAULT_SIZE: Size = 'sme';

/**
 * Organisations that count as 中小企業等 by employees but can never be 小規模事業者
 * (it2025.md §7 ⑨–⑮), so they never get the 小規模 rates.
 */
export const NEVER_SMALL_ORGS: readonly string[] = [
  '医療法人', '社会福祉法人', '学校法人', '商工会', '都道府県商工会連合会', '商工会議所',
  '中小企業団体', '組合', '連合会', '一般財団法人', '公益財団法人', '財団法人',
  '一般社団法人', '公益社団法人', '社団法人', '特定非営利活動法人', 'NPO法人', 'NPO',
];
