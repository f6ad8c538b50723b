/**
 * The part of office.js the pane and the ribbon commands use, typed here (names checked against
 * @microsoft/office-js's excel-web-16.00.debug.js) so the Excel code type-checks without the
 * whole Office typings. Office and Excel are read when used, never captured at load: outside
 * Office, office.js defines Office but not a working Excel.
 */
export interface ExcelRangeFormat {
  columnWidth: number;
  wrapText: boolean;
  horizontalAlignment: string;
  font: { bold: boolean; size: number; color: string };
  fill: { color: string };
  borders: { getItem(index: string): { style: string; color: string } };
}

export interface ExcelRange {
  address: string;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  format: ExcelRangeFormat;
  dataValidation: { rule: unknown; errorAlert: unknown };
  conditionalFormats: { add(type: string): { custom: { rule: { formula: string }; format: { numberFormat: string } } } };
  load(properties: string | string[]): ExcelRange;
  getCell(row: number, column: number): ExcelRange;
  merge(across?: boolean): void;
}

export interface ExcelWorksheet {
  name: string;
  isNullObject: boolean;
  getRange(address: string): ExcelRange;
  getUsedRange(): ExcelRange;
  activate(): void;
  load(properties: string | string[]): ExcelWorksheet;
}

export interface ExcelContext {
  workbook: {
    getSelectedRange(): ExcelRange;
    worksheets: {
      add(name: string): ExcelWorksheet;
      getActiveWorksheet(): ExcelWorksheet;
      getItemOrNullObject(name: string): ExcelWorksheet;
    };
  };
  sync(): Promise<void>;
}

interface ExcelGlobal {
  run<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T>;
}

interface OfficeGlobal {
  context: {
    displayLanguage?: string;
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
  onReady(): Promise<{ host: string | null }>;
  actions?: { associate(id: string, fn: (event: { completed(): void }) => unknown): void };
}

declare const Excel: ExcelGlobal;
declare const Office: OfficeGlobal;

export const excel = (): ExcelGlobal => Excel;
export const office = (): OfficeGlobal => Office;

/** ExcelApi sets are checked at run time: older Excel gets the template without what it lacks. */
export function supports(version: string): boolean {
  try {
    return office().context.requirements.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}
