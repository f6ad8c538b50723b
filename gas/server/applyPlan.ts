/**
 * Writes a template plan (templates/plan.ts, made by the sidebar) into a new sheet of the active
 * spreadsheet. Sheets has no Japanese-era number format, so its plans carry no 和暦 switch.
 */
import type { Style } from '../../templates/layout';
import type { SheetPlan } from '../../templates/plan';
import { spreadsheetApp, type GasRange, type GasSpreadsheet } from './spreadsheet';

const BORDER_COLOR = '#7f7f7f';
/** Sheets' column width in pixels for a width in characters (Japanese text is wide). */
const pixels = (chars: number) => Math.round(chars * 8);

function freeName(ss: GasSpreadsheet, base: string): string {
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : `${base} (${i})`;
    if (ss.getSheetByName(name) === null) return name;
  }
}

function applyStyle(range: GasRange, style: Style): void {
  if (style.bold) range.setFontWeight('bold');
  if (style.size !== undefined) range.setFontSize(style.size);
  if (style.color) range.setFontColor(style.color);
  if (style.fill) range.setBackground(style.fill);
  if (style.wrap) range.setWrap(true);
  if (style.align) range.setHorizontalAlignment(style.align);
  if (style.border) range.setBorder(true, true, true, true, true, true, BORDER_COLOR, spreadsheetApp().BorderStyle.SOLID);
}

/** Adds the plan as a new, active sheet; answers its name. */
export function applyPlan(ss: GasSpreadsheet, plan: SheetPlan): string {
  const sheet = ss.insertSheet(freeName(ss, plan.name));
  plan.columns.forEach((w, i) => sheet.setColumnWidth(i + 1, pixels(w)));
  for (const c of plan.cells) {
    const range = sheet.getRange(c.at);
    if (c.formula !== undefined) range.setFormula(c.formula);
    else range.setValue(c.value ?? '');
  }
  for (const b of plan.blocks) {
    const range = sheet.getRange(b.range);
    if (b.merge) range.merge();
    if (b.numFmt) range.setNumberFormat(b.numFmt);
    if (b.style) applyStyle(range, b.style);
    // a warning, not a rejection: the core also reads the aliases the list does not show
    if (b.list) range.setDataValidation(spreadsheetApp().newDataValidation().requireValueInList(b.list, true).setAllowInvalid(true).build());
  }
  sheet.activate();
  return sheet.getName();
}
