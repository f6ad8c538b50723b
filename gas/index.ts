/**
 * Entry of the Apps Script bundle: esbuild wraps it as an IIFE whose one export, `call`, the
 * generated `ITHOJO_<ID>` wrappers in Code.js use.
 */
export { call } from './call';
