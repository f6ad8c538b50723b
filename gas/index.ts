/**
 * Entry of the Apps Script bundle: esbuild wraps it as an IIFE whose one export, `call`, the
 * generated `ITHOJO_<ID>` wrappers in Code.js use (scripts/gas-split.mjs adds the modules it
 * shares with the files it evaluates on first use, gas/onDemandFiles.ts).
 */
export { call } from './call';
