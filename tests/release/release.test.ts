/**
 * `ITHOJO_BASE_URL=https://… npm run release`: refused without a public https URL; otherwise
 * dist/release/ with a zip per part named by the version. Each zip is unzipped and checked: the
 * exact files, every manifest URL on the base URL and naming a file of the zip (Office's rules,
 * from the zip's own bytes), the version in the manifest, the help pages, the pages' code and the
 * zip names, and the same Apps Script, templates and help as the tested development build. A
 * second build in another time zone, with the clock 400 days ahead, gives the same bytes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { manifestProblems, manifestUrls, manifestVersion, type Metadata } from '../../excel-addin/codegen';
import { parseXml } from '../../excel-addin/codegen/xml';
import pkg from '../../package.json';
import { filesOf, refused, release, RELEASE, ROOT, unzip } from './support/release';

jest.setTimeout(240_000);

const BASE = 'https://addins.example.jp/ithojo';
const VERSION = pkg.version;
const PARTS = ['excel', 'sheets', 'templates', 'help'];
const zipName = (part: string) => `ithojo-${part}-${VERSION}.zip`;
const zips: Record<string, Map<string, Buffer>> = {};
let firstBytes: Map<string, Buffer>;

beforeAll(() => {
  release(`${BASE}/`);
  firstBytes = new Map([...PARTS.map(zipName), 'SHA256SUMS'].map((f) => [f, fs.readFileSync(path.join(RELEASE, f))]));
  for (const part of PARTS) zips[part] = unzip(path.join(RELEASE, zipName(part)));
});

const text = (part: string, file: string): string => {
  const bytes = zips[part].get(file);
  if (!bytes) throw new Error(`${file} is not in ${zipName(part)}`);
  return bytes.toString('utf8');
};

describe('refusals (nothing is built)', () => {
  test.each([
    ['no base URL', undefined, /ITHOJO_BASE_URL がありません[\s\S]*ITHOJO_BASE_URL is missing/],
    ['an empty one', '  ', /ITHOJO_BASE_URL is missing/],
    ['http', 'http://addins.example.jp/ithojo', /https:\/\/ で始めて[\s\S]*must be served over https/],
    ['not a URL', 'addins.example.jp', /URL として読めません/],
    ['this machine', 'https://localhost:3000', /手元のマシン[\s\S]*points at this machine/],
    ['a query', 'https://addins.example.jp/ithojo?x=1', /no query/],
  ])('%s', (_what, url, message) => {
    const before = fs.readFileSync(path.join(RELEASE, 'SHA256SUMS'));
    const r = refused(url);
    expect(r.status).toBe(1);
    expect(r.output).toMatch(message);
    // refused before anything is removed or written
    expect(fs.readFileSync(path.join(RELEASE, 'SHA256SUMS'))).toEqual(before);
  });
});

describe('dist/release', () => {
  test('holds one folder and one zip per part, named by the version, and their SHA-256 sums', () => {
    expect(fs.readdirSync(RELEASE).sort()).toEqual([...PARTS, ...PARTS.map(zipName), 'SHA256SUMS'].sort());
    const sums = fs.readFileSync(path.join(RELEASE, 'SHA256SUMS'), 'utf8').trim().split('\n').map((l) => l.split('  ')[1]);
    expect(sums).toEqual(PARTS.map(zipName));
  });

  test.each(PARTS)('the %s zip holds exactly its folder, byte for byte, in byte order of the paths', (part) => {
    const folder = filesOf(path.join(RELEASE, part));
    expect([...zips[part].keys()]).toEqual([...folder.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    for (const [name, bytes] of zips[part]) expect([name, bytes.equals(folder.get(name)!)]).toEqual([name, true]);
  });
});

describe('the Excel zip: the files for the base URL', () => {
  test('is exactly the add-in, the help page and the templates, without source maps', () => {
    expect([...zips.excel.keys()].sort()).toEqual([
      'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png',
      'commands.html', 'commands.js', 'functions.html', 'functions.ja-JP.json', 'functions.js', 'functions.json',
      'help.html', 'manifest.xml', 'taskpane.css', 'taskpane.html', 'taskpane.js',
      'templates/シナリオ表.xlsx', 'templates/見積書.xlsx',
    ]);
    for (const f of ['functions.js', 'taskpane.js', 'commands.js']) expect(text('excel', f)).not.toContain('sourceMappingURL');
  });

  test('its manifest meets what Office requires, checked against the zip\'s own files', () => {
    const problems = manifestProblems(text('excel', 'manifest.xml'), { baseUrl: BASE, version: manifestVersion(VERSION), file: (rel) => zips.excel.get(rel) });
    expect(problems).toEqual([]);
  });

  test('every manifest URL is on the base URL, and the version is package.json\'s in four parts', () => {
    const root = parseXml(text('excel', 'manifest.xml'));
    const urls = manifestUrls(root).map((u) => u.url);
    expect(urls.length).toBeGreaterThanOrEqual(12);
    for (const u of urls) expect([u, u.startsWith(`${BASE}/`)]).toEqual([u, true]);
    expect(root.children.find((c) => c.name === 'Version')!.text).toBe(`${VERSION}.0`);
  });

  test('no file points at the development server, and every function\'s help is the hosted help page', () => {
    // (the manifest's comment says where the development build points; comments are not read by Office)
    const read = (b: Buffer) => b.toString('utf8').replace(/<!--[\s\S]*?-->/g, '');
    for (const [name, bytes] of zips.excel) if (!/\.(png|xlsx)$/.test(name)) expect([name, read(bytes).includes('localhost')]).toEqual([name, false]);
    for (const file of ['functions.json', 'functions.ja-JP.json']) {
      const meta = JSON.parse(text('excel', file)) as Metadata;
      for (const f of meta.functions) expect(f.helpUrl).toBe(`${BASE}/help.html#${f.id}`);
    }
  });
});

describe('the Sheets zip', () => {
  test('holds the Apps Script project under script/ and the library paste-in file beside it', () => {
    expect([...zips.sheets.keys()].sort()).toEqual([
      'library-wrappers.js', 'script/Code.js', 'script/CoreOnDemand.html', 'script/CoreOtherPrograms.html',
      'script/Help.html', 'script/Server.js', 'script/Sidebar.html', 'script/appsscript.json',
    ]);
  });

  test('is the development build the Sheets tests ran (the Apps Script build does not depend on the base URL)', () => {
    for (const [name, bytes] of zips.sheets) {
      const dev = name === 'library-wrappers.js' ? 'dist/gas-library/library-wrappers.js' : `dist/gas/${name.slice('script/'.length)}`;
      expect([name, bytes.equals(fs.readFileSync(path.join(ROOT, dev)))]).toEqual([name, true]);
    }
  });
});

describe('the templates and help zips', () => {
  test('the templates are the tested ones, and the Excel zip carries the same files', () => {
    expect([...zips.templates.keys()].sort()).toEqual(['シナリオ表.xlsx', '見積書.xlsx']);
    for (const [name, bytes] of zips.templates) {
      expect(bytes.equals(fs.readFileSync(path.join(ROOT, 'dist/templates', name)))).toBe(true);
      expect(bytes.equals(zips.excel.get(`templates/${name}`)!)).toBe(true);
    }
  });

  test('the help pages are in Excel\'s and Sheets\' spelling; the standalone Excel page links the hosted templates', () => {
    expect([...zips.help.keys()].sort()).toEqual(['excel.html', 'sheets.html']);
    expect(text('help', 'excel.html')).toContain('=ITHOJO.AMOUNT(');
    expect(text('help', 'sheets.html')).toContain('=ITHOJO_AMOUNT(');
    expect(text('help', 'excel.html')).toContain(`href="${BASE}/templates/見積書.xlsx"`);
    expect(text('help', 'sheets.html')).toBe(text('sheets', 'script/Help.html'));
  });
});

describe('the version in sight', () => {
  test('the help pages and the pane\'s code carry package.json\'s version', () => {
    for (const [part, file] of [['excel', 'help.html'], ['help', 'excel.html'], ['help', 'sheets.html']]) {
      expect(text(part, file)).toMatch(new RegExp(`<p id="about"><small>ITHOJO ${VERSION.replace(/\./g, '\\.')}・ルール確認日 \\d{4}-\\d{2}-\\d{2} `));
    }
    for (const [part, file] of [['excel', 'taskpane.js'], ['sheets', 'script/Sidebar.html'], ['sheets', 'script/CoreOnDemand.html']]) {
      expect([file, text(part, file).includes(VERSION)]).toEqual([file, true]);
    }
  });
});

test('a second build, in another time zone with the clock 400 days ahead, gives the same bytes', () => {
  release(BASE, ['--require', path.join(__dirname, 'support/shiftedClock.cjs')], { TZ: 'Pacific/Kiritimati' });
  for (const [name, bytes] of firstBytes) expect([name, fs.readFileSync(path.join(RELEASE, name)).equals(bytes)]).toEqual([name, true]);
});
