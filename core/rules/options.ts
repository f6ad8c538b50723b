/**
 * The options a user may write in the fourth argument, with their aliases
 * (../shared/rules/README.md "Options"). Frames say which apply (FrameRule.options).
 */
import type { OptionKey } from './types';

export type OptionType = 'flag' | 'count' | 'ratio' | 'choice' | 'number';

export interface OptionDef {
  readonly key: OptionKey;
  /** The canonical Japanese name first, then aliases. */
  readonly names: readonly string[];
  readonly type: OptionType;
  readonly example: string;
  /** For `choice`: accepted spellings → canonical value. */
  readonly choices?: Readonly<Record<string, string>>;
}

export const OPTION_DEFS: readonly OptionDef[] = [
  { key: 'processes', names: ['プロセス', 'processes', 'process', 'プロセス数'], type: 'count', example: 'プロセス=4' },
  { key: 'wage', names: ['賃上げ', 'wage', '賃上げ計画'], type: 'flag', example: '賃上げ' },
  { key: 'minwage', names: ['最低賃金近傍', 'minwage'], type: 'flag', example: '最低賃金近傍' },
  { key: 'functions', names: ['機能', 'functions', 'function', '機能数'], type: 'count', example: '機能=2' },
  { key: 'accounts', names: ['口座', 'accounts', 'アカウント'], type: 'ratio', example: '口座=80/100' },
  { key: 'taxIncluded', names: ['税込', 'taxincl', 'taxincluded'], type: 'flag', example: '税込' },
  {
    key: 'method', names: ['計算方式', 'method'], type: 'choice', example: '計算方式=事務局ツール',
    choices: { 事務局ツール: 'tool', ツール: 'tool', tool: 'tool', 本文: 'text', text: 'text', 公募要領: 'text' },
  },
  { key: 'year', names: ['年度', 'year'], type: 'count', example: '年度=2025' },
  { key: 'round', names: ['公募回', 'round', '締切回'], type: 'count', example: '公募回=7' },
  // 事業承継・M&A補助金 (programs-2025.md §1)
  { key: 'dd', names: ['DD', 'DD費用', 'デューデリジェンス'], type: 'flag', example: 'DD' },
  { key: 'billion', names: ['100億', '100億企業特例', '100億特例', 'billion'], type: 'flag', example: '100億' },
  {
    key: 'billionBasis', names: ['100億基準', 'billionbasis'], type: 'choice', example: '100億基準=経費',
    choices: { 補助額: 'subsidy', subsidy: 'subsidy', 経費: 'cost', cost: 'cost' },
  },
  { key: 'loss', names: ['赤字', 'loss'], type: 'flag', example: '赤字' },
  { key: 'marginDrop', names: ['利益率低下', '営業利益率低下', 'margindrop'], type: 'flag', example: '利益率低下' },
  // 省エネ補助金 (programs-2025.md §2)
  { key: 'advanced', names: ['先進', '先進枠', 'advanced'], type: 'flag', example: '先進' },
  { key: 'general', names: ['一般', '一般枠', 'general'], type: 'flag', example: '一般' },
  { key: 'smeInvest', names: ['中小企業投資促進', '中小企業投資促進枠', 'smeinvest'], type: 'flag', example: '中小企業投資促進' },
  { key: 'electrify', names: ['電化', 'electrify'], type: 'flag', example: '電化' },
  { key: 'nonFossil', names: ['非化石', 'nonfossil'], type: 'flag', example: '非化石' },
  { key: 'savingRate', names: ['省エネ率', 'savingrate'], type: 'number', example: '省エネ率=12%' },
  { key: 'savingKl', names: ['省エネ量', 'savingkl'], type: 'number', example: '省エネ量=1.2' },
  // ものづくり補助金 グローバル枠 (programs-2025.md §3)
  { key: 'minwageSpecial', names: ['最低賃金引上げ特例', 'minwagespecial'], type: 'flag', example: '最低賃金引上げ特例' },
  { key: 'employees', names: ['従業員', '従業員数', 'employees'], type: 'count', example: '従業員=30' },
];
