/**
 * The options a user may write in the fourth argument, with their aliases
 * (../shared/rules/README.md "Options"). Frames say which apply (FrameRule.options).
 */
import type { OptionKey } from './types';

export type OptionType = 'flag' | 'count' | 'ratio' | 'choice';

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
];
