/**
 * What Office requires of the add-in-only XML manifest, checked offline (office-addin-manifest's
 * validator calls Microsoft's web service): the root and the order of its elements, the GUID, a
 * four-part version, string lengths, every URL https under the base URL and naming a file that is
 * there, icons that are PNGs of the sizes named, every resid defined, and the elements custom
 * functions need. The release build refuses a manifest with any problem; the tests run it on the
 * development build and on broken copies.
 *
 * Sources: learn.microsoft.com/javascript/api/manifest/officeapp (required children, order),
 * …/manifest/version (1–4 parts, at most 5 digits each), …/manifest/customfunctionsruntime-requirement
 * and office/dev/add-ins/excel/custom-functions-manifest (Script, Page, Metadata, Namespace).
 */
import { at, descendants, parseXml, type XmlElement } from './xml';

/** What the check needs to know besides the manifest. */
export interface ManifestFacts {
  /** The base URL every URL must be under (no trailing slash). */
  readonly baseUrl: string;
  /** The version the manifest must carry (four parts). */
  readonly version: string;
  /** The bytes of a file below the base URL (its path relative to it), or undefined when missing. */
  readonly file: (relativePath: string) => Uint8Array | undefined;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FOUR_PART_VERSION = /^\d{1,5}(\.\d{1,5}){3}$/;
/** OfficeApp's children in the schema's order (task pane add-ins); Office rejects another order. */
const OFFICEAPP_ORDER = [
  'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
  'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides',
];
const REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions'];
/** ShortString and LongString limits of the schema. */
const SHORT = 125;
const LONG = 250;
const RESID = 32;

/** Width and height of a PNG, or undefined when the bytes are not one. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** resid → its bt:Url, bt:String or bt:Image; a duplicate id is a problem. */
function resources(root: XmlElement, problems: string[]): Map<string, XmlElement> {
  const map = new Map<string, XmlElement>();
  const overrides = root.children.find((c) => c.name === 'VersionOverrides');
  const res = overrides?.children.find((c) => c.name === 'Resources');
  for (const el of res ? descendants(res) : []) {
    if (!el.attrs.id) continue;
    if (map.has(el.attrs.id)) problems.push(`resource id ${el.attrs.id} is defined twice`);
    map.set(el.attrs.id, el);
  }
  return map;
}

/** Every URL the manifest points Office at, with the element that holds it. */
export function manifestUrls(root: XmlElement): { url: string; el: XmlElement }[] {
  return descendants(root).flatMap((el) =>
    Object.entries(el.attrs)
      .filter(([key, v]) => !key.startsWith('xmlns') && /^[a-z][a-z0-9+.-]*:\/\//i.test(v))
      .map(([, url]) => ({ url, el })),
  );
}

function checkOrder(root: XmlElement, problems: string[]): void {
  const names = root.children.map((c) => c.name);
  for (const name of names) if (!OFFICEAPP_ORDER.includes(name)) problems.push(`<${name}> is not a child OfficeApp allows`);
  for (const name of REQUIRED) if (names.filter((n) => n === name).length !== 1) problems.push(`OfficeApp needs exactly one <${name}>`);
  const known = names.filter((n) => OFFICEAPP_ORDER.includes(n)).map((n) => OFFICEAPP_ORDER.indexOf(n));
  if (known.some((k, i) => i > 0 && k < known[i - 1])) problems.push(`OfficeApp's children are out of the schema's order: ${names.join(', ')}`);
}

function checkStrings(root: XmlElement, problems: string[]): void {
  const group = (name: string) => descendants(root).find((el) => el.name === name)?.children ?? [];
  const limits: [XmlElement | undefined, number][] = [
    [root.children.find((c) => c.name === 'DisplayName'), SHORT],
    [root.children.find((c) => c.name === 'Description'), LONG],
    ...group('bt:ShortStrings').map((el): [XmlElement, number] => [el, SHORT]),
    ...group('bt:LongStrings').map((el): [XmlElement, number] => [el, LONG]),
  ];
  for (const [el, limit] of limits) {
    if (!el) continue;
    const what = `<${el.name}${el.attrs.id ? ` id="${el.attrs.id}"` : ''}>`;
    const values = [el.attrs.DefaultValue, ...el.children.filter((c) => c.name.endsWith('Override')).map((o) => o.attrs.Value)];
    if (!values[0]) problems.push(`${what} has no DefaultValue`);
    if (values.some((v) => v !== undefined && [...v].length > limit)) problems.push(`${what} is longer than ${limit} characters`);
  }
}

function checkUrls(root: XmlElement, facts: ManifestFacts, problems: string[]): void {
  const urls = manifestUrls(root);
  if (urls.length === 0) problems.push('the manifest names no URL');
  for (const { url } of urls) {
    if (!url.startsWith('https://')) problems.push(`${url} is not https`);
    if (!url.startsWith(`${facts.baseUrl}/`)) {
      problems.push(`${url} is not under the base URL ${facts.baseUrl}/`);
      continue;
    }
    const rel = decodeURI(url.slice(facts.baseUrl.length + 1).split(/[?#]/)[0]);
    if (facts.file(rel) === undefined) problems.push(`${url} names ${rel}, which is not in the build`);
  }
}

function checkIcon(url: string | undefined, size: number, what: string, facts: ManifestFacts, problems: string[]): void {
  if (!url || !url.startsWith(`${facts.baseUrl}/`)) {
    problems.push(`${what} has no icon under the base URL`);
    return;
  }
  const bytes = facts.file(decodeURI(url.slice(facts.baseUrl.length + 1)));
  if (!bytes) return; // reported by checkUrls
  const png = pngSize(bytes);
  if (!png) problems.push(`${url} (${what}) is not a PNG`);
  else if (png.width !== size || png.height !== size) problems.push(`${url} (${what}) is ${png.width}×${png.height}, not ${size}×${size}`);
}

function checkIcons(root: XmlElement, res: Map<string, XmlElement>, facts: ManifestFacts, problems: string[]): void {
  checkIcon(root.children.find((c) => c.name === 'IconUrl')?.attrs.DefaultValue, 32, 'IconUrl', facts, problems);
  checkIcon(root.children.find((c) => c.name === 'HighResolutionIconUrl')?.attrs.DefaultValue, 64, 'HighResolutionIconUrl', facts, problems);
  for (const img of descendants(root).filter((el) => el.name === 'bt:Image' && el.attrs.size && el.attrs.resid)) {
    checkIcon(res.get(img.attrs.resid)?.attrs.DefaultValue, Number(img.attrs.size), `image ${img.attrs.resid}`, facts, problems);
  }
}

/** The CustomFunctions extension point: Script (.js), Page (.html), Metadata (.json), Namespace. */
function checkCustomFunctions(root: XmlElement, res: Map<string, XmlElement>, problems: string[]): void {
  const sets = descendants(root).filter((el) => el.name === 'Set' && el.attrs.Name === 'CustomFunctionsRuntime');
  if (sets.length !== 1 || !/^1\.\d+$/.test(sets[0].attrs.MinVersion ?? '')) problems.push('Requirements must name the CustomFunctionsRuntime set with a MinVersion 1.x');
  const points = descendants(root).filter((el) => el.name === 'ExtensionPoint' && el.attrs['xsi:type'] === 'CustomFunctions');
  if (points.length !== 1) {
    problems.push(`expected one ExtensionPoint of type CustomFunctions, found ${points.length}`);
    return;
  }
  const ext = points[0];
  const urlOf = (name: string, ending: string): void => {
    try {
      const resid = at(ext, name, 'SourceLocation').attrs.resid;
      const url = res.get(resid)?.attrs.DefaultValue ?? '';
      if (!url.endsWith(ending)) problems.push(`CustomFunctions ${name} must point at a ${ending} file (is "${url}")`);
    } catch (e) {
      problems.push(`CustomFunctions ${name}: ${(e as Error).message}`);
    }
  };
  urlOf('Script', '.js');
  urlOf('Page', '.html');
  urlOf('Metadata', '.json');
  const ns = ext.children.find((c) => c.name === 'Namespace');
  const value = ns ? res.get(ns.attrs.resid)?.attrs.DefaultValue : undefined;
  if (!value || !/^[A-Za-z0-9.]{1,32}$/.test(value)) problems.push(`CustomFunctions Namespace must be 1–32 letters, digits or periods (is "${value ?? ''}")`);
}

/** Every problem Office would have with the manifest (an empty list: none found). */
export function manifestProblems(xml: string, facts: ManifestFacts): string[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    return [(e as Error).message];
  }
  const problems: string[] = [];
  if (root.name !== 'OfficeApp' || root.attrs.xmlns !== 'http://schemas.microsoft.com/office/appforoffice/1.1' || root.attrs['xsi:type'] !== 'TaskPaneApp') {
    return ['the root must be <OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xsi:type="TaskPaneApp">'];
  }
  checkOrder(root, problems);
  const text = (name: string) => root.children.find((c) => c.name === name)?.text.trim() ?? '';
  if (!GUID.test(text('Id'))) problems.push(`<Id> must be a GUID (is "${text('Id')}")`);
  if (!FOUR_PART_VERSION.test(text('Version'))) problems.push(`<Version> must be four parts of at most 5 digits (is "${text('Version')}")`);
  else if (text('Version') !== facts.version) problems.push(`<Version> is ${text('Version')}, the build's version is ${facts.version}`);
  const hosts = root.children.find((c) => c.name === 'Hosts');
  if (!hosts || hosts.children.length !== 1 || hosts.children[0].attrs.Name !== 'Workbook') problems.push('<Hosts> must name the Workbook host only');
  const res = resources(root, problems);
  for (const el of descendants(root)) {
    if (!el.attrs.resid) continue;
    if (!res.has(el.attrs.resid)) problems.push(`resid ${el.attrs.resid} is not defined`);
    if (el.attrs.resid.length > RESID) problems.push(`resid ${el.attrs.resid} is longer than ${RESID} characters`);
  }
  checkStrings(root, problems);
  checkUrls(root, facts, problems);
  checkIcons(root, res, facts, problems);
  checkCustomFunctions(root, res, problems);
  return problems;
}
