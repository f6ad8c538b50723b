/**
 * Apps Script's onDemand() (in place of core/onDemand/index.ts, swapped in by
 * scripts/gas-split.mjs). Apps Script parses every script file on every custom-function call, but
 * not HTML files: the core's rarely used parts (quotes, 複数社連携, BREAKDOWN, FRAMES, COMPARE, the
 * helpers) are built into one, and the first call that needs them reads and evaluates it, once per
 * evaluation of the script. AMOUNT, RATE, SELFPAY, CAP, MINAMOUNT and CHECK on amounts never do.
 *
 * The file is esbuild's CommonJS output; its imports of modules that Code.js already holds read
 * them from the object the bundle's entry shares (the bindings by name), so both halves use one
 * core (one clock, one cache).
 */
import type { OnDemandParts } from '../core';

/** The HTML file (dist/gas/CoreOnDemand.html) that holds the parts' code. */
export const ON_DEMAND_FILE = 'CoreOnDemand';
/** The parameter through which the parts' code reaches the shared bindings. */
export const SHARED_PARAM = 'ithojoShared_';

/** Custom functions may use HtmlService (no authorisation); getRawContent returns the file as written. */
declare const HtmlService: { createTemplateFromFile(name: string): { getRawContent(): string } };

let shared: Readonly<Record<string, unknown>> = {};
let parts: OnDemandParts | null = null;

/** Called once by the bundle's entry with the bindings the parts import, by name. */
export function shareBindings(bindings: Readonly<Record<string, unknown>>): void {
  shared = bindings;
}

export function onDemand(): OnDemandParts {
  if (parts === null) parts = evaluate(HtmlService.createTemplateFromFile(ON_DEMAND_FILE).getRawContent());
  return parts;
}

function evaluate(code: string): OnDemandParts {
  const module: { exports: unknown } = { exports: {} };
  new Function('module', 'exports', SHARED_PARAM, code)(module, module.exports, shared);
  return module.exports as OnDemandParts;
}
