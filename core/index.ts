/**
 * ITHOJO core: subsidy arithmetic with no host dependencies.
 */
export { AMOUNT, RATE, SELFPAY, CAP, MINAMOUNT, CHECK, BREAKDOWN, COMPARE, FRAMES, SIZE, MINWAGE, NEARMINWAGE, OILKL, DEADLINE, FUNCTIONS } from './contract/functions';
export { DECLARATIONS, type FunctionDecl, type ParamDecl } from './contract/declarations';
export { calculate, capBandsOf, type CalculationRequest, type CalculationResult } from './engine/calculate';
export type { CapBand } from './engine/bands';
export { QUOTE_HEADER, type QuoteLineView } from './contract/quoteLineRows';
export { quoteReadingOf } from './contract/quoteReading';
export { BREAKDOWN_TEXTS } from './contract/tables';
export type { BreakdownLine } from './engine/breakdown';
export { IthojoError, isIthojoError, type ErrorKind } from './errors/IthojoError';
export { cellText, inLanguage, type Text } from './errors/text';
export { allTables } from './rules/registry';
export { rulesCheckedOn } from './rules/checked';
export { VERSION } from './version';
export { aboutText } from './about';
export { ruleFacts, roundLabel, scheduleLine, type RoundFacts, type ScheduleFacts, type TableFacts } from './rules/summary';
export type { RuleTable } from './rules/types';
export { OPTION_DEFS, type OptionDef } from './rules/options';
export { SIZE_LABELS, SIZE_LABELS_EN, SIZE_NAMES } from './rules/sizes';
export { asIthojoError, type Grid, type Cell } from './contract/broadcast';
export { excelSerial } from './input/parseDate';
export { setClock, today } from './time/clock';
export { withRangeOrigins, type RangeOrigin } from './quote/origin';
export { columnIndex, columnLetters, originOfAddress } from './quote/address';
export { ARG } from './errors/messages';
export type { OnDemandParts } from './onDemand';
