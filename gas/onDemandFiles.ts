/**
 * Apps Script's files evaluated on first use. Apps Script parses every script file on every
 * custom-function call, but not HTML files: what only some calls need is built into HTML files
 * (scripts/gas-split.mjs), and the first call that needs one reads and evaluates it, once per
 * evaluation of the script. gas/onDemand.ts and gas/otherPrograms.ts say which.
 *
 * Each file is esbuild's CommonJS output; its imports of modules that Code.js already holds read
 * them from the object the bundle's entry shares (the bindings by name), so every file runs one
 * core with Code.js (one clock, one cache, one registry).
 */

/** The parameter through which a file's code reaches the shared bindings. */
export const SHARED_PARAM = 'ithojoShared_';

/** Custom functions may use HtmlService (no authorisation); getRawContent returns the file as written. */
declare const HtmlService: { createTemplateFromFile(name: string): { getRawContent(): string } };

let shared: Readonly<Record<string, unknown>> = {};
const evaluated = new Map<string, unknown>();

/** Called once by the bundle's entry with the bindings the files import, by name. */
export function shareBindings(bindings: Readonly<Record<string, unknown>>): void {
  shared = bindings;
}

/** The exports of dist/gas/<name>.html, read and evaluated on the first call that asks. */
export function evaluateFile<T>(name: string): T {
  let exports = evaluated.get(name);
  if (exports === undefined) {
    const module: { exports: unknown } = { exports: {} };
    new Function('module', 'exports', SHARED_PARAM, HtmlService.createTemplateFromFile(name).getRawContent())(module, module.exports, shared);
    exports = module.exports;
    evaluated.set(name, exports);
  }
  return exports as T;
}
