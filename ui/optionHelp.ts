/**
 * An option's help for the pane and the help page: what it means and what the core assumes
 * without it, both the core's own texts (OPTION_DEFS).
 */
import { inLanguage, type OptionDef } from '../core';

export interface OptionHelp {
  readonly ja: string;
  readonly en: string;
  /** What the core does when the option is not given. */
  readonly defaultJa: string;
  readonly defaultEn: string;
}

/** Without a default of its own, an option is off (a flag not given is a no). */
const OFF = { ja: 'なし', en: 'off' };

export function optionHelp(def: OptionDef): OptionHelp {
  const d = def.default ?? OFF;
  return { ja: inLanguage(def.help, 'ja'), en: inLanguage(def.help, 'en'), defaultJa: inLanguage(d, 'ja'), defaultEn: inLanguage(d, 'en') };
}
