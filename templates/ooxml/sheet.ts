/**
 * xl/worksheets/sheet1.xml of a template: constants, formulas with their cached values (ITHOJO
 * calls in Excel's stored form, _xldudf_ITHOJO_…), cell formats, merged cells, drop-down lists,
 * conditional number formats and the page setup.
 *
 * Every formula is a plain cell formula holding one value. LibreOffice recalculates array
 * formulas (t="array", which is also how Excel stores a spill) whenever it opens a file, and
 * without the add-in that is #NAME?; a plain formula keeps its stored answer there. Excel reads
 * such a cell as a formula of its pre-dynamic-array language (it shows an @ before the ITHOJO
 * function, which picks the one value the function answers) and recalculates it once the add-in
 * is loaded.
 */
import { cellName, contains, parseArea, parseCell } from '../a1';
import { TemplateSheet, isError, type Scalar } from '../evaluate';
import { render, type Expr } from '../expr';
import { writesFor, type Layout, type Style } from '../layout';
import { listSource } from '../plan';
import { NOTES_REL_ID } from './notes';
import { pageSetupXml, sheetPrXml } from './print';
import type { StyleBook } from './styles';
import { esc, MAIN_NS, REL_NS, XML_HEAD } from './xml';

interface Content {
  readonly value?: Scalar;
  readonly formula?: Expr;
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

/** Every written cell of the layout with its value, a formula's being its stored answer. */
function contents(layout: Layout, sheet: TemplateSheet): Map<string, Content> {
  const out = new Map<string, Content>();
  for (const cell of layout.cells) {
    if (!writesFor(cell, 'ooxml')) continue;
    const { r, c } = parseCell(cell.at);
    if (!cell.formula) {
      out.set(key(r, c), { value: cell.value ?? null });
      continue;
    }
    const answer = sheet.result(cell.at);
    if (Array.isArray(answer)) {
      throw new Error(`${layout.name}!${cell.at}: a formula of the file must answer one value (a spill is recalculated, and lost, by LibreOffice)`);
    }
    out.set(key(r, c), { formula: cell.formula, value: answer });
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
  return `<c r="${ref}"${s}${type}><f>${esc(render(content.formula, 'ooxml'))}</f>${inner}</c>`;
}

/** The rows of cells (values and formatted blanks), and the sheet's last row and column. */
function rowsXml(layout: Layout, styles: StyleBook, cells: Map<string, Content>): { xml: string; lastRow: number; lastCol: number } {
  const keys = new Set(cells.keys());
  for (const b of layout.blocks) {
    if (!writesFor(b, 'ooxml')) continue;
    const a = parseArea(b.range);
    for (let r = a.r0; r <= a.r1; r++) for (let c = a.c0; c <= a.c1; c++) keys.add(key(r, c));
  }
  const ordered = [...keys].map((k) => k.split(',').map(Number) as [number, number]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const byRow = new Map<number, string[]>();
  for (const [r, c] of ordered) {
    const format = formatOf(layout, r, c);
    const xml = cellXml(r, c, cells.get(key(r, c)), format ? styles.cellStyle(format.style, format.numFmt) : 0);
    const row = byRow.get(r) ?? [];
    row.push(xml);
    byRow.set(r, row);
  }
  const heights = layout.rowHeights ?? {};
  const rows = [...byRow].map(([r, xs]) => {
    const ht = heights[r + 1];
    return `<row r="${r + 1}"${ht ? ` ht="${ht}" customHeight="1"` : ''}>${xs.join('')}</row>`;
  });
  return { xml: rows.join(''), lastRow: ordered[ordered.length - 1][0], lastCol: Math.max(...ordered.map(([, c]) => c), layout.columns.length - 1) };
}

function mergesXml(layout: Layout): string {
  const merged = layout.blocks.filter((b) => b.merge && writesFor(b, 'ooxml'));
  return merged.length === 0 ? '' : `<mergeCells count="${merged.length}">${merged.map((b) => `<mergeCell ref="${b.range}"/>`).join('')}</mergeCells>`;
}

function conditionalXml(layout: Layout, styles: StyleBook): string {
  return layout.conditional
    .filter((x) => writesFor(x, 'ooxml'))
    .map(
      (x, i) =>
        `<conditionalFormatting sqref="${x.range}"><cfRule type="expression" dxfId="${styles.numberFormatDxf(x.numFmt)}" priority="${i + 1}">` +
        `<formula>${esc(render(x.when, 'ooxml'))}</formula></cfRule></conditionalFormatting>`,
    )
    .join('');
}

function validationsXml(layout: Layout): string {
  const lists = layout.blocks.filter((b) => b.list && writesFor(b, 'ooxml'));
  if (lists.length === 0) return '';
  // a warning, not a stop: the core also reads the aliases a list does not show
  const items = lists.map(
    (b) =>
      `<dataValidation type="list" errorStyle="warning" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${b.range}">` +
      `<formula1>${esc(`"${listSource(b.list!)}"`)}</formula1></dataValidation>`,
  );
  return `<dataValidations count="${lists.length}">${items.join('')}</dataValidations>`;
}

/** The sheet's XML; `hasNotes` adds the legacy drawing the cell notes are shown through. */
export function sheetXml(layout: Layout, styles: StyleBook, hasNotes: boolean): string {
  const cells = contents(layout, new TemplateSheet(layout, 'ooxml'));
  const rows = rowsXml(layout, styles, cells);
  const cols = layout.columns.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    sheetPrXml() +
    `<dimension ref="A1:${cellName(rows.lastRow, rows.lastCol)}"/>` +
    '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="18"/>' +
    `<cols>${cols}</cols>` +
    `<sheetData>${rows.xml}</sheetData>` +
    mergesXml(layout) +
    conditionalXml(layout, styles) +
    validationsXml(layout) +
    pageSetupXml(layout.print) +
    (hasNotes ? `<legacyDrawing r:id="${NOTES_REL_ID}"/>` : '') +
    '</worksheet>'
  );
}
