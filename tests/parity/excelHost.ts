/**
 * Loads dist/excel/functions.js (the Excel add-in's IIFE) in an empty node:vm realm whose only
 * global is a CustomFunctions stub that records associate(id, fn), as Excel's runtime does.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { ROOT } from '../gas/sheetsHost';
import { fixedNowPrelude } from '../support/clock';

export const FUNCTIONS_JS = path.join(ROOT, 'dist/excel/functions.js');

type Fn = (...args: unknown[]) => unknown;

/** Excel's error object: a code (#VALUE!, #N/A) and the message shown with it. */
export class CustomFunctionsError extends Error {
  constructor(readonly code: string, message?: string) {
    super(message);
  }
}

export const ERROR_CODE = { invalidValue: '#VALUE!', notAvailable: '#N/A' } as const;

export interface ExcelHost {
  readonly ids: readonly string[];
  fn(id: string): Fn | undefined;
}

export function loadExcel(): ExcelHost {
  if (!existsSync(FUNCTIONS_JS)) throw new Error(`${FUNCTIONS_JS} is missing: run \`npm run build\` (the Excel build makes it)`);
  const associated = new Map<string, Fn>();
  const associate = (id: string | Record<string, Fn>, fn?: Fn): void => {
    if (typeof id === 'string') associated.set(id, fn!);
    else for (const [k, f] of Object.entries(id)) associated.set(k, f);
  };
  const CustomFunctions = { associate, Error: CustomFunctionsError, ErrorCode: ERROR_CODE };
  const context = vm.createContext({ CustomFunctions });
  vm.runInContext(fixedNowPrelude(), context);
  vm.runInContext(readFileSync(FUNCTIONS_JS, 'utf8'), context, { filename: 'functions.js' });
  return { ids: [...associated.keys()], fn: (id) => associated.get(id) };
}
