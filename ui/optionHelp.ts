/**
 * An option's help for the pane and the help page: what it means and what the core assumes
 * without it, both the core's own texts (OPTION_DEFS, "日本語 (English)"), split for display.
 */
import type { OptionDef } from '../core';

export interface OptionHelp {
  readonly ja: string;
  readonly en: string;
  /** What the core does when the option is not given. */
  readonly defaultJa: string;
  readonly defaultEn: string;
}

/** "日本語 (English)" → its two halves (the last parenthesis is the English). */
function halves(text: string): { ja: string; en: string } {
  const m = /^(.*) \(([^()]*)\)$/.exec(text);
  return m ? { ja: m[1], en: m[2] } : { ja: text, en: text };
}

/** Without a default of its own, an option is off (a flag not given is a no). */
const OFF = 'なし (off)';

export function optionHelp(def: OptionDef): OptionHelp {
  const d = halves(def.default ?? OFF);
  return { ...halves(def.help), defaultJa: d.ja, defaultEn: d.en };
}
