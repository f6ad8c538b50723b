import { IthojoError } from '../errors/IthojoError';
import { MSG } from '../errors/messages';
import { DEFAULT_SIZE, NEVER_SMALL_ORGS, SIZE_NAMES } from '../rules/sizes';
import type { Size } from '../rules/types';
import { isBlank, normalizeKey } from './normalizeText';
import { lazy } from '../lazy';

export interface SizeInput {
  readonly size: Size;
  /** Set when the user typed an organisation type that is never 小規模 (e.g. 医療法人). */
  readonly org?: string;
  /** True when the size was not given and the default applies. */
  readonly defaulted: boolean;
}

const index = lazy(() => {
  const bySize = new Map<string, Size>();
  for (const [size, names] of Object.entries(SIZE_NAMES) as [Size, readonly string[]][]) {
    for (const name of names) bySize.set(normalizeKey(name), size);
  }
  return { bySize, orgs: new Map(NEVER_SMALL_ORGS.map((o) => [normalizeKey(o), o] as const)) };
});
const KNOWN = [...Object.values(SIZE_NAMES).map((n) => n[0]), '医療法人 等'];

export function parseSize(value: unknown): SizeInput {
  if (isBlank(value)) return { size: DEFAULT_SIZE, defaulted: true };
  if (typeof value !== 'string') throw new IthojoError(MSG.unknownSize(value, KNOWN));
  const key = normalizeKey(value);
  const { bySize, orgs } = index();
  const size = bySize.get(key);
  if (size) return { size, defaulted: false };
  const org = orgs.get(key);
  if (org) return { size: 'sme', org, defaulted: false };
  throw new IthojoError(MSG.unknownSize(value, KNOWN));
}
