// Template build: dist/templates/見積書.xlsx and シナリオ表.xlsx from templates/ (cached values
// computed by the core), byte-identical on every build. The Excel build also puts a copy beside
// the add-in, where its help page links them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadTs } from './load-ts.mjs';

export const TEMPLATES_OUT = 'dist/templates';

/** Writes the template files into each directory (dist/templates by default). */
export async function buildTemplates(dirs = [TEMPLATES_OUT]) {
  const { templateFiles } = await loadTs('templates/files.ts');
  const files = templateFiles();
  for (const dir of dirs) {
    mkdirSync(dir, { recursive: true });
    for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
  }
  console.log(`built ${dirs.join(', ')} (${files.map((f) => `${f.name} ${(f.bytes.length / 1024).toFixed(1)} KiB`).join(', ')})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildTemplates();
