/**
 * xl/worksheets/sheet1.xml of a template: constants, formulas with their cached values (ITHOJO
 * calls as dynamic-array formulas in Excel's stored form, spilled answers in the cells below
 * them), cell formats, drop-down lists and conditional number formats.
 */
import { areaName, cellName, contains, parseArea, parseCell, type Area } from '../a1';
import { TemplateSheet, isError, type Scalar, type Value } from '../evaluate';
import { render, type Expr } from '../expr';
import { writesFor, type Layout, type Style } from '../layout';
import { listSource } from '../plan';
import type { StyleBook } from './styles';
import { esc, MAIN_NS, REL_NS, XML_HEAD } from './xml';

interface Content {
  readonly value?: Scalar;
  readonly formula?: Expr;
  /** The spill area of a dynamic-array formula (its own cell when it answers one value). */
  readonly spill?: Area;
}

function callsIthojo(e: Expr): boolean {
  if (e.k === 'ithojo') return true;
  if (e.k === 'op') return callsIthojo(e.l) || callsIthojo(e.r);
  if (e.k === 'call') return e.args.some((a) => a !== null && callsIthojo(a));
  return false;
}

const key = (r: number, c: number) => `${r},${c}`;

/** The <v> and type of a value; null writes no value. */
function valueXml(v: Scalar, isFormula: boolean): { type: string; inner: string } {
  if (v === null) return { type: '', inner: '' };
  if (isError(v)) return { type: ' t="e"', inner: `<v>${v.error}</v>` };
  if (typeof v === 'number') return { type: '', inner: `<v>${v}</v>` };
  if (typeof v === 'boolean') return { type: ' t="b"', inner: `<v>${v ? 1 : 0}</v>` };
  if (isFormula) return { type: ' t="str"', inner: `<v>${esc(v)}</v>` };
  const space = /^\s|\s$/.test(v) ? ' xml:space="preserve"' : '';
  return { type: ' t="inlineStr"', inner: `<is><t${space}>${esc(v)}</t></is>` };
}

/** Every written cell of the layout, spilled answers included. */
function contents(layout: Layout, sheet: TemplateSheet): Map<string, Content> {
  const out = new Map<string, Content>();
  const spilled = new Map<string, Scalar>();
  for (const cell of layout.cells) {
    if (!writesFor(cell, 'ooxml')) continue;
    const { r, c } = parseCell(cell.at);
    if (!cell.formula) {
      out.set(key(r, c), { value: cell.value ?? null });
      continue;
    }
    const answer: Value = sheet.result(cell.at);
    if (!callsIthojo(cell.formula)) {
      out.set(key(r, c), { formula: cell.formula, value: Array.isArray(answer) ? answer[0][0] : answer });
      continue;
    }
    const grid = Array.isArray(answer) ? answer : [[answer]];
    const spill = { r0: r, c0: c, r1: r + grid.length - 1, c1: c + grid[0].length - 1 };
    out.set(key(r, c), { formula: cell.formula, value: grid[0][0], spill });
    grid.forEach((row, i) => row.forEach((v, j) => (i > 0 || j > 0 ? spilled.set(key(r + i, c + j), v) : undefined)));
  }
  for (const [k, v] of spilled) {
    // a constant in a spill area would make Excel show #SPILL!
    if (out.has(k)) throw new Error(`${layout.name}: a spilled answer would overwrite the cell at row,col ${k}`);
    out.set(k, { value: v });
  }
  return out;
}

/** The style and number format of a cell: the blocks covering it, later ones winning. */
function formatOf(layout: Layout, r: number, c: number): { style: Style; numFmt?: string } | undefined {
  let found: { style: Style; numFmt?: string } | undefined;
  for (const b of layout.blocks) {
    if (!writesFor(b, 'ooxml') || !contains(parseArea(b.range), r, c)) continue;
    found = { style: { ...found?.style, ...b.style }, numFmt: b.numFmt ?? found?.numFmt };
  }
  return found;
}

function cellXml(r: number, c: number, content: Content | undefined, styleIndex: number): string {
  const s = styleIndex ? ` s="${styleIndex}"` : '';
  const ref = cellName(r, c);
  if (!content) return `<c r="${ref}"${s}/>`;
  const { type, inner } = valueXml(content.value ?? null, content.formula !== undefined);
  if (!content.formula) return `<c r="${ref}"${s}${type}>${inner}</c>`;
  const text = esc(render(content.formula, 'ooxml'));
  // cm="1" points at the XLDAPR block of xl/metadata.xml: Excel treats the cell as a dynamic array
  const f = content.spill ? `<f t="array" ref="${areaName(content.spill)}">${text}</f>` : `<f>${text}</f>`;
  return `<c r="${ref}"${s}${type}${content.spill ? ' cm="1"' : ''}>${f}${inner}</c>`;
}

export function sheetXml(layout: Layout, styles: StyleBook): string {
  const sheet = new TemplateSheet(layout);
  const cells = contents(layout, sheet);
  const keys = new Set(cells.keys());
  for (const b of layout.blocks) {
    if (!writesFor(b, 'ooxml')) continue;
    const a = parseArea(b.range);
    for (let r = a.r0; r <= a.r1; r++) for (let c = a.c0; c <= a.c1; c++) keys.add(key(r, c));
  }
  const ordered = [...keys].map((k) => k.split(',').map(Number) as [number, number]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const rows: string[] = [];
  let current = -1;
  let row: string[] = [];
  const flush = () => {
    if (current >= 0) rows.push(`<row r="${current + 1}">${row.join('')}</row>`);
  };
  for (const [r, c] of ordered) {
    if (r !== current) {
      flush();
      current = r;
      row = [];
    }
    const format = formatOf(layout, r, c);
    row.push(cellXml(r, c, cells.get(key(r, c)), format ? styles.cellStyle(format.style, format.numFmt) : 0));
  }
  flush();

  const last = ordered[ordered.length - 1];
  const maxCol = Math.max(...ordered.map(([, c]) => c), layout.columns.length - 1);
  const cols = layout.columns.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const conditional = layout.conditional
    .filter((x) => writesFor(x, 'ooxml'))
    .map(
      (x, i) =>
        `<conditionalFormatting sqref="${x.range}"><cfRule type="expression" dxfId="${styles.numberFormatDxf(x.numFmt)}" priority="${i + 1}">` +
        `<formula>${esc(render(x.when, 'ooxml'))}</formula></cfRule></conditionalFormatting>`,
    )
    .join('');
  const lists = layout.blocks.filter((b) => b.list && writesFor(b, 'ooxml'));
  // a warning, not a stop: the core also reads the aliases a list does not show
  const validations = lists.length === 0 ? '' : `<dataValidations count="${lists.length}">${lists
    .map((b) => `<dataValidation type="list" errorStyle="warning" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${b.range}"><formula1>${esc(`"${listSource(b.list!)}"`)}</formula1></dataValidation>`)
    .join('')}</dataValidations>`;
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<dimension ref="A1:${cellName(last[0], maxCol)}"/>` +
    '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="18"/>' +
    `<cols>${cols}</cols>` +
    `<sheetData>${rows.join('')}</sheetData>` +
    conditional +
    validations +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}
