/**
 * A template file drawn as a spreadsheet grid in HTML, with its cached values in their number
 * formats, its cell styles, merged cells, row heights, the red corner of a cell note and the
 * print area's dashed outline: what Excel shows when it opens the file. Only the formats the
 * templates use are known here (a test fails on any other), so the picture cannot quietly lie.
 */
import { cellName, parseArea, parseCell, contains, columnLetters, type Area } from '../../templates/a1';
import { TemplateSheet, isError, type Scalar } from '../../templates/evaluate';
import { writesFor, type Layout, type Style } from '../../templates/layout';

const esc = (t: string) => t.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
/** Pixels of one point of font size (11 pt text is drawn at 13 px, as the rest of the grid). */
const PX_PER_PT = 13 / 11;

function day(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
}

function formatted(v: Scalar, numFmt: string | undefined): string {
  if (v === null) return '';
  if (isError(v)) return v.error;
  if (typeof v !== 'number') return String(v);
  switch (numFmt) {
    case undefined:
      return String(v);
    case '#,##0"円"':
      return `${Math.round(v).toLocaleString('ja-JP')}円`;
    case '#,##0':
      return Math.round(v).toLocaleString('ja-JP');
    case '0.0%':
      return `${(v * 100).toFixed(1)}%`;
    case '0"か月"':
      return `${v}か月`;
    case 'yyyy"年"m"月"d"日"': {
      const d = day(v);
      return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
    }
    default:
      throw new Error(`the test renderer does not know the number format ${numFmt}`);
  }
}

function css(s: Style): string {
  return [
    s.bold ? 'font-weight:700' : '', s.size ? `font-size:${Math.round(s.size * PX_PER_PT)}px` : '', s.fill ? `background:${s.fill}` : '', s.color ? `color:${s.color}` : '',
    s.border ? 'border:1px solid #7f7f7f' : '', s.align ? `text-align:${s.align}` : '',
  ].filter(Boolean).join(';');
}

/** The dashed edges of the print area that pass along a cell (columns c0..c1 when merged). */
function printEdges(area: Area, r: number, c0: number, c1: number): string {
  if (!contains(area, r, c0)) return '';
  const sides = [r === area.r0 && 'top', r === area.r1 && 'bottom', c0 === area.c0 && 'left', c1 === area.c1 && 'right'].filter((x): x is string => x !== false);
  return sides.map((s) => `;border-${s}:2px dashed #3b6fd6`).join('');
}

export function renderLayout(layout: Layout): string {
  const sheet = new TemplateSheet(layout, 'ooxml');
  const values = new Map<string, Scalar>();
  let rows = 0;
  for (const c of layout.cells) {
    if (!writesFor(c, 'ooxml')) continue;
    values.set(c.at, c.formula ? sheet.valueAt(c.at) : c.value ?? null);
    rows = Math.max(rows, parseCell(c.at).r + 1);
  }
  const noted = new Set(layout.cells.filter((c) => c.note !== undefined && writesFor(c, 'ooxml')).map((c) => c.at));
  const merges = layout.blocks.filter((b) => b.merge && writesFor(b, 'ooxml')).map((b) => parseArea(b.range));
  const printArea = parseArea(layout.print.area);
  const format = (r: number, c: number) => {
    let style: Style = {};
    let numFmt: string | undefined;
    for (const b of layout.blocks) {
      if (!writesFor(b, 'ooxml') || !contains(parseArea(b.range), r, c)) continue;
      style = { ...style, ...b.style };
      numFmt = b.numFmt ?? numFmt;
    }
    return { style, numFmt };
  };
  const cols = layout.columns.map((w) => `<col style="width:${w * 8}px">`).join('');
  const head = `<tr><th></th>${layout.columns.map((_, i) => `<th>${columnLetters(i)}</th>`).join('')}</tr>`;
  const body = Array.from({ length: rows }, (_, r) => {
    const tds: string[] = [];
    for (let c = 0; c < layout.columns.length; c++) {
      const merge = merges.find((m) => contains(m, r, c));
      if (merge && (merge.r0 !== r || merge.c0 !== c)) continue;
      const span = merge ? ` colspan="${merge.c1 - merge.c0 + 1}"` : '';
      const { style, numFmt } = format(r, c);
      const v = values.get(cellName(r, c)) ?? null;
      const right = typeof v === 'number' && !style.align ? ';text-align:right' : '';
      const note = noted.has(cellName(r, c)) ? ' class="note"' : '';
      tds.push(`<td${span}${note} style="${css(style)}${right}${printEdges(printArea, r, c, merge ? merge.c1 : c)}">${esc(formatted(v, numFmt))}</td>`);
    }
    const height = layout.rowHeights?.[r + 1];
    return `<tr${height ? ` style="height:${Math.round(height * 4 / 3)}px"` : ''}><th>${r + 1}</th>${tds.join('')}</tr>`;
  }).join('\n');
  const width = 36 + layout.columns.reduce((a, w) => a + w * 8, 0);
  // the grid ends at its last column, as a window does: long text there is cut off, not run on
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"><title>${esc(layout.name)}</title><style>
body { margin: 8px; font-family: "Noto Sans CJK JP", sans-serif; font-size: 13px; } .window { width: ${width + 1}px; overflow: hidden; }
table { border-collapse: collapse; table-layout: fixed; width: ${width}px; } td, th { border: 1px solid #e0e0e0; padding: 1px 4px; height: 20px; white-space: nowrap; overflow: visible; }
td:not(:empty) { position: relative; } /* text runs on over empty neighbours, as in Excel */
td.note { position: relative; } td.note::after { content: ""; position: absolute; top: 0; right: 0; border-top: 7px solid #d00; border-left: 7px solid transparent; } /* a cell note */
th { background: #f3f3f3; color: #444; font-weight: 400; text-align: center; }
</style></head><body><div class="window"><table><col style="width:36px">${cols}${head}\n${body}</table></div></body></html>`;
}
