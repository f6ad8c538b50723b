/**
 * What each option means and what the core assumes without it, for the pane's help texts and
 * the help page. No rate or cap is written here: the pane and the help page show those from the
 * rule tables. The core's OPTION_DEFS hold names, types and examples but no explanations;
 * an option without an entry here is still offered, with its example as its help.
 */
import type { OptionDef } from '../core';

export interface OptionHelp {
  readonly ja: string;
  readonly en: string;
  /** What the core does when the option is not given. */
  readonly defaultJa: string;
  readonly defaultEn: string;
}

const NONE = { defaultJa: 'なし', defaultEn: 'off' };

const HELP: Readonly<Record<string, OptionHelp>> = {
  processes: { ja: '業務プロセスの数 (数と賃上げで上限の区分が決まります)', en: 'Number of business processes (with a wage plan, it decides the cap band)', defaultJa: '1', defaultEn: '1' },
  wage: { ja: '賃上げ計画・要件を満たす (通常枠の小規模事業者は不要)', en: 'A wage-increase plan is met (not needed by small businesses in 通常枠)', ...NONE },
  minwage: { ja: '従業員の30%以上が最低賃金近傍 (補助率の引上げ)', en: '30%+ of employees near the minimum wage (a higher rate)', ...NONE },
  functions: { ja: '会計・受発注・決済のうち対応する機能の数 (上限が変わります)', en: 'Functions covered among accounting, ordering and payment (changes the cap)', defaultJa: '1', defaultEn: '1' },
  accounts: { ja: '中小の取引先が使う口座数 / 契約口座数 (この枠では必須)', en: 'Accounts used by SME partners / contracted accounts (required for this frame)', defaultJa: '必須', defaultEn: 'required' },
  taxIncluded: { ja: '金額が税込 (1.1で割って税抜にします)', en: 'Amounts include tax (divided by 1.1)', ...NONE },
  method: { ja: '事務局の計算用ツールと同じ計算方法', en: 'The secretariat tool\'s method of calculation', defaultJa: '公募要領の本文', defaultEn: 'the guidelines\' text' },
  year: { ja: 'ルール表の年度', en: 'Rule year', defaultJa: '最新', defaultEn: 'latest' },
  round: { ja: '公募回 (締切日の表にある回)', en: 'Application round (one on the deadline table)', ...NONE },
  dd: { ja: 'DD (デューデリジェンス) 費用を計上 (上限の引上げ)', en: 'Due-diligence costs (a higher cap)', ...NONE },
  billion: { ja: '100億企業特例 (上限と補助率の段階が変わります)', en: '10-billion-yen company special case (changes the cap and the rate tiers)', ...NONE },
  billionBasis: { ja: '100億企業特例の区分を補助額と経費のどちらで判定するか', en: 'Whether the special case splits by subsidy or by cost', defaultJa: '補助額', defaultEn: 'subsidy' },
  loss: { ja: '赤字 (補助率の引上げ)', en: 'Loss-making (a higher rate)', ...NONE },
  marginDrop: { ja: '営業利益率が低下 (補助率の引上げ)', en: 'Operating margin fell (a higher rate)', ...NONE },
  advanced: { ja: '先進枠', en: 'Advanced frame', ...NONE },
  general: { ja: '一般枠', en: 'General frame', defaultJa: '一般', defaultEn: 'general' },
  smeInvest: { ja: '中小企業投資促進枠 (中小企業のみ)', en: 'SME investment frame (SMEs only)', ...NONE },
  electrify: { ja: '電化 (上限の引上げ)', en: 'Electrification (a higher cap)', ...NONE },
  nonFossil: { ja: '非化石転換 (上限の引上げ)', en: 'Switch to non-fossil energy (a higher cap)', ...NONE },
  savingRate: { ja: '省エネ率 (%)。省エネ要件を判定します', en: 'Energy saving rate (%), checked against the requirement', defaultJa: '未確認', defaultEn: 'unverified' },
  savingKl: { ja: '省エネ量 (原油換算kl)。省エネ要件を判定します', en: 'Energy saved (kl crude-oil equivalent), checked against the requirement', defaultJa: '未確認', defaultEn: 'unverified' },
  minwageSpecial: { ja: '最低賃金引上げ特例 (補助率の引上げ)', en: 'Minimum-wage special case (a higher rate)', ...NONE },
  employees: { ja: '従業員数 (大幅賃上げ特例の上限を決めます)', en: 'Employees (sets the cap of the large wage-increase special case)', defaultJa: '未指定', defaultEn: 'not given' },
};

/** A core that documents its options ("日本語 (English)") is the one source of their meaning. */
function coreHelp(def: OptionDef): { ja: string; en: string } | undefined {
  const text = (def as { readonly help?: unknown }).help;
  if (typeof text !== 'string') return undefined;
  const m = /^(.*) \(([^()]*)\)$/.exec(text);
  return m ? { ja: m[1], en: m[2] } : { ja: text, en: text };
}

export function optionHelp(def: OptionDef): OptionHelp {
  const own = HELP[def.key] ?? { ja: `例: ${def.example}`, en: `e.g. ${def.example}`, defaultJa: 'なし', defaultEn: 'off' };
  return { ...own, ...coreHelp(def) };
}
