/**
 * A template drawn as a spreadsheet grid in HTML, with its cached values in their number
 * formats and its cell styles: what Excel shows once the add-in has loaded. Only the formats the
 * templates use are known here (a test fails on any other), so the picture cannot quietly lie.
 */
import { cellName, parseArea, parseCell, contains, columnLetters } from '../../templates/a1';
import { TemplateSheet, isError, type Scalar } from '../../templates/evaluate';
import type { Layout, Style } from '../../templates/layout';

const esc = (t: string) => t.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

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
      const d = new Date(Date.UTC(1899, 11, 30) + v * 86_400_000);
      return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
    }
    default:
      throw new Error(`the test renderer does not know the number format ${numFmt}`);
  }
}

function css(s: Style): string {
  return [
    s.bold ? 'font-weight:700' : '', s.size ? `font-size:${s.size}px` : '', s.fill ? `background:${s.fill}` : '', s.color ? `color:${s.color}` : '',
    s.border ? 'border:1px solid #7f7f7f' : '', s.align ? `text-align:${s.align}` : '',
  ].filter(Boolean).join(';');
}

export function renderLayout(layout: Layout): string {
  const sheet = new TemplateSheet(layout);
  const values = new Map<string, Scalar>();
  let rows = 0;
  for (const c of layout.cells) {
    if (c.hosts && !c.hosts.includes('excel')) continue;
    const { r, c: col } = parseCell(c.at);
    if (!c.formula) {
      values.set(c.at, c.value ?? null);
      rows = Math.max(rows, r + 1);
      continue;
    }
    const v = sheet.result(c.at);
    const grid = Array.isArray(v) ? v : [[v]];
    grid.forEach((line, i) => line.forEach((x, j) => values.set(cellName(r + i, col + j), x)));
    rows = Math.max(rows, r + grid.length);
  }
  const format = (r: number, c: number) => {
    let style: Style = {};
    let numFmt: string | undefined;
    for (const b of layout.blocks) {
      if ((b.hosts && !b.hosts.includes('excel')) || !contains(parseArea(b.range), r, c)) continue;
      style = { ...style, ...b.style };
      numFmt = b.numFmt ?? numFmt;
    }
    return { style, numFmt };
  };
  const cols = layout.columns.map((w) => `<col style="width:${w * 8}px">`).join('');
  const head = `<tr><th></th>${layout.columns.map((_, i) => `<th>${columnLetters(i)}</th>`).join('')}</tr>`;
  const body = Array.from({ length: rows }, (_, r) => {
    const tds = layout.columns.map((_, c) => {
      const { style, numFmt } = format(r, c);
      const v = values.get(cellName(r, c)) ?? null;
      const right = typeof v === 'number' && !style.align ? ';text-align:right' : '';
      return `<td style="${css(style)}${right}">${esc(formatted(v, numFmt))}</td>`;
    });
    return `<tr><th>${r + 1}</th>${tds.join('')}</tr>`;
  }).join('\n');
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"><title>${esc(layout.name)}</title><style>
body { margin: 8px; font-family: "Noto Sans CJK JP", sans-serif; font-size: 13px; }
table { border-collapse: collapse; table-layout: fixed; width: ${36 + layout.columns.reduce((a, w) => a + w * 8, 0)}px; } td, th { border: 1px solid #e0e0e0; padding: 1px 4px; height: 20px; white-space: nowrap; overflow: visible; }
td:not(:empty) { position: relative; } /* text runs on over empty neighbours, as in Excel */
th { background: #f3f3f3; color: #444; font-weight: 400; text-align: center; }
</style></head><body><table><col style="width:36px">${cols}${head}\n${body}</table></body></html>`;
}
