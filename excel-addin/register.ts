/**
 * Tells Excel which wrapper answers which id. The build passes custom-functions-metadata's own
 * `associate` list, so the ids registered are exactly the ids in functions.json.
 */
import { host } from './host';

interface Association {
  readonly id: string;
  readonly functionName: string;
}

export function register(wrappers: Readonly<Record<string, unknown>>, associations: readonly Association[]): void {
  for (const { id, functionName } of associations) {
    const fn = wrappers[functionName];
    if (typeof fn !== 'function') throw new Error(`ITHOJO: no wrapper ${functionName} for ${id}`);
    host().associate(id, fn as (...args: unknown[]) => unknown);
  }
}
