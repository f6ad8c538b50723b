/**
 * An option's help for the pane and the help page: what it means (the core's own text,
 * "日本語 (English)") and what the core assumes without it, which the core's OPTION_DEFS do not
 * say yet. An option missing from DEFAULTS is still offered and explained; its default shows as
 * "なし (off)".
 */
import type { OptionDef } from '../core';

export interface OptionHelp {
  readonly ja: string;
  readonly en: string;
  /** What the core does when the option is not given. */
  readonly defaultJa: string;
  readonly defaultEn: string;
}

interface Default {
  readonly ja: string;
  readonly en: string;
}

const OFF: Default = { ja: 'なし', en: 'off' };

/** Defaults that are not "off", by option key (the core's behaviour without the option). */
const DEFAULTS: Readonly<Record<string, Default>> = {
  processes: { ja: '1', en: '1' },
  functions: { ja: '1', en: '1' },
  accounts: { ja: '必須', en: 'required' },
  method: { ja: '公募要領の本文', en: 'the guidelines\' text' },
  year: { ja: '基準日に有効な年度', en: 'the year in force on the day' },
  refDate: { ja: '今日 (東京)', en: 'today (Tokyo)' },
  billionBasis: { ja: '補助額', en: 'subsidy' },
  general: { ja: '一般', en: 'general' },
  savingRate: { ja: '未確認', en: 'unverified' },
  savingKl: { ja: '未確認', en: 'unverified' },
  employees: { ja: '未指定', en: 'not given' },
};

/** "日本語 (English)" → its two halves (the last parenthesis is the English). */
function halves(text: string): { ja: string; en: string } {
  const m = /^(.*) \(([^()]*)\)$/.exec(text);
  return m ? { ja: m[1], en: m[2] } : { ja: text, en: text };
}

export function optionHelp(def: OptionDef): OptionHelp {
  const d = DEFAULTS[def.key] ?? OFF;
  return { ...halves(def.help), defaultJa: d.ja, defaultEn: d.en };
}
