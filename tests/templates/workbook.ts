/**
 * Reads a template .xlsx back for the tests: its parts unzipped (every XML part through a strict
 * parser), each cell of its sheet with formula, cached value and number format; validations,
 * conditional formats, merged cells, cell notes, the print names and page setup.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { at, descendants, parseXml, type XmlElement } from '../excel/support/xml';

export const ROOT = path.join(__dirname, '../..');
export const TEMPLATES_DIR = path.join(ROOT, 'dist/templates');

export interface Cell {
  readonly formula?: string;
  /** The <f> element's attributes (t="array", ref …): none for the templates' plain formulas. */
  readonly formulaAttrs?: Readonly<Record<string, string>>;
  readonly attrs: Readonly<Record<string, string>>;
  readonly value: string | number | boolean | null;
  readonly type?: string;
  readonly numFmt: string;
}

export interface Workbook {
  readonly parts: Record<string, string>;
  readonly sheet: XmlElement;
  readonly cells: Map<string, Cell>;
  readonly lists: Map<string, string[]>;
  readonly conditional: { sqref: string; formula: string; numFmt: string }[];
  readonly merges: string[];
  /** Cell → the text of its note. */
  readonly notes: Map<string, string>;
  /** Defined name → its formula (_xlnm.Print_Area, _xlnm.Print_Titles). */
  readonly names: Map<string, string>;
  readonly pageSetup: Readonly<Record<string, string>>;
}

const BUILTIN_FORMATS: Record<string, string> = { '0': 'General' };

export function readWorkbook(bytes: Uint8Array): Workbook {
  const files = unzipSync(bytes);
  const parts = Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
  for (const [name, xml] of Object.entries(parts)) if (/\.(xml|rels|vml)$/.test(name)) parseXml(xml);
  const styles = parseXml(parts['xl/styles.xml']);
  const formats = new Map<string, string>(Object.entries(BUILTIN_FORMATS));
  for (const f of descendants(at(styles, 'numFmts'))) if (f.name === 'numFmt') formats.set(f.attrs.numFmtId, f.attrs.formatCode);
  const xfs = at(styles, 'cellXfs').children.map((xf) => formats.get(xf.attrs.numFmtId) ?? `#${xf.attrs.numFmtId}`);
  const dxfs = at(styles, 'dxfs').children.map((d) => at(d, 'numFmt').attrs.formatCode);

  const sheet = parseXml(parts['xl/worksheets/sheet1.xml']);
  const cells = new Map<string, Cell>();
  for (const c of descendants(at(sheet, 'sheetData')).filter((e) => e.name === 'c')) {
    const f = c.children.find((x) => x.name === 'f');
    const v = c.children.find((x) => x.name === 'v');
    const is = c.children.find((x) => x.name === 'is');
    const type = c.attrs.t;
    let value: Cell['value'] = null;
    if (is) value = at(is, 't').text;
    else if (v) value = type === 'str' || type === 'e' ? v.text : type === 'b' ? v.text === '1' : Number(v.text);
    cells.set(c.attrs.r, { formula: f?.text, formulaAttrs: f?.attrs, attrs: c.attrs, value, type, numFmt: xfs[Number(c.attrs.s ?? 0)] });
  }
  const lists = new Map<string, string[]>();
  for (const dv of descendants(sheet).filter((e) => e.name === 'dataValidation')) {
    expect(dv.attrs.type).toBe('list');
    lists.set(dv.attrs.sqref, at(dv, 'formula1').text.replace(/^"|"$/g, '').split(','));
  }
  const conditional = descendants(sheet)
    .filter((e) => e.name === 'conditionalFormatting')
    .map((cf) => {
      const rule = at(cf, 'cfRule');
      return { sqref: cf.attrs.sqref, formula: at(rule, 'formula').text, numFmt: dxfs[Number(rule.attrs.dxfId)] };
    });
  const merges = descendants(sheet).filter((e) => e.name === 'mergeCell').map((e) => e.attrs.ref);
  const notes = new Map<string, string>();
  if (parts['xl/comments1.xml']) {
    for (const c of descendants(parseXml(parts['xl/comments1.xml'])).filter((e) => e.name === 'comment')) notes.set(c.attrs.ref, at(c, 'text', 't').text);
  }
  const workbook = parseXml(parts['xl/workbook.xml']);
  const names = new Map(descendants(workbook).filter((e) => e.name === 'definedName').map((e) => [e.attrs.name, e.text] as const));
  return { parts, sheet, cells, lists, conditional, merges, notes, names, pageSetup: at(sheet, 'pageSetup').attrs };
}

export function templateFile(name: string): Uint8Array {
  return readFileSync(path.join(TEMPLATES_DIR, name));
}

/** The cached values of a rectangle, row by row (null for empty cells). */
export function values(wb: Workbook, range: string): (string | number | boolean | null)[][] {
  const m = /^([A-Z])(\d+):([A-Z])(\d+)$/.exec(range)!;
  const out: (string | number | boolean | null)[][] = [];
  for (let r = Number(m[2]); r <= Number(m[4]); r++) {
    const row: (string | number | boolean | null)[] = [];
    for (let c = m[1].charCodeAt(0); c <= m[3].charCodeAt(0); c++) row.push(wb.cells.get(`${String.fromCharCode(c)}${r}`)?.value ?? null);
    out.push(row);
  }
  return out;
}
