import { IthojoError } from '../errors/IthojoError';
import { MSG } from '../errors/messages';
import { OPTION_DEFS, type OptionDef } from '../rules/options';
import type { OptionKey } from '../rules/types';
import { isBlank, normalizeKey } from './normalizeText';

export interface Ratio {
  readonly a: number;
  readonly b: number;
}

export type OptionValue = boolean | number | string | Ratio;
export type Options = Readonly<Partial<Record<OptionKey, OptionValue>>>;

const BY_NAME = new Map<string, OptionDef>();
for (const def of OPTION_DEFS) for (const name of def.names) BY_NAME.set(normalizeKey(name), def);

const KNOWN = OPTION_DEFS.map((d) => d.names[0]);
const TRUE = new Set(['', 'true', '1', 'はい', 'yes', 'on', 'あり', '有']);
const FALSE = new Set(['false', '0', 'いいえ', 'no', 'off', 'なし', '無']);

/**
 * Reads the options text: flags and key=value pairs separated by commas, 、 or spaces,
 * e.g. "プロセス=4, 賃上げ" or "functions=2 method=tool". Unknown keys are errors.
 */
export function parseOptions(value: unknown): Options {
  if (isBlank(value)) return {};
  if (typeof value !== 'string') throw new IthojoError(MSG.notText('オプション'));
  const out: Partial<Record<OptionKey, OptionValue>> = {};
  const text = value.normalize('NFKC').replace(/\s*([=:])\s*/g, '$1');
  for (const token of text.split(/[,、;\s]+/)) {
    if (token === '') continue;
    const at = token.search(/[=:]/);
    const name = at < 0 ? token : token.slice(0, at);
    const raw = at < 0 ? '' : token.slice(at + 1);
    const def = BY_NAME.get(normalizeKey(name));
    if (!def) throw new IthojoError(MSG.unknownOption(name, KNOWN));
    if (def.key in out) throw new IthojoError(MSG.duplicateOption(def.names[0]));
    out[def.key] = readValue(def, raw);
  }
  return out;
}

function readValue(def: OptionDef, raw: string): OptionValue {
  const key = def.names[0];
  const v = normalizeKey(raw);
  switch (def.type) {
    case 'flag':
      if (TRUE.has(v)) return true;
      if (FALSE.has(v)) return false;
      throw new IthojoError(MSG.badOptionValue(key, raw, `例: ${def.example}`));
    case 'count': {
      if (v === '') throw new IthojoError(MSG.optionNeedsValue(key, `例: ${def.example}`));
      const n = Number(v);
      if (!/^\d+$/.test(v) || n > 1e6) throw new IthojoError(MSG.badOptionValue(key, raw, `0以上の整数で指定してください。例: ${def.example}`));
      return n;
    }
    case 'ratio': {
      const m = /^(\d+)\/(\d+)$/.exec(v);
      if (v === '') throw new IthojoError(MSG.optionNeedsValue(key, `例: ${def.example}`));
      const a = m ? Number(m[1]) : NaN;
      const b = m ? Number(m[2]) : NaN;
      if (!m || b < 1 || a > b || b > 1e9) {
        throw new IthojoError(MSG.badOptionValue(key, raw, `「利用数/契約数」(利用数≤契約数) で指定してください。例: ${def.example}`));
      }
      return { a, b };
    }
    case 'number': {
      const n = Number(v.replace(/(%|％|kl|kl\/年)$/, ''));
      if (v === '') throw new IthojoError(MSG.optionNeedsValue(key, `例: ${def.example}`));
      if (!Number.isFinite(n) || n < 0 || n > 1e9) throw new IthojoError(MSG.badOptionValue(key, raw, `0以上の数で指定してください。例: ${def.example}`));
      return n;
    }
    case 'choice': {
      const choices = def.choices ?? {};
      for (const [name, canonical] of Object.entries(choices)) if (normalizeKey(name) === v) return canonical;
      throw new IthojoError(MSG.badOptionValue(key, raw, `使える値: ${Object.keys(choices).join('、')}`));
    }
  }
}

export const OPTION_NAMES = KNOWN;
