/**
 * Writes a template into a new worksheet with range.formulas, number formats, styles and
 * drop-down lists (what Excel can undo, unlike inserting a whole worksheet from a file). API
 * sets newer than the add-in's minimum are checked first: without them the sheet is written
 * without the drop-downs (ExcelApi 1.8) or the 和暦 switch (1.6), never with an error.
 */
import { columnLetters, parseArea } from '../../templates/a1';
import type { Style } from '../../templates/layout';
import { listSource, type SheetPlan } from '../../templates/plan';
import { excel, supports, type ExcelContext, type ExcelRange, type ExcelWorksheet } from './office';

const MAX_SHEET_NAME = 31;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
const BORDER_COLOR = '#7F7F7F';

/** Excel's column width in points for a width in characters of the default font. */
const points = (chars: number) => Math.round((chars * 7 + 5) * 0.75);

/** The first of "見積書", "見積書 (2)", … that the workbook does not have yet. */
async function freeName(ctx: ExcelContext, base: string): Promise<string> {
  for (let i = 1; ; i++) {
    const name = (i === 1 ? base : `${base} (${i})`).slice(0, MAX_SHEET_NAME);
    const sheet = ctx.workbook.worksheets.getItemOrNullObject(name);
    sheet.load('isNullObject');
    await ctx.sync();
    if (sheet.isNullObject) return name;
  }
}

/** A value for every cell of a range (office.js wants the range's shape). */
function filled<T>(range: string, value: T): T[][] {
  const a = parseArea(range);
  return Array.from({ length: a.r1 - a.r0 + 1 }, () => Array.from({ length: a.c1 - a.c0 + 1 }, () => value));
}

function applyStyle(range: ExcelRange, address: string, style: Style): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.size !== undefined) f.font.size = style.size;
  if (style.color) f.font.color = style.color;
  if (style.fill) f.fill.color = style.fill;
  if (style.wrap) f.wrapText = true;
  if (style.align) f.horizontalAlignment = style.align[0].toUpperCase() + style.align.slice(1);
  if (style.border) {
    const a = parseArea(address);
    const inside = [a.r1 > a.r0 && 'InsideHorizontal', a.c1 > a.c0 && 'InsideVertical'].filter((x): x is string => x !== false);
    for (const edge of [...EDGES, ...inside]) {
      const border = f.borders.getItem(edge);
      border.style = 'Continuous';
      border.color = BORDER_COLOR;
    }
  }
}

function writeCells(sheet: ExcelWorksheet, plan: SheetPlan): void {
  plan.columns.forEach((w, i) => {
    const letter = columnLetters(i);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = points(w);
  });
  for (const c of plan.cells) {
    const range = sheet.getRange(c.at);
    if (c.formula !== undefined) range.formulas = [[c.formula]];
    else range.values = [[c.value ?? '']];
  }
  const lists = supports('1.8');
  for (const b of plan.blocks) {
    const range = sheet.getRange(b.range);
    if (b.merge) range.merge(false);
    if (b.numFmt) range.numberFormat = filled(b.range, b.numFmt);
    if (b.style) applyStyle(range, b.range, b.style);
    if (b.list && lists) {
      range.dataValidation.rule = { list: { inCellDropDown: true, source: listSource(b.list) } };
      // a warning, not a stop: the core also reads the aliases the list does not show
      range.dataValidation.errorAlert = { showAlert: true, style: 'Warning', title: 'ITHOJO', message: '一覧にない値です (not in the list)' };
    }
  }
  if (supports('1.6')) {
    for (const cf of plan.conditional) {
      const format = sheet.getRange(cf.range).conditionalFormats.add('Custom');
      format.custom.rule.formula = cf.formula;
      format.custom.format.numberFormat = cf.numFmt;
    }
  }
}

/** Adds the plan as a new, active worksheet; answers its name. */
export function writeTemplate(plan: SheetPlan): Promise<string> {
  return excel().run(async (ctx) => {
    const name = await freeName(ctx, plan.name);
    const sheet = ctx.workbook.worksheets.add(name);
    writeCells(sheet, plan);
    sheet.activate();
    await ctx.sync();
    return name;
  });
}
