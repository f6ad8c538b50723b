/**
 * The core's one way to its rarely used parts (./parts.ts). Here they are bundled with the rest;
 * the Apps Script build swaps this module for gas/onDemand.ts, which evaluates them from their own
 * file on first use, so a custom-function call that needs none of them does not parse them.
 */
import * as PARTS from './parts';

export type OnDemandParts = typeof PARTS;

export function onDemand(): OnDemandParts {
  return PARTS;
}
