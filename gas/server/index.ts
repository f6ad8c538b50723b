/**
 * The bound script's menu and the functions the sidebar calls. Built into dist/gas/Server.js
 * (not Code.js): the sidebar's page is its own HTML file, and this code is small, so custom
 * functions do not pay for the sidebar.
 */
import type { SheetPlan } from '../../templates/plan';
import type { Selection } from '../../ui/host';
import { applyPlan } from './applyPlan';
import { HELP_FILE, SERVER_FUNCTIONS, SIDEBAR_FILE } from './names';
import { htmlService, spreadsheetApp } from './spreadsheet';

const TITLE = 'ITHOJO 補助金計算';

/** Adds the ITHOJO menu (a simple trigger: it runs without authorisation). */
export function onOpen(): void {
  spreadsheetApp()
    .getUi()
    .createMenu('ITHOJO')
    .addItem('補助金計算 (calculator)', SERVER_FUNCTIONS.showSidebar)
    .addItem('関数リファレンス (function reference)', SERVER_FUNCTIONS.showHelp)
    .addToUi();
}

export function showSidebar(): void {
  spreadsheetApp().getUi().showSidebar(htmlService().createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(TITLE));
}

export function showHelp(): void {
  const html = htmlService().createHtmlOutputFromFile(HELP_FILE).setWidth(760).setHeight(640);
  spreadsheetApp().getUi().showModelessDialog(html, 'ITHOJO 関数リファレンス (function reference)');
}

/** 'Sheet 1' → "'Sheet 1'": a sheet name as a formula reference writes it. */
function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function activeRange() {
  const range = spreadsheetApp().getActiveSpreadsheet().getActiveRange();
  if (!range) throw new Error('セルを選択してください (select a cell first)');
  return range;
}

/** A date cell as YYYY-MM-DD in the script's time zone (appsscript.json: Asia/Tokyo). */
function dateText(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** The selection's address and values; dates become text (google.script.run cannot pass Dates). */
export function readSelection(): Selection {
  const range = activeRange();
  const values = range.getValues().map((row) => row.map((v) => (isDate(v) ? dateText(v) : v)));
  return { address: `${sheetRef(range.getSheet().getName())}!${range.getA1Notation()}`, values };
}

export function insertFormula(formula: unknown): string {
  if (typeof formula !== 'string' || !formula.startsWith('=')) throw new Error('数式ではありません (not a formula)');
  const cell = activeRange().getCell(1, 1);
  cell.setFormula(formula);
  return `${sheetRef(cell.getSheet().getName())}!${cell.getA1Notation()}`;
}

export function insertTemplate(plan: SheetPlan): string {
  return applyPlan(spreadsheetApp().getActiveSpreadsheet(), plan);
}
