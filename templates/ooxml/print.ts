/**
 * How a template prints: A4 in the layout's orientation, the print area fitted to one page width
 * (as many pages down as it needs), its title rows repeated on every page, page numbers below.
 * The print area and title rows are the workbook's defined names (_xlnm.Print_Area, _xlnm.Print_Titles).
 */
import { areaName, parseArea } from '../a1';
import type { PrintSetup } from '../layout';
import { esc } from './xml';

/** ECMA-376 paper size 9: A4 (210 × 297 mm). */
const A4 = 9;

/** <sheetPr>: scale the page to fit (the width and height come from <pageSetup>). */
export function sheetPrXml(): string {
  return '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
}

export function pageSetupXml(p: PrintSetup): string {
  return (
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    // fitToHeight 0: as many pages down as the rows need
    `<pageSetup paperSize="${A4}" orientation="${p.orientation}" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddFooter>${esc('&C&P / &N')}</oddFooter></headerFooter>`
  );
}

const absolute = (a1: string) => a1.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');

/** The defined names of the sheet at `index` in the workbook: its print area and title rows. */
export function printNamesXml(sheetName: string, index: number, p: PrintSetup): string {
  const sheet = `'${sheetName.replace(/'/g, "''")}'`;
  const area = absolute(areaName(parseArea(p.area)));
  const [from, to] = p.titleRows.split(':');
  return (
    `<definedName name="_xlnm.Print_Area" localSheetId="${index}">${esc(`${sheet}!${area}`)}</definedName>` +
    `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${esc(`${sheet}!$${from}:$${to}`)}</definedName>`
  );
}
