/**
 * The helper functions around the amounts, on single values; declared in declarations.ts.
 */
import { crudeOilKl } from '../helpers/crudeOilKl';
import { deadline } from '../helpers/deadline';
import { minimumWage } from '../helpers/minimumWage';
import { nearMinimumWage } from '../helpers/nearMinimumWage';
import { companySize } from '../helpers/size';

export const HELPERS: Record<string, (...args: unknown[]) => unknown> = {
  SIZE: companySize,
  MINWAGE: minimumWage,
  NEARMINWAGE: nearMinimumWage,
  OILKL: crudeOilKl,
  DEADLINE: deadline,
};
