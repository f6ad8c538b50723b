/**
 * The options text: flags and `key=value` pairs separated by commas, 、, ; or spaces, e.g.
 * "プロセス=4, 賃上げ" or "functions=2 method=tool". One linear pass (a 32,767-character cell
 * must not take seconds); text over MAX_OPTIONS_LENGTH is refused before it is read.
 *
 *   options := sep* (option (sep+ option)*)? sep*
 *   option  := key (space* ("=" | ":") space* value)?       value: no separator inside
 *   sep     := "," | "、" | ";" | space                      (after NFKC)
 *
 * A flag takes no value or an explicit yes/no (あり/なし, はい/いいえ, TRUE/FALSE, 1/0); `賃上げ=`
 * is an error, never a yes. Numbers follow numberGrammar.ts. Unknown keys are errors.
 */
import { IthojoError } from '../errors/IthojoError';
import { ARG, MSG, type Arg } from '../errors/messages';
import type { Frac } from '../money/exact';
import { OPTION_DEFS, type OptionDef } from '../rules/options';
import type { OptionKey } from '../rules/types';
import { isBlank, normalizeKey } from './normalizeText';
import { parseDate } from './parseDate';
import { parseCount, parseDecimal } from './parseNumber';
import { lazy } from '../lazy';

export interface Ratio {
  readonly a: number;
  readonly b: number;
}

/** flag → boolean; count/year/round → number; number → exact Frac; ratio; choice/date → string. */
export type OptionValue = boolean | number | string | Ratio | Frac;
export type Options = Readonly<Partial<Record<OptionKey, OptionValue>>>;

/** Far more than every option written out; longer text is a pasted cell, not options. */
export const MAX_OPTIONS_LENGTH = 1000;

const byName = lazy(() => new Map<string, OptionDef>(OPTION_DEFS.flatMap((def) => def.names.map((name) => [normalizeKey(name), def] as const))));

export const OPTION_NAMES = OPTION_DEFS.map((d) => d.names[0]);
const YES = new Set(['true', '1', 'はい', 'yes', 'on', 'あり', '有']);
const NO = new Set(['false', '0', 'いいえ', 'no', 'off', 'なし', '無']);

function isSeparator(c: string): boolean {
  return c === ',' || c === '、' || c === ';' || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u3000';
}

export function parseOptions(value: unknown): Options {
  if (isBlank(value)) return {};
  if (typeof value !== 'string') throw new IthojoError(MSG.notText(ARG.options, value));
  if (value.length > MAX_OPTIONS_LENGTH) throw new IthojoError(MSG.optionsTooLong(value.length, MAX_OPTIONS_LENGTH));
  const s = value.normalize('NFKC');
  const out: Partial<Record<OptionKey, OptionValue>> = {};
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSeparator(s[i])) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSeparator(s[i]) && s[i] !== '=' && s[i] !== ':') i++;
    const name = s.slice(start, i);
    let j = i;
    while (j < n && (s[j] === ' ' || s[j] === '\t')) j++;
    let raw: string | undefined;
    if (s[j] === '=' || s[j] === ':') {
      j++;
      while (j < n && (s[j] === ' ' || s[j] === '\t')) j++;
      const v = j;
      while (j < n && !isSeparator(s[j])) j++;
      raw = s.slice(v, j);
      i = j;
    }
    const def = name === '' ? undefined : byName().get(normalizeKey(name));
    if (!def) throw new IthojoError(MSG.unknownOption(name === '' ? s.slice(start, Math.max(i, start + 1)) : name, OPTION_NAMES));
    if (def.key in out) throw new IthojoError(MSG.duplicateOption(def.names[0]));
    out[def.key] = readValue(def, raw);
  }
  return out;
}

/** An option as messages name it: オプション「プロセス」. */
function optionArg(def: OptionDef): Arg {
  return { ja: `オプション「${def.names[0]}」`, en: `option "${def.names[0]}"` };
}

function readValue(def: OptionDef, raw: string | undefined): OptionValue {
  const key = def.names[0];
  if (def.type === 'flag') {
    if (raw === undefined) return true;
    if (raw === '') throw new IthojoError(MSG.emptyFlagValue(key));
    const v = normalizeKey(raw);
    if (YES.has(v)) return true;
    if (NO.has(v)) return false;
    throw new IthojoError(MSG.badOptionValue(key, raw, `「${key}」だけ、または「${key}=あり/なし」と書いてください`));
  }
  if (raw === undefined || raw === '') throw new IthojoError(MSG.optionNeedsValue(key, `例: ${def.example}`));
  const arg = optionArg(def);
  const example = def.example;
  switch (def.type) {
    case 'count':
      return parseCount(raw, arg, { min: 0, max: def.max ?? 1_000_000, suffixes: def.suffixes }, example);
    case 'year':
      return parseCount(raw, arg, { min: 2000, max: 2100, suffixes: ['年度', '年'] }, example);
    case 'round':
      return parseCount(raw, arg, { min: 1, max: 1000, suffixes: ['次', '回'], prefixes: ['第'] }, example);
    case 'date':
      return parseDate(raw, arg);
    case 'number':
      return parseDecimal(raw, arg, { max: def.max ?? 1e9, suffixes: def.suffixes }, example);
    case 'ratio': {
      const m = /^(\d{1,9})\/(\d{1,9})$/.exec(raw);
      const a = m ? Number(m[1]) : NaN;
      const b = m ? Number(m[2]) : NaN;
      if (!m || b < 1 || a > b) {
        throw new IthojoError(MSG.badOptionValue(key, raw, `「利用数/契約数」(利用数≤契約数) で指定してください。例: ${example}`));
      }
      return { a, b };
    }
    case 'choice': {
      const v = normalizeKey(raw);
      const choices = def.choices ?? {};
      for (const [name, canonical] of Object.entries(choices)) if (normalizeKey(name) === v) return canonical;
      throw new IthojoError(MSG.badOptionValue(key, raw, `使える値: ${Object.keys(choices).join('、')}`));
    }
  }
}
