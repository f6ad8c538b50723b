/**
 * SIZE(industry, capital, employees): 小規模事業者 / 中小企業 / 大企業 under 中小企業基本法 and its
 * 政令 (programs-2025.md §4). みなし大企業 (large shareholders) cannot be seen from these inputs.
 */
import { IthojoError } from '../errors/IthojoError';
import { MSG } from '../errors/messages';
import { isBlank, normalizeKey } from '../input/normalizeText';
import { parseAmount } from '../input/parseAmount';
import { INDUSTRIES, type IndustryRule } from '../rules/smeDefinitions';
import { SIZE_LABELS } from '../rules/sizes';

function industryOf(value: unknown): IndustryRule {
  if (typeof value !== 'string' || isBlank(value)) throw new IthojoError(MSG.unknownIndustry(String(value ?? ''), INDUSTRIES.map((i) => i.label)));
  const key = normalizeKey(value);
  // names are ordered so that 政令 industries win over their parents (ゴム製品製造業 before 製造業)
  const hit = INDUSTRIES.find((i) => i.names.some((n) => key.includes(normalizeKey(n))));
  if (!hit) throw new IthojoError(MSG.unknownIndustry(value, INDUSTRIES.map((i) => i.label)));
  return hit;
}

function countOf(value: unknown, what: string): number | null {
  if (isBlank(value)) return null;
  try {
    return parseAmount(value).yen;
  } catch (e) {
    throw new IthojoError(`${what}: ${(e as Error).message}`);
  }
}

export function companySize(industry: unknown, capital: unknown, employees: unknown): string {
  const rule = industryOf(industry);
  const cap = countOf(capital, '資本金 (capital)');
  const emp = countOf(employees, '従業員数 (employees)');
  if (cap === null && emp === null) throw new IthojoError(MSG.sizeNeedsFigures());
  if (emp !== null && rule.small !== null && emp <= rule.small) return SIZE_LABELS.small;
  const byCapital = cap !== null && rule.capital !== null && cap <= rule.capital;
  const byEmployees = emp !== null && emp <= rule.employees;
  return byCapital || byEmployees ? SIZE_LABELS.sme : SIZE_LABELS.large;
}
