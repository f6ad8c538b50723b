/**
 * The parts of the core that only some calls need: reading a quote, a 複数社連携 members table,
 * the table answers (BREAKDOWN, FRAMES, COMPARE) and the helper functions. The core reaches them
 * through `onDemand()` (./index.ts), so a host that pays for every byte it evaluates per call
 * (Apps Script) can evaluate them on first use instead of on every call.
 */
export { readQuote } from '../quote/readQuote';
export { quoteCosts } from '../engine/quoteCosts';
export { evaluateGroup } from '../engine/group';
export { breakdownTable, framesTable } from '../contract/tables';
export { compareTable } from '../contract/compare';
export { HELPERS } from '../contract/helpers';
