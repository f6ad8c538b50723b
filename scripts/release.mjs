// npm run release: the bundle a publisher uploads, built from one input, the public HTTPS base
// URL the Excel files will be served from (ITHOJO_BASE_URL). dist/release/ holds
//   excel/      every file to put at the base URL, manifest.xml pointing there (checked offline
//               against what Office requires: excel-addin/codegen/manifestCheck.ts); no source
//               maps, which would publish the sources
//   sheets/     script/ (the Apps Script project: push or copy it whole) and library-wrappers.js
//   templates/  見積書.xlsx, シナリオ表.xlsx
//   help/       the function reference, Excel's spelling (excel.html) and Sheets' (sheets.html)
// and a zip of each, ithojo-<part>-<version>.zip, with SHA256SUMS. The same input gives the same
// bytes: nothing records the time of the build, and the zips have fixed timestamps and order.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildExcel } from './build-excel.mjs';
import { buildGas } from './build-gas.mjs';
import { buildTemplates } from './build-templates.mjs';
import { loadExcelCodegen, ROOT } from './excel-codegen.mjs';
import { VERSION_FILE, versionModule } from './gen-version.mjs';
import { filesBelow, zipDir } from './release/zip.mjs';

const OUT = join(ROOT, 'dist/release');
const PARTS = ['excel', 'sheets', 'templates', 'help'];

function refuse(lines) {
  console.error(lines.join('\n'));
  process.exit(1);
}

/** The base URL the release is for: required, https, and not this machine. */
function releaseBaseUrl(cg) {
  const raw = (process.env.ITHOJO_BASE_URL ?? '').trim();
  const example = '  例 (example): ITHOJO_BASE_URL=https://addins.example.jp/ithojo npm run release';
  if (raw === '') {
    refuse([
      'ITHOJO_BASE_URL がありません。Excel のファイルを置く公開 HTTPS の URL を指定してください。',
      'ITHOJO_BASE_URL is missing: give the public HTTPS URL the Excel files will be served from.',
      example,
    ]);
  }
  let base;
  try {
    base = cg.normalizeBaseUrl(raw);
  } catch (e) {
    refuse([e.message, example]);
  }
  const host = new URL(base).hostname;
  if (host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '[::1]') {
    refuse([
      `ITHOJO_BASE_URL が手元のマシン (${host}) を指しています。リリースには公開 HTTPS の URL が必要です (開発には npm start)。`,
      `ITHOJO_BASE_URL points at this machine (${host}); a release needs the public HTTPS URL (use npm start for development).`,
      example,
    ]);
  }
  return base;
}

/** The version every file carries, from package.json; core/version.ts must agree. */
function releaseVersion() {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  if (readFileSync(join(ROOT, VERSION_FILE), 'utf8') !== versionModule(version)) {
    refuse([
      `${VERSION_FILE} が package.json の version ${version} と一致しません。node scripts/gen-version.mjs を実行してください。`,
      `${VERSION_FILE} does not match package.json's version ${version}: run node scripts/gen-version.mjs.`,
    ]);
  }
  return version;
}

/** The built manifest against Office's rules, every URL checked against the files of excel/. */
function checkManifest(cg, dir, base, version) {
  const file = (rel) => {
    const path = resolve(dir, rel);
    return path.startsWith(`${dir}/`) && existsSync(path) && statSync(path).isFile() ? readFileSync(path) : undefined;
  };
  const problems = cg.manifestProblems(readFileSync(join(dir, 'manifest.xml'), 'utf8'), { baseUrl: base, version: cg.manifestVersion(version), file });
  if (problems.length > 0) refuse(['manifest.xml が Office の要件を満たしません (the manifest fails Office\'s rules):', ...problems.map((p) => `  - ${p}`)]);
}

const cg = await loadExcelCodegen();
const base = releaseBaseUrl(cg);
const version = releaseVersion();
rmSync(OUT, { recursive: true, force: true });

const dirs = Object.fromEntries(PARTS.map((p) => [p, join(OUT, p)]));
await buildExcel({ outDir: dirs.excel, baseUrl: base, sourcemaps: false });
checkManifest(cg, dirs.excel, base, version);
await buildGas({ outDir: join(dirs.sheets, 'script'), libraryOutDir: dirs.sheets });
await buildTemplates([dirs.templates]);
mkdirSync(dirs.help, { recursive: true });
writeFileSync(join(dirs.help, 'excel.html'), cg.renderHelpPage(cg.DECLARATIONS, { flavour: 'excel', templatesHref: `${base}/templates` }));
writeFileSync(join(dirs.help, 'sheets.html'), cg.renderHelpPage(cg.DECLARATIONS, { flavour: 'sheets' }));

const sums = [];
for (const part of PARTS) {
  const name = `ithojo-${part}-${version}.zip`;
  const zip = zipDir(dirs[part]);
  writeFileSync(join(OUT, name), zip);
  sums.push(`${createHash('sha256').update(zip).digest('hex')}  ${name}`);
  console.log(`${name}: ${filesBelow(dirs[part]).length} files, ${(zip.length / 1024).toFixed(1)} KiB`);
}
writeFileSync(join(OUT, 'SHA256SUMS'), `${sums.join('\n')}\n`);
console.log(`\nリリース ${version} を ${relative(process.cwd(), OUT) || '.'}/ に作りました (release ${version} built for ${base}/).`);
console.log(`excel/ の中身を ${base}/ に置き、excel/manifest.xml を配布してください (upload excel/ to ${base}/ and deploy excel/manifest.xml): docs/install.md`);
