/**
 * The part of Apps Script's SpreadsheetApp and HtmlService the server uses. Only the active
 * spreadsheet is touched (SpreadsheetApp.getActiveSpreadsheet), as the
 * spreadsheets.currentonly scope requires.
 */
export interface GasRange {
  getA1Notation(): string;
  getSheet(): GasSheet;
  getCell(row: number, column: number): GasRange;
  getValues(): unknown[][];
  setValue(value: unknown): GasRange;
  setFormula(formula: string): GasRange;
  setNumberFormat(format: string): GasRange;
  setFontWeight(weight: string): GasRange;
  setFontSize(size: number): GasRange;
  setFontColor(color: string): GasRange;
  setBackground(color: string): GasRange;
  setWrap(wrap: boolean): GasRange;
  setHorizontalAlignment(alignment: string): GasRange;
  setBorder(top: boolean, left: boolean, bottom: boolean, right: boolean, vertical: boolean, horizontal: boolean, color: string, style: unknown): GasRange;
  setDataValidation(rule: unknown): GasRange;
  merge(): GasRange;
}

export interface GasSheet {
  getName(): string;
  getRange(a1: string): GasRange;
  setColumnWidth(column: number, width: number): GasSheet;
  activate(): GasSheet;
}

export interface GasSpreadsheet {
  getActiveRange(): GasRange | null;
  getSheetByName(name: string): GasSheet | null;
  insertSheet(name: string): GasSheet;
}

interface Ui {
  createMenu(caption: string): { addItem(caption: string, fn: string): ReturnType<Ui['createMenu']>; addToUi(): void };
  showSidebar(html: unknown): void;
  showModelessDialog(html: unknown, title: string): void;
}

interface SpreadsheetAppGlobal {
  getActiveSpreadsheet(): GasSpreadsheet;
  getUi(): Ui;
  newDataValidation(): { requireValueInList(values: readonly string[], showDropdown: boolean): { setAllowInvalid(allow: boolean): { build(): unknown } } };
  BorderStyle: { SOLID: unknown };
}

interface HtmlOutput {
  setTitle(title: string): HtmlOutput;
  setWidth(width: number): HtmlOutput;
  setHeight(height: number): HtmlOutput;
}

interface HtmlServiceGlobal {
  createHtmlOutputFromFile(name: string): HtmlOutput;
}

declare const SpreadsheetApp: SpreadsheetAppGlobal;
declare const HtmlService: HtmlServiceGlobal;

export const spreadsheetApp = (): SpreadsheetAppGlobal => SpreadsheetApp;
export const htmlService = (): HtmlServiceGlobal => HtmlService;
