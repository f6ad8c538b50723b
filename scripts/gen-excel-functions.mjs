// Writes excel-addin/functions.ts (the Excel wrappers) from the core's DECLARATIONS.
// Run after changing core/contract/declarations.ts; tests/excel fails while the file is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadExcelCodegen, ROOT } from './excel-codegen.mjs';

const { DECLARATIONS, renderWrappers, WRAPPERS_PATH } = await loadExcelCodegen();
const path = join(ROOT, WRAPPERS_PATH);
const next = renderWrappers(DECLARATIONS);
const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
if (before === next) {
  console.log(`${WRAPPERS_PATH}: 最新です (up to date, ${DECLARATIONS.length} functions)`);
} else {
  writeFileSync(path, next);
  console.log(`${WRAPPERS_PATH}: 書き換えました (regenerated, ${DECLARATIONS.length} functions)`);
}
