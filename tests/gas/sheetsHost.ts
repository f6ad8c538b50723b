/**
 * Loads dist/gas/Code.js the way Apps Script sees it: one script in an empty global (no require,
 * console or process) but for the one service custom functions here use, HtmlService reading the
 * project's HTML files (gas/onDemandFiles.ts), and calls its ITHOJO_<ID> functions with arguments as
 * Sheets passes them.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { TEST_NOW, fixedNowPrelude } from '../support/clock';

export const ROOT = path.join(__dirname, '../..');
export const DIST_GAS = path.join(ROOT, 'dist/gas');
export const CODE_JS = path.join(DIST_GAS, 'Code.js');

type Fn = (...args: unknown[]) => unknown;

export interface SheetsHost {
  readonly source: string;
  readonly global: Record<string, unknown>;
  /** ITHOJO_<id>, or undefined when Code.js does not define it. */
  fn(id: string): Fn | undefined;
  /** A date cell: a Date of Code.js's own realm at midnight Asia/Tokyo, as Sheets passes it. */
  date(isoDay: string): Date;
  /** The HTML files the script has read through HtmlService, in order. */
  readonly filesRead: readonly string[];
}

/**
 * HtmlService as custom functions may use it: createTemplateFromFile(name).getRawContent() is
 * dist/gas/<name>.html as written (Apps Script throws for a file the project does not have).
 */
export function fakeHtmlService(filesRead: string[] = []) {
  return {
    createTemplateFromFile: (name: string) => {
      const text = readFileSync(path.join(DIST_GAS, `${name}.html`), 'utf8');
      return { getRawContent: () => (filesRead.push(name), text) };
    },
  };
}

const JST_OFFSET_MS = 9 * 3600 * 1000;

/**
 * Runs a script in a fresh realm as Apps Script would, with that realm's clock fixed at `now`
 * (no test depends on the real date; the core reads "today" through Date.now).
 */
export function loadScript(file: string, global: Record<string, unknown> = {}, now: number = TEST_NOW): { source: string; global: Record<string, unknown> } {
  const source = readFileSync(file, 'utf8');
  const context = vm.createContext(global);
  vm.runInContext(fixedNowPrelude(now), context);
  vm.runInContext(source, context, { filename: path.basename(file) });
  return { source, global: context as Record<string, unknown> };
}

export function loadSheets(now: number = TEST_NOW): SheetsHost {
  const filesRead: string[] = [];
  const { source, global } = loadScript(CODE_JS, { HtmlService: fakeHtmlService(filesRead) }, now);
  const RealmDate = vm.runInContext('Date', global as vm.Context) as DateConstructor;
  return {
    source,
    global,
    filesRead,
    fn: (id) => {
      const f = global[`ITHOJO_${id}`];
      return typeof f === 'function' ? (f as Fn) : undefined;
    },
    date: (isoDay) => {
      const [y, m, d] = isoDay.split('-').map(Number);
      return new RealmDate(Date.UTC(y, m - 1, d) - JST_OFFSET_MS);
    },
  };
}

/** What a call shows: a value, or a thrown error's message (with its class name, to check it is a plain Error). */
export type SheetsOutcome = { readonly value: unknown } | { readonly thrown: string; readonly name: string };

export function callSheets(host: SheetsHost, id: string, args: readonly unknown[]): SheetsOutcome {
  const f = host.fn(id);
  if (!f) throw new Error(`Code.js has no ITHOJO_${id}`);
  try {
    return { value: plain(f(...args)) };
  } catch (e) {
    const err = e as { message?: unknown; name?: unknown; constructor?: { name?: unknown } };
    return { thrown: String(err?.message), name: `${String(err?.constructor?.name)}/${String(err?.name)}` };
  }
}

/** A copy in this realm (jest compares other realms' arrays and Dates unreliably). */
export function plain(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(plain);
  if (Object.prototype.toString.call(x) === '[object Date]') return new Date((x as Date).getTime());
  return x;
}
