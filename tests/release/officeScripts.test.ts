/**
 * npm start / start:web / stop follow the Office add-in conventions, checked without Office:
 * what each script runs (a build, then office-addin-debugging with the built manifest and the
 * dev server's port), that office-addin-debugging's own code reads that manifest as an Excel
 * add-in, finds the "dev-server" script and builds the Excel-on-the-web sideload URL for it, and
 * that the dev server (scripts/serve-excel.mjs) listens on that port and serves the manifest the
 * web sideload asks for. Nothing here starts a server, installs a certificate or opens Office.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { DEFAULT_BASE_URL } from '../../excel-addin/codegen';
import pkg from '../../package.json';

const ROOT = path.join(__dirname, '../..');
const MANIFEST = 'dist/excel/manifest.xml';
const PORT = Number(new URL(DEFAULT_BASE_URL).port);
const scripts = pkg.scripts as Record<string, string>;

/** The office-addin-debugging command line of a script, split into words (after the build). */
function debugging(script: string): string[] {
  const [build, tool] = scripts[script].split(' && ');
  expect(build).toBe('npm run build');
  return tool.split(' ');
}

/** Runs an ES module snippet from the repository root (the dev server and the tools are plain Node). */
function nodeEval(code: string, env: Record<string, string> = {}): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' }).trim();
}

describe('package.json scripts', () => {
  test('npm start builds, then sideloads the built manifest into desktop Excel, waiting for the dev server\'s port', () => {
    expect(debugging('start')).toEqual(['office-addin-debugging', 'start', MANIFEST, 'desktop', '--app', 'excel', '--dev-server-port', String(PORT)]);
  });

  test('npm run start:web does the same for Excel on the web (the document URL comes after --)', () => {
    expect(debugging('start:web')).toEqual(['office-addin-debugging', 'start', MANIFEST, 'web', '--app', 'excel', '--dev-server-port', String(PORT)]);
  });

  test('npm stop unregisters that manifest and stops the dev server office-addin-debugging started', () => {
    expect(scripts.stop).toBe(`office-addin-debugging stop ${MANIFEST}`);
  });

  test('the dev server is the hand-written HTTPS server; npm run serve runs it by hand', () => {
    expect(scripts['dev-server']).toBe('node scripts/serve-excel.mjs');
    expect(scripts.serve).toBe('npm run build && node scripts/serve-excel.mjs');
  });

  test('office-addin-debugging is installed, pinned, and runs here (its help lists the options used)', () => {
    expect(pkg.devDependencies['office-addin-debugging']).toMatch(/^\d+\.\d+\.\d+$/);
    const help = execFileSync(path.join(ROOT, 'node_modules/.bin/office-addin-debugging'), ['start', '--help'], { encoding: 'utf8' });
    for (const option of ['--app <app>', '--dev-server-port <port>', '--document <document>']) expect(help).toContain(option);
  });
});

describe('office-addin-debugging\'s own code, offline', () => {
  test('reads the built manifest as the ITHOJO add-in for Excel', () => {
    const out = nodeEval(`
      import m from 'office-addin-manifest';
      const info = await m.OfficeAddinManifest.readManifestFile(${JSON.stringify(MANIFEST)});
      console.log(JSON.stringify({ id: info.id, apps: m.getOfficeAppsForManifestHosts(info.hosts), source: info.defaultSettings.sourceLocation }));`);
    expect(JSON.parse(out)).toEqual({ id: '982db97f-c2d3-4191-8ac4-8e2a67b5421a', apps: ['excel'], source: `${DEFAULT_BASE_URL}/taskpane.html` });
  });

  test('starts the "dev-server" script as the dev server (as npm start runs it: npm_package_json set)', () => {
    const out = nodeEval(`
      import cli from 'office-addin-cli';
      console.log(await cli.getPackageJsonScript('dev-server'));`, { npm_package_json: path.join(ROOT, 'package.json') });
    expect(out).toBe('node scripts/serve-excel.mjs');
  });

  test('opens Excel on the web with the dev server\'s port, the manifest file and the add-in id', () => {
    const document = 'https://contoso.sharepoint.com/:x:/r/Book.xlsx?d=w1&web=1';
    const out = nodeEval(`
      import m from 'office-addin-manifest';
      import s from 'office-addin-dev-settings';
      const info = await m.OfficeAddinManifest.readManifestFile(${JSON.stringify(MANIFEST)});
      console.log(await s.generateSideloadUrl('manifest.xml', info, ${JSON.stringify(document)}));`);
    expect(out).toBe(`${document}&wdaddindevserverport=${PORT}&wdaddinmanifestfile=manifest.xml&wdaddinmanifestguid=982db97f-c2d3-4191-8ac4-8e2a67b5421a`);
  });

  test('refuses desktop sideloading on Linux with a plain reason (no desktop Excel there)', () => {
    const out = nodeEval(`
      import d from 'office-addin-debugging';
      try { d.parsePlatform(process.platform === 'linux' ? 'desktop' : 'linux'); console.log('accepted'); } catch (e) { console.log(e.message); }`);
    expect(out).toBe('The current platform is not supported: linux');
  });
});

describe('the dev server (scripts/serve-excel.mjs)', () => {
  const serve = (code: string) => nodeEval(`import { manifestBase, serveAt, fileFor } from './scripts/serve-excel.mjs';\nimport { readFileSync } from 'node:fs';\n${code}`);

  test('listens on the port office-addin-debugging waits for: the built manifest\'s', () => {
    const out = serve(`console.log(JSON.stringify(serveAt(manifestBase(readFileSync(${JSON.stringify(MANIFEST)}, 'utf8')))));`);
    expect(JSON.parse(out)).toEqual({ local: true, port: PORT, prefix: '' });
  });

  test('serves manifest.xml at the root, where the web sideload fetches it, and nothing outside dist/excel', () => {
    const out = serve(`console.log(JSON.stringify([fileFor('/manifest.xml', ''), fileFor('/assets/icon-32.png?v=1', ''), fileFor('/../../package.json', ''), fileFor('/%E0%A4%A', '')]));`);
    const dist = path.join(ROOT, 'dist/excel');
    expect(JSON.parse(out)).toEqual([path.join(dist, 'manifest.xml'), path.join(dist, 'assets/icon-32.png'), path.join(dist, 'package.json'), null]);
  });

  test('a release build\'s manifest (another host) is served on port 3000 without its path', () => {
    const out = serve(`console.log(JSON.stringify(serveAt(new URL('https://addins.example.jp/ithojo'))));`);
    expect(JSON.parse(out)).toEqual({ local: false, port: 3000, prefix: '' });
  });
});
