/**
 * ITHOJO core: subsidy arithmetic with no host dependencies.
 */
export { AMOUNT, RATE, SELFPAY, CAP, MINAMOUNT, CHECK, BREAKDOWN, FRAMES, SIZE, MINWAGE, NEARMINWAGE, KL, DEADLINE, FUNCTIONS } from './contract/functions';
export { DECLARATIONS, type FunctionDecl, type ParamDecl } from './contract/declarations';
export { calculate, type CalculationRequest, type CalculationResult, type BreakdownLine } from './engine/calculate';
export { IthojoError, isIthojoError, type ErrorKind } from './errors/IthojoError';
export { TABLES } from './rules/registry';
export type { Grid, Cell } from './contract/broadcast';
