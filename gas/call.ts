/**
 * One custom-function call as Sheets makes it: arguments as Sheets passes them in, an answer
 * Sheets can show out, and every failure as a plain Error carrying the core's message.
 */
import { FUNCTIONS } from '../core';
import { toSheets } from './toSheets';
import { toSheetsError } from './toSheetsError';

type CoreFunction = (...args: unknown[]) => unknown;

const BY_ID: Readonly<Record<string, CoreFunction | undefined>> = FUNCTIONS;

export function call(id: string, args: readonly unknown[]): unknown {
  let answer: unknown;
  try {
    const fn = BY_ID[id];
    if (!fn) throw new Error(`no core function ${id}`);
    // arguments go to the core as Sheets passes them (the core reads Dates from any realm)
    answer = fn(...args);
  } catch (e) {
    throw toSheetsError(e);
  }
  return toSheets(answer);
}
