// Excel add-in build: dist/excel/ with functions.js (wrappers + core, one IIFE), functions.json
// and its ja-JP twin (generated from the wrappers' JSDoc), functions.html, help.html, the task
// pane and ribbon commands (build-ui.mjs), the templates (build-templates.mjs), icons and
// manifest.xml. ITHOJO_BASE_URL moves every URL to a release host (default https://localhost:3000).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadExcelCodegen, ROOT } from './excel-codegen.mjs';
import { buildTemplates, TEMPLATES_OUT } from './build-templates.mjs';
import { buildTaskpane } from './build-ui.mjs';
import { stripDocs } from './strip-docs.mjs';

const require = createRequire(import.meta.url);

/** functions.json from the wrappers' JSDoc; its CLI exits 0 on errors, so the API is used and errors fail the build. */
async function generateMetadata(wrappersPath) {
  const { generateCustomFunctionsMetadata } = require('custom-functions-metadata');
  const result = await generateCustomFunctionsMetadata(wrappersPath, false);
  if (result.errors.length > 0) {
    throw new Error(`custom-functions-metadata: ${result.errors.length} 件のエラー (errors):\n${result.errors.join('\n')}`);
  }
  return { metadata: JSON.parse(result.metadataJson), associate: result.associate };
}

/** One IIFE: the wrappers, the core, and the association of every id the metadata lists. */
async function bundleFunctions(outfile, associate, sourcemap) {
  const associations = associate.map(({ id, functionName }) => ({ id, functionName }));
  await build({
    stdin: {
      contents: `import * as wrappers from './functions';\nimport { register } from './register';\nregister(wrappers, ${JSON.stringify(associations)});\n`,
      resolveDir: join(ROOT, 'excel-addin'),
      sourcefile: 'excel-addin/entry.ts',
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'es2017',
    // The core's exact money arithmetic uses BigInt literals, which es2017 lacks and no bundler can
    // lower. Excel's current hosts have BigInt (WebView2 on Windows, Safari 14+ on Mac, the browsers
    // of Excel on the web); only EdgeHTML-era Office 2019 would not, and it cannot run the core anyway.
    supported: { bigint: true },
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    sourcemap,
    legalComments: 'none',
    // functions.js needs the declarations' shape, not their help texts (functions.json has them)
    charset: 'utf8',
    plugins: [stripDocs()],
    outfile,
    logLevel: 'warning',
  });
}

function write(path, data) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

/** sourcemaps: false for a release (its maps would publish the sources on the host). */
export async function buildExcel({ outDir = join(ROOT, 'dist/excel'), baseUrl = process.env.ITHOJO_BASE_URL, sourcemaps = true } = {}) {
  const cg = await loadExcelCodegen();
  const base = cg.normalizeBaseUrl(baseUrl);
  const out = resolve(outDir);
  const wrappersPath = join(ROOT, cg.WRAPPERS_PATH);

  // The checked-in wrappers are what ships; a stale file is reported here and fails tests/excel.
  if (readFileSync(wrappersPath, 'utf8') !== cg.renderWrappers(cg.DECLARATIONS)) {
    console.warn(
      `警告: ${cg.WRAPPERS_PATH} が core の宣言と一致しません。node scripts/gen-excel-functions.mjs を実行してください。\n` +
        `Warning: ${cg.WRAPPERS_PATH} is stale; run node scripts/gen-excel-functions.mjs`,
    );
  }

  // custom-functions-metadata does not check Excel's naming rules; a bad id would show #NAME? in Excel
  for (const d of cg.DECLARATIONS) {
    const problems = cg.excelNamingProblems(d.id);
    if (problems.length > 0) throw new Error(`関数名 ${d.id} は Excel の命名規則に反します (id ${d.id} breaks Excel's naming rules): ${problems.join('; ')}`);
  }

  const { metadata, associate } = await generateMetadata(wrappersPath);
  const english = cg.rebaseHelpUrls(metadata, base);
  write(join(out, cg.METADATA_FILE), `${JSON.stringify(english, null, 2)}\n`);
  write(join(out, cg.JA_METADATA_FILE), `${JSON.stringify(cg.localizeMetadata(english, cg.DECLARATIONS), null, 2)}\n`);

  const functionsJs = join(out, 'functions.js');
  await bundleFunctions(functionsJs, associate, sourcemaps);
  copyFileSync(join(ROOT, 'excel-addin/functions.html'), join(out, 'functions.html'));
  write(join(out, cg.HELP_FILE), cg.renderHelpPage(cg.DECLARATIONS, { flavour: 'excel', templatesHref: 'templates' }));
  await buildTaskpane(out, { sourcemaps });
  // the regular build also writes dist/templates; a release build into another folder only its copy
  const isDefault = out === resolve(ROOT, 'dist/excel');
  await buildTemplates([...(isDefault ? [join(ROOT, TEMPLATES_OUT)] : []), join(out, 'templates')]);

  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const template = readFileSync(join(ROOT, cg.MANIFEST_TEMPLATE_PATH), 'utf8');
  // every icon the manifest names (IconUrl, HighResolutionIconUrl, the ribbon's 16/32/80)
  const iconSizes = new Set([...cg.ICON_SIZES, ...[...template.matchAll(/assets\/icon-(\d+)\.png/g)].map((m) => Number(m[1]))]);
  for (const size of iconSizes) write(join(out, cg.iconPath(size)), cg.renderIconPng(size));
  write(join(out, 'manifest.xml'), cg.renderManifest(template, { baseUrl: base, version: cg.manifestVersion(pkg.version) }));

  const kb = (statSync(functionsJs).size / 1024).toFixed(1);
  console.log(`built ${relative(process.cwd(), out) || '.'}/ (${associate.length} functions, functions.js ${kb} KiB, base ${base})`);
}

// `node scripts/build-excel.mjs [outDir]` builds the Excel add-in alone (tests use it for a release build).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildExcel({ outDir: process.argv[2] });
}
