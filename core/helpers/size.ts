/**
 * SIZE(industry, [capital], [employees]): 小規模事業者 / 中小企業 / 大企業 under 中小企業基本法 and its
 * 政令 (core/rules/smeDefinitions.ts). みなし大企業 (large shareholders) cannot be seen from these
 * inputs. A figure left out is read the way that never overstates the size's subsidy: capital
 * alone gives at most 中小企業 (小規模 is judged by employees), and one figure beyond its limit
 * gives 大企業 unless the other is given and within its own.
 */
import { IthojoError } from '../errors/IthojoError';
import { ARG, MSG } from '../errors/messages';
import { HELPER_MSG } from '../errors/helperMessages';
import { isBlank, normalizeKey } from '../input/normalizeText';
import { parseAmount } from '../input/parseAmount';
import { parseCount } from '../input/parseNumber';
import { SME_CLASSES, type SmeClass } from '../rules/smeDefinitions';
import { NEVER_SMALL_ORGS, SIZE_LABELS } from '../rules/sizes';
import { lazy } from '../lazy';

const index = lazy(() => {
  const byName = new Map<string, SmeClass>();
  // a label copied from the "unknown industry" message works too
  for (const c of SME_CLASSES) for (const n of [...c.names, c.label]) byName.set(normalizeKey(n), c);
  /** ⑫–⑮ (組合, 財団・社団, NPO …): judged by their main industry's limits, which SIZE needs instead. */
  const byMainIndustry = new Map(NEVER_SMALL_ORGS.filter((o) => !byName.has(normalizeKey(o))).map((o) => [normalizeKey(o), o] as const));
  return { byName, byMainIndustry, labels: SME_CLASSES.map((c) => c.label) };
});

function classOf(value: unknown): SmeClass {
  const key = typeof value === 'string' ? normalizeKey(value) : '';
  const { byName, byMainIndustry, labels } = index();
  const hit = byName.get(key);
  if (hit) return hit;
  const org = byMainIndustry.get(key);
  if (org) throw new IthojoError(HELPER_MSG.sizeByMainIndustry(org));
  throw new IthojoError(HELPER_MSG.unknownIndustry(value, labels));
}

const EMPLOYEES = { min: 0, max: 10_000_000, suffixes: ['人', '名'] } as const;

/** Whole yen: capital is never a fraction, and truncating 50,000,000.5 would pass the 5,000万 limit. */
function capitalOf(value: unknown): number {
  const a = parseAmount(value, ARG.capital);
  if (a.truncated) throw new IthojoError(MSG.notInteger(ARG.capital, value));
  return a.yen;
}

export function companySize(industry: unknown, capital: unknown, employees: unknown): string {
  const c = classOf(industry);
  const cap = isBlank(capital) ? null : capitalOf(capital);
  const emp = isBlank(employees) ? null : parseCount(employees, ARG.employees, EMPLOYEES, '50');
  if (cap === null && emp === null) throw new IthojoError(HELPER_MSG.sizeNeedsFigures());
  if (c.capital === null && emp === null) throw new IthojoError(HELPER_MSG.sizeNeedsEmployees(c.label));
  if (emp !== null && c.small !== null && emp <= c.small) return SIZE_LABELS.small;
  const byCapital = cap !== null && c.capital !== null && cap <= c.capital;
  const byEmployees = emp !== null && emp <= c.employees;
  return byCapital || byEmployees ? SIZE_LABELS.sme : SIZE_LABELS.large;
}
