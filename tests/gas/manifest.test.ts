/**
 * appsscript.json (clasp does not check it) and what `clasp push` sends: dist/gas holds Code.js
 * (custom functions), CoreOnDemand.html (the core's rarely used parts), CoreOtherPrograms.html
 * (the rule tables of every program but IT), Server.js (menu and
 * sidebar functions), Sidebar.html, Help.html and the manifest; the clasp template points there, and deploy:gas pushes with the locked clasp.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import pkg from '../../package.json';
import { DIST_GAS, ROOT } from './sheetsHost';

const source = readFileSync(path.join(ROOT, 'gas/appsscript.json'), 'utf8');
const built = readFileSync(path.join(DIST_GAS, 'appsscript.json'), 'utf8');
const PUSHED = ['Code.js', 'CoreOnDemand.html', 'CoreOtherPrograms.html', 'Help.html', 'Server.js', 'Sidebar.html', 'appsscript.json'];

test('the built manifest is the source manifest', () => {
  expect(built).toBe(source);
});

test('valid JSON: V8, Asia/Tokyo, and exactly the sidebar\'s two scopes (current spreadsheet, container UI)', () => {
  const manifest = JSON.parse(built) as Record<string, unknown>;
  expect(manifest.runtimeVersion).toBe('V8');
  expect(manifest.timeZone).toBe('Asia/Tokyo');
  expect([...(manifest.oauthScopes as string[])].sort()).toEqual([
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
  ]);
  expect(manifest.exceptionLogging).toBe('STACKDRIVER');
  expect(manifest.dependencies).toEqual({});
});

test('the build\'s manifest check refuses any other set of scopes', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ithojo-gas-scopes-'));
  const check = (manifest: unknown) => {
    const file = path.join(dir, 'appsscript.json');
    writeFileSync(file, JSON.stringify(manifest));
    const script = `import(${JSON.stringify(path.join(ROOT, 'scripts/build-gas.mjs'))}).then((m) => m.checkManifest(${JSON.stringify(file)}))`;
    return () => execFileSync(process.execPath, ['-e', script], { stdio: 'pipe' });
  };
  try {
    const manifest = JSON.parse(source);
    expect(check(manifest)).not.toThrow();
    expect(check({ ...manifest, oauthScopes: [...manifest.oauthScopes, 'https://www.googleapis.com/auth/spreadsheets'] })).toThrow(/oauthScopes exactly/);
    expect(check({ ...manifest, oauthScopes: manifest.oauthScopes.slice(1) })).toThrow(/oauthScopes exactly/);
    const { oauthScopes: _dropped, ...none } = manifest;
    expect(check(none)).toThrow(/oauthScopes exactly/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 30_000);

test('clasp pushes Code.js, Server.js, the four HTML files and the manifest', () => {
  expect(readdirSync(DIST_GAS).sort()).toEqual(PUSHED);
});

test('the .clasp.json template pushes dist/gas and holds no real script id', () => {
  const clasp = JSON.parse(readFileSync(path.join(ROOT, 'gas/.clasp.json.example'), 'utf8')) as Record<string, unknown>;
  expect(clasp.rootDir).toBe('dist/gas');
  expect(clasp.scriptId).toMatch(/^[A-Z_]+$/);
});

test('deploy:gas pushes with the locked @google/clasp, never a downloaded one', () => {
  expect(pkg.devDependencies['@google/clasp']).toMatch(/^\d+\.\d+\.\d+$/);
  expect(pkg.scripts['deploy:gas']).toBe('npm run build && npx --no-install clasp push');
});

test('the locked clasp, offline, would push exactly those files from the template\'s rootDir', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ithojo-clasp-'));
  try {
    cpSync(DIST_GAS, path.join(dir, 'dist/gas'), { recursive: true });
    const template = JSON.parse(readFileSync(path.join(ROOT, 'gas/.clasp.json.example'), 'utf8'));
    writeFileSync(path.join(dir, '.clasp.json'), JSON.stringify({ ...template, scriptId: 'TEST_SCRIPT_ID' }));
    const out = execFileSync(path.join(ROOT, 'node_modules/.bin/clasp'), ['status', '--json'], { cwd: dir, encoding: 'utf8' });
    const status = JSON.parse(out) as { filesToPush: string[]; untrackedFiles: string[] };
    expect(status.filesToPush.map((f) => path.basename(f)).sort()).toEqual(PUSHED);
    expect(status.untrackedFiles).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 30_000);
