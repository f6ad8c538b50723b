// The pane's builds from ui/: the Excel task pane (taskpane.html/.js/.css) and ribbon commands
// (commands.html/.js) in dist/excel, and the Sheets sidebar as one HTML file with everything
// inlined (HtmlService serves a single file). Each bundle carries the core itself: no shared
// runtime with the custom functions.
import { build } from 'esbuild';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTs } from './load-ts.mjs';

/** Microsoft's CDN: production pages load office.js from there (tests serve it from node_modules). */
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const TITLE = 'ITHOJO 補助金計算';
const CSS = 'ui/styles.css';

async function bundle(entry, outfile, sourcemap = Boolean(outfile)) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'es2017',
    // the core's exact arithmetic uses BigInt literals (see build-excel.mjs)
    supported: { bigint: true },
    platform: 'browser',
    minify: true,
    legalComments: 'none',
    sourcemap,
    outfile,
    write: Boolean(outfile),
    logLevel: 'warning',
  });
  return outfile ? readFileSync(outfile, 'utf8') : result.outputFiles[0].text;
}

const kib = (file) => `${(statSync(file).size / 1024).toFixed(1)} KiB`;

export async function buildTaskpane(outDir, { sourcemaps = true } = {}) {
  const { renderPage } = await loadTs('ui/page.ts');
  await bundle('ui/entries/taskpane.ts', join(outDir, 'taskpane.js'), sourcemaps);
  writeFileSync(join(outDir, 'taskpane.css'), readFileSync(CSS));
  writeFileSync(
    join(outDir, 'taskpane.html'),
    renderPage({ title: TITLE, head: `<script src="${OFFICE_JS}"></script>\n`, css: { href: 'taskpane.css' }, script: { src: 'taskpane.js' } }),
  );
  await bundle('excel-addin/commands/entry.ts', join(outDir, 'commands.js'), sourcemaps);
  writeFileSync(
    join(outDir, 'commands.html'),
    `<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="UTF-8">\n<title>ITHOJO commands</title>\n` +
      `<!-- The ribbon's ExecuteFunction commands: office.js, then commands.js, which registers them. -->\n` +
      `<script src="${OFFICE_JS}"></script>\n<script src="commands.js"></script>\n</head>\n<body></body>\n</html>\n`,
  );
  console.log(`built ${outDir}/taskpane.js (${kib(join(outDir, 'taskpane.js'))}), commands.js (${kib(join(outDir, 'commands.js'))})`);
}

/** Sidebar.html for Apps Script: the same UI with the Sheets host, one self-contained file. */
export async function sidebarHtml() {
  const { renderPage } = await loadTs('ui/page.ts');
  const js = await bundle('ui/entries/sidebar.ts');
  return renderPage({ title: TITLE, head: '', css: { inline: readFileSync(CSS, 'utf8') }, script: { inline: js } });
}
