/**
 * Manifest invariants, offline: the template and the built dist/excel/manifest.xml are well-formed
 * XML with the add-in-only shape custom functions need, the task pane and ribbon commands without
 * a shared runtime, every string in Japanese too, every URL https under the build's base URL and
 * naming a file that is in dist/excel; the shared check of what Office requires (the release build
 * runs it too) passes, and reports each rule broken on purpose; and a release build moves every URL.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { manifestProblems, manifestUrls, manifestVersion, MANIFEST_TEMPLATE_PATH, METADATA_FILE, normalizeBaseUrl, type ManifestFacts, type Metadata } from '../../excel-addin/codegen';
import pkg from '../../package.json';
import { commandId, commands } from '../../excel-addin/commands/commands';
import { templateLayouts } from '../../templates';
import { DIST, distFile, JAPANESE, ROOT } from './support/excel';
import { at, descendants, parseXml, type XmlElement } from './support/xml';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const template = parseXml(fs.readFileSync(path.join(ROOT, MANIFEST_TEMPLATE_PATH), 'utf8'));
let manifest: XmlElement;
let base: string;

beforeAll(() => {
  manifest = parseXml(fs.readFileSync(distFile('manifest.xml'), 'utf8'));
  base = normalizeBaseUrl(process.env.ITHOJO_BASE_URL);
});

/** resid → the resource element that defines it (bt:Url, bt:String, bt:Image). */
function resources(root: XmlElement): Map<string, XmlElement> {
  const map = new Map<string, XmlElement>();
  for (const el of descendants(at(root, 'VersionOverrides', 'Resources'))) {
    if (!el.attrs.id) continue;
    if (map.has(el.attrs.id)) throw new Error(`resource id ${el.attrs.id} defined twice`);
    map.set(el.attrs.id, el);
  }
  return map;
}

/** Every URL the manifest points Office at (namespace declarations are names, not locations). */
const urlsOf = (root: XmlElement): string[] => manifestUrls(root).map((u) => u.url);

/** Shows the offending URL when it fails. */
function expectUnder(url: string, prefix: string): void {
  expect([url, url.startsWith(`${prefix}/`)]).toEqual([url, true]);
}

describe('the template manifests/manifest.xml', () => {
  test('is well-formed, with a fixed GUID and only known placeholders', () => {
    expect(at(template, 'Id').text).toMatch(GUID);
    const placeholders = fs.readFileSync(path.join(ROOT, MANIFEST_TEMPLATE_PATH), 'utf8').match(/\{\{[^}]*\}\}/g) ?? [];
    expect(new Set(placeholders)).toEqual(new Set(['{{BASE_URL}}', '{{VERSION}}']));
  });
});

describe('dist/excel/manifest.xml', () => {
  test('is the add-in-only XML manifest of a task pane add-in for Workbook', () => {
    expect(manifest.name).toBe('OfficeApp');
    expect(manifest.attrs.xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(manifest.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(at(manifest, 'Id').text).toBe(at(template, 'Id').text);
    expect(at(manifest, 'Version').text).toBe(manifestVersion(pkg.version));
    expect(at(manifest, 'Hosts', 'Host').attrs.Name).toBe('Workbook');
    // the pane and the ribbon commands write formulas and template sheets
    expect(at(manifest, 'Permissions').text).toBe('ReadWriteDocument');
    expect(at(manifest, 'DefaultSettings', 'SourceLocation').attrs.DefaultValue).toBe(`${base}/taskpane.html`);
  });

  test('requires CustomFunctionsRuntime 1.1', () => {
    const set = at(manifest, 'Requirements', 'Sets', 'Set');
    expect(set.attrs).toEqual({ Name: 'CustomFunctionsRuntime', MinVersion: '1.1' });
  });

  test('has English names with Japanese (ja-JP) overrides', () => {
    expect(at(manifest, 'DefaultLocale').text).toBe('en-US');
    for (const name of ['DisplayName', 'Description']) {
      const el = at(manifest, name);
      expect(el.attrs.DefaultValue).toMatch(/[A-Za-z]/);
      const ja = at(el, 'Override');
      expect(ja.attrs.Locale).toBe('ja-JP');
      expect(ja.attrs.Value).toMatch(JAPANESE);
    }
  });

  test('declares the CustomFunctions extension point: script, page, metadata (ja-JP override) and namespace ITHOJO', () => {
    const ext = at(manifest, 'VersionOverrides', 'Hosts', 'Host', 'AllFormFactors', 'ExtensionPoint');
    expect(at(manifest, 'VersionOverrides', 'Hosts', 'Host').attrs['xsi:type']).toBe('Workbook');
    expect(ext.attrs['xsi:type']).toBe('CustomFunctions');
    const res = resources(manifest);
    const url = (name: string) => res.get(at(ext, name, 'SourceLocation').attrs.resid)!;
    expect(url('Script').attrs.DefaultValue).toBe(`${base}/functions.js`);
    expect(url('Page').attrs.DefaultValue).toBe(`${base}/functions.html`);
    expect(url('Metadata').attrs.DefaultValue).toBe(`${base}/functions.json`);
    expect(at(url('Metadata'), 'bt:Override').attrs).toEqual({ Locale: 'ja-JP', Value: `${base}/functions.ja-JP.json` });
    const ns = res.get(at(ext, 'Namespace').attrs.resid)!;
    expect(ns.name).toBe('bt:String');
    expect(ns.attrs.DefaultValue).toBe('ITHOJO');
  });

  test('every resid names a defined resource', () => {
    const res = resources(manifest);
    for (const el of descendants(manifest)) if (el.attrs.resid) expect(res.has(el.attrs.resid)).toBe(true);
  });

  test('every URL is https under the base URL and names a file in dist/excel', () => {
    const urls = urlsOf(manifest);
    expect(urls.length).toBeGreaterThanOrEqual(12);
    for (const u of urls) {
      expectUnder(u, base);
      expect(new URL(u).protocol).toBe('https:');
      const file = u.slice(base.length + 1);
      expect([file, fs.existsSync(path.join(DIST, file))]).toEqual([file, true]);
    }
  });

  test('meets the shared check of what Office requires (the one the release build runs)', () => {
    expect(manifestProblems(fs.readFileSync(distFile('manifest.xml'), 'utf8'), facts())).toEqual([]);
  });
});

/** The facts of the development build: its base URL, package.json's version, the files of dist/excel. */
function facts(): ManifestFacts {
  return {
    baseUrl: base,
    version: manifestVersion(pkg.version),
    file: (rel) => (fs.existsSync(path.join(DIST, rel)) && fs.statSync(path.join(DIST, rel)).isFile() ? fs.readFileSync(path.join(DIST, rel)) : undefined),
  };
}

describe('the shared manifest check finds each broken rule (excel-addin/codegen/manifestCheck.ts)', () => {
  const built = () => fs.readFileSync(distFile('manifest.xml'), 'utf8');
  const once = (text: string, from: string | RegExp, to: string): string => {
    const out = text.replace(from, to);
    if (out === text) throw new Error(`the mutation ${String(from)} changed nothing`);
    return out;
  };

  test.each<[string, (m: string) => string, RegExp]>([
    ['not XML', (m) => m.replace('</OfficeApp>', ''), /not closed/],
    ['an Id that is not a GUID', (m) => once(m, /<Id>[^<]+<\/Id>/, '<Id>ithojo</Id>'), /<Id> must be a GUID/],
    ['a three-part version', (m) => once(m, /<Version>[^<]+<\/Version>/, '<Version>0.1.0</Version>'), /four parts/],
    ['a version other than the build\'s', (m) => once(m, /<Version>[^<]+<\/Version>/, '<Version>9.9.9.0</Version>'), /<Version> is 9\.9\.9\.0, the build's version is/],
    ['a six-digit version part', (m) => once(m, /<Version>[^<]+<\/Version>/, '<Version>100000.0.0.0</Version>'), /four parts of at most 5 digits/],
    ['elements out of the schema\'s order', (m) => once(m, /(<SupportUrl[^>]*\/>)\s*(<Hosts>[\s\S]*?<\/Hosts>)/, '$2$1'), /out of the schema's order/],
    ['a missing required element', (m) => once(m, /<ProviderName>[^<]*<\/ProviderName>/, ''), /exactly one <ProviderName>/],
    ['an http URL', (m) => once(m, `${base}/help.html"`, `${base.replace('https:', 'http:')}/help.html"`), /is not https/],
    ['a URL off the base URL', (m) => once(m, `${base}/taskpane.html"/>\n  </DefaultSettings>`, 'https://elsewhere.example/taskpane.html"/>\n  </DefaultSettings>'), /not under the base URL/],
    ['a URL naming a file the build lacks', (m) => once(m, `${base}/functions.js"`, `${base}/function.js"`), /names function\.js, which is not in the build/],
    ['an icon of the wrong size', (m) => once(m, `<IconUrl DefaultValue="${base}/assets/icon-32.png"`, `<IconUrl DefaultValue="${base}/assets/icon-64.png"`), /\(IconUrl\) is 64×64, not 32×32/],
    ['an icon that is not a PNG', (m) => once(m, `<HighResolutionIconUrl DefaultValue="${base}/assets/icon-64.png"`, `<HighResolutionIconUrl DefaultValue="${base}/help.html"`), /\(HighResolutionIconUrl\) is not a PNG/],
    ['no CustomFunctionsRuntime requirement', (m) => once(m, /<Set Name="CustomFunctionsRuntime"[^>]*\/>/, ''), /CustomFunctionsRuntime/],
    ['no custom functions metadata', (m) => once(m, /<Metadata>[\s\S]*?<\/Metadata>/, ''), /CustomFunctions Metadata/],
    ['a namespace Excel refuses', (m) => once(m, 'id="Functions.Namespace" DefaultValue="ITHOJO"', 'id="Functions.Namespace" DefaultValue="IT HOJO"'), /Namespace must be/],
    ['a resid nothing defines', (m) => once(m, '<FunctionFile resid="Commands.Url"/>', '<FunctionFile resid="Commands.Link"/>'), /resid Commands\.Link is not defined/],
    ['a display name over 125 characters', (m) => once(m, '<DisplayName DefaultValue="ITHOJO subsidy calculator">', `<DisplayName DefaultValue="${'x'.repeat(126)}">`), /<DisplayName> is longer than 125/],
    ['another host', (m) => once(m, '<Host Name="Workbook"/>', '<Host Name="Document"/>'), /Workbook host only/],
  ])('%s', (_what, mutate, problem) => {
    const problems = manifestProblems(mutate(built()), facts());
    expect(problems.some((p) => problem.test(p))).toBe(true);
  });
});

describe('the task pane and the ribbon (no shared runtime)', () => {
  const host = () => at(manifest, 'VersionOverrides', 'Hosts', 'Host');
  const desktop = () => at(host(), 'DesktopFormFactor');
  const url = (resid: string) => resources(manifest).get(resid)!.attrs.DefaultValue;

  test('there is no <Runtimes> element anywhere: functions, pane and commands keep their own runtimes', () => {
    expect(descendants(manifest).filter((el) => el.name === 'Runtimes' || el.name === 'Runtime')).toEqual([]);
  });

  test('the host holds the custom functions first, then the desktop form factor', () => {
    expect(host().children.map((c) => c.name)).toEqual(['AllFormFactors', 'DesktopFormFactor']);
  });

  test('GetStarted has a title, a description and a learn-more link to the help page', () => {
    const g = at(desktop(), 'GetStarted');
    expect(g.children.map((c) => c.name)).toEqual(['Title', 'Description', 'LearnMoreUrl']);
    expect(url(at(g, 'LearnMoreUrl').attrs.resid)).toBe(`${base}/help.html`);
  });

  test('the FunctionFile is commands.html, which loads office.js and commands.js', () => {
    expect(url(at(desktop(), 'FunctionFile').attrs.resid)).toBe(`${base}/commands.html`);
    const html = fs.readFileSync(distFile('commands.html'), 'utf8');
    expect(html).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    expect(html).toContain('<script src="commands.js"></script>');
  });

  test('Home tab, ITHOJO group: a button that shows the pane and a menu of ExecuteFunction commands', () => {
    const surface = at(desktop(), 'ExtensionPoint');
    expect(surface.attrs['xsi:type']).toBe('PrimaryCommandSurface');
    const tab = at(surface, 'OfficeTab');
    expect(tab.attrs.id).toBe('TabHome');
    const group = at(tab, 'Group');
    const controls = group.children.filter((c) => c.name === 'Control');
    expect(controls.map((c) => c.attrs['xsi:type'])).toEqual(['Button', 'Menu']);
    const action = at(controls[0], 'Action');
    expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
    expect(url(at(action, 'SourceLocation').attrs.resid)).toBe(`${base}/taskpane.html`);
    const items = at(controls[1], 'Items').children;
    expect(items.map((i) => at(i, 'Action').attrs['xsi:type'])).toEqual(items.map(() => 'ExecuteFunction'));
    // every template has its menu item, and every item a registered command
    expect(items.map((i) => at(i, 'Action', 'FunctionName').text).sort()).toEqual(Object.keys(commands()).sort());
    expect(templateLayouts().map((l) => commandId(l.id)).every((id) => id in commands())).toBe(true);
  });

  test('the group, button and menu have 16, 32 and 80 px icons, which are PNGs of those sizes', () => {
    const group = at(desktop(), 'ExtensionPoint', 'OfficeTab', 'Group');
    for (const el of [group, ...group.children.filter((c) => c.name === 'Control')]) {
      const images = at(el, 'Icon').children;
      expect(images.map((i) => i.attrs.size)).toEqual(['16', '32', '80']);
      for (const img of images) {
        const png = fs.readFileSync(path.join(DIST, url(img.attrs.resid).slice(base.length + 1)));
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(img.attrs.size), Number(img.attrs.size)]);
      }
    }
  });

  test('every string has a ja-JP override in Japanese (the namespace is an identifier, not text)', () => {
    const strings = descendants(at(manifest, 'VersionOverrides', 'Resources')).filter((el) => el.name === 'bt:String');
    expect(strings.length).toBeGreaterThan(10);
    for (const str of strings) {
      if (str.attrs.id === 'Functions.Namespace') continue;
      const ja = str.children.filter((c) => c.name === 'bt:Override');
      expect([str.attrs.id, ja.map((o) => o.attrs.Locale)]).toEqual([str.attrs.id, ['ja-JP']]);
      if (str.attrs.DefaultValue !== 'ITHOJO') expect([str.attrs.id, JAPANESE.test(ja[0].attrs.Value)]).toEqual([str.attrs.id, true]);
    }
  });

  test('resource ids and control labels stay within Office\'s limits (32-character resid, 125-character short string)', () => {
    for (const el of descendants(manifest)) if (el.attrs.resid) expect(el.attrs.resid.length).toBeLessThanOrEqual(32);
    const short = at(manifest, 'VersionOverrides', 'Resources', 'bt:ShortStrings').children;
    for (const str of short) expect(str.attrs.DefaultValue.length).toBeLessThanOrEqual(125);
  });
});

describe('a release build (ITHOJO_BASE_URL)', () => {
  const node = process.execPath;
  const script = path.join(ROOT, 'scripts/build-excel.mjs');

  test('moves every manifest URL and help link to the release host', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ithojo-excel-release-'));
    try {
      execFileSync(node, [script, out], { env: { ...process.env, ITHOJO_BASE_URL: 'https://addins.example.jp/ithojo/' }, stdio: 'pipe' });
      const release = 'https://addins.example.jp/ithojo';
      const urls = urlsOf(parseXml(fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8')));
      expect(urls.length).toBeGreaterThanOrEqual(6);
      for (const u of urls) expectUnder(u, release);
      const meta = JSON.parse(fs.readFileSync(path.join(out, METADATA_FILE), 'utf8')) as Metadata;
      for (const f of meta.functions) expect(f.helpUrl).toBe(`${release}/help.html#${f.id}`);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  test('refuses a base URL that is not https', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ithojo-excel-release-'));
    try {
      expect(() =>
        execFileSync(node, [script, out], { env: { ...process.env, ITHOJO_BASE_URL: 'http://example.jp' }, stdio: 'pipe' }),
      ).toThrow(/https/);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
