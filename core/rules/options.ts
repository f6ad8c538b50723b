/**
 * The options a user may write in the fourth argument, with their aliases
 * (../shared/rules/README.md "Options"). Frames say which apply (FrameRule.options).
 */
import { bi, type Text } from '../errors/text';
import type { OptionKey } from './types';

/**
 * flag: no value, or an explicit yes/no; count: a whole number; ratio: a/b; choice: one of
 * `choices`; number: a decimal; year: a program year label; date: YYYY-MM-DD; round: N or N次.
 */
export type OptionType = 'flag' | 'count' | 'ratio' | 'choice' | 'number' | 'year' | 'date' | 'round';

export interface OptionDef {
  readonly key: OptionKey;
  /** The canonical Japanese name first, then aliases. */
  readonly names: readonly string[];
  readonly type: OptionType;
  readonly example: string;
  /** What it means, for help texts. */
  readonly help: Text;
  /** What the core assumes without it; absent: off. Never overstates (rules/README.md). */
  readonly default?: Text;
  /** For `choice`: accepted spellings → canonical value. */
  readonly choices?: Readonly<Record<string, string>>;
  /** For `count` and `number`: unit words allowed after the value, and the largest value. */
  readonly suffixes?: readonly string[];
  readonly max?: number;
}

export const OPTION_DEFS: readonly OptionDef[] = [
  { key: 'processes', names: ['プロセス', 'processes', 'process', 'プロセス数'], type: 'count', max: 100, example: 'プロセス=4', help: bi('業務プロセスの数', 'Number of business processes'), default: bi('1', '') },
  { key: 'wage', names: ['賃上げ', 'wage', '賃上げ計画'], type: 'flag', example: '賃上げ', help: bi('賃上げ計画・要件を満たす', 'The wage-raise plan or condition is met') },
  { key: 'minwage', names: ['最低賃金近傍', 'minwage'], type: 'flag', example: '最低賃金近傍', help: bi('最低賃金近傍の30%要件を満たす', 'The 30% near-minimum-wage condition is met') },
  { key: 'functions', names: ['機能', 'functions', 'function', '機能数'], type: 'count', max: 3, example: '機能=2', help: bi('会計・受発注・決済のうち対応する機能の数', 'Accounting/ordering/payment functions covered'), default: bi('1', '') },
  { key: 'accounts', names: ['口座', 'accounts', 'アカウント'], type: 'ratio', example: '口座=80/100', help: bi('中小の取引先が使う口座数/契約口座数', 'Accounts used by SME partners / contracted'), default: bi('必須', 'required') },
  { key: 'taxIncluded', names: ['税込', 'taxincl', 'taxincluded'], type: 'flag', example: '税込', help: bi('金額が税込 (1.1で割って税抜に)', 'Amounts include 10% consumption tax') },
  {
    key: 'method', names: ['計算方式', 'method'], type: 'choice', example: '計算方式=事務局ツール',
    choices: { 事務局ツール: 'tool', ツール: 'tool', tool: 'tool', 本文: 'text', text: 'text', 公募要領: 'text' },
    help: bi('事務局の計算用ツールの計算方法', 'The official Excel tool\'s arithmetic'), default: bi('公募要領の本文', 'the guidelines\' text'),
  },
  { key: 'discountSpread', names: ['値引き', '値引', 'discount'], type: 'choice', example: '値引き=按分', choices: { 按分: 'all', 全体: 'all', all: 'all', 対象経費: 'eligible', eligible: 'eligible' }, help: bi('区分のない値引きを、対象外の行も含む全ての行に按分', 'Spread a discount without a category over all lines, ineligible ones included'), default: bi('補助対象の行から差し引く', 'taken from the eligible lines') },
  { key: 'year', names: ['年度', 'year'], type: 'year', example: '年度=2026', help: bi('ルール表の年度 (制度の年の表示: 2025、2026)', 'The rule table\'s year label'), default: bi('基準日に有効な年度', 'the year in force on the day') },
  { key: 'refDate', names: ['基準日', 'refdate', 'asof'], type: 'date', example: '基準日=2026-04-01', help: bi('この日に有効なルール表で計算し、締切もこの日で判定', 'Rules in force on this date; deadlines judged on it'), default: bi('今日 (東京)', 'today in Tokyo') },
  { key: 'round', names: ['公募回', 'round', '締切回'], type: 'round', example: '公募回=5', help: bi('申請する公募回 (締切を過ぎていれば注意)', 'The round applied to; warns when its deadline has passed') },
  { key: 'repeat', names: ['過去交付', 'repeat'], type: 'flag', example: '過去交付', help: bi('IT導入補助金2022〜2025で交付決定を受けた (返還要件の注意)', 'Received a grant under IT導入補助金2022–2025') },
  // 事業承継・M&A補助金 (programs-2025.md §1)
  { key: 'dd', names: ['DD', 'DD費用', 'デューデリジェンス'], type: 'flag', example: 'DD', help: bi('DD費用を計上 (上限800万円)', 'DD costs claimed: cap 8M yen') },
  { key: 'billion', names: ['100億', '100億企業特例', '100億特例', 'billion'], type: 'flag', example: '100億', help: bi('100億企業特例', 'The 10-billion-yen company special case') },
  {
    key: 'billionBasis', names: ['100億基準', 'billionbasis'], type: 'choice', example: '100億基準=経費',
    choices: { 補助額: 'subsidy', subsidy: 'subsidy', 経費: 'cost', cost: 'cost' },
    help: bi('100億企業特例の1,000万円の区分を補助額 (既定) か経費で判定', 'Split the special case on the subsidy (default) or the cost'), default: bi('補助額', 'the subsidy'),
  },
  { key: 'loss', names: ['赤字', 'loss'], type: 'flag', example: '赤字', help: bi('赤字 (売り手支援類型 2/3)', 'Loss-making: seller support at 2/3') },
  { key: 'marginDrop', names: ['利益率低下', '営業利益率低下', 'margindrop'], type: 'flag', example: '利益率低下', help: bi('営業利益率の低下 (売り手支援類型 2/3)', 'Falling operating margin: seller support at 2/3') },
  // 省エネ補助金 (programs-2025.md §2)
  { key: 'advanced', names: ['先進', '先進枠', 'advanced'], type: 'flag', example: '先進', help: bi('工場・事業場型の先進枠', 'Advanced frame') },
  { key: 'general', names: ['一般', '一般枠', 'general'], type: 'flag', example: '一般', help: bi('工場・事業場型の一般枠 (既定)', 'General frame, the default'), default: bi('一般', 'general') },
  { key: 'smeInvest', names: ['中小企業投資促進', '中小企業投資促進枠', 'smeinvest'], type: 'flag', example: '中小企業投資促進', help: bi('中小企業投資促進枠', 'SME investment frame') },
  { key: 'electrify', names: ['電化', 'electrify'], type: 'flag', example: '電化', help: bi('電化 (上限5億円)', 'Electrification: cap 500M yen') },
  { key: 'nonFossil', names: ['非化石', 'nonfossil'], type: 'flag', example: '非化石', help: bi('非化石転換 (上限20億円)', 'Non-fossil conversion: cap 2B yen') },
  { key: 'savingRate', names: ['省エネ率', 'savingrate'], type: 'number', suffixes: ['%'], max: 100, example: '省エネ率=12%', help: bi('省エネ率 (%)', 'Energy-saving rate in %'), default: bi('未確認', 'unverified') },
  { key: 'savingKl', names: ['省エネ量', 'savingkl'], type: 'number', suffixes: ['kl/年', 'kl'], max: 1e9, example: '省エネ量=1.2', help: bi('省エネ量 (原油換算kl/年)', 'Energy saved, crude-oil-equivalent kl per year'), default: bi('未確認', 'unverified') },
  // ものづくり補助金 グローバル枠 (programs-2025.md §3)
  { key: 'minwageSpecial', names: ['最低賃金引上げ特例', 'minwagespecial'], type: 'flag', example: '最低賃金引上げ特例', help: bi('最低賃金引上げ特例 (2/3)', 'Minimum-wage special case: 2/3') },
  { key: 'employees', names: ['従業員', '従業員数', 'employees'], type: 'count', suffixes: ['人', '名'], max: 1_000_000, example: '従業員=30', help: bi('従業員数 (大幅賃上げ特例の上限)', 'Employees: sets the wage-uplift cap'), default: bi('未指定', 'not given') },
];
