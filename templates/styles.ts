/**
 * The few cell styles the templates share. Colours keep text at 4.5:1 or more against its fill.
 * The printed part of the quote has no input fill: on paper it is a form, not a spreadsheet.
 */
import type { Style } from './layout';

export const TITLE: Style = { bold: true, size: 20, align: 'center' };
/** The title of a working table (left, where its columns start). */
export const HEADING: Style = { bold: true, size: 16 };
export const ADDRESSEE: Style = { bold: true, size: 14 };
export const SECTION: Style = { bold: true, size: 12, color: '#1E4D2B' };
export const LABEL: Style = { bold: true };
export const HEADER: Style = { bold: true, fill: '#DDEBDF', border: true, align: 'center' };
/** The label of a boxed field (見積番号, 小計 …). */
export const FIELD_LABEL: Style = { bold: true, fill: '#DDEBDF', border: true };
/** A boxed field or quote cell, filled in by the user or by a formula. */
export const FIELD: Style = { border: true };
export const RESULT: Style = { bold: true, border: true };
export const TOTAL_LABEL: Style = { bold: true, size: 14, fill: '#DDEBDF', border: true, align: 'center' };
export const TOTAL: Style = { bold: true, size: 16, border: true, align: 'center' };
/** Cells the user fills in where the page is a working table (the scenario table, the working column). */
export const INPUT: Style = { fill: '#FFF7D6', border: true };
export const NOTE: Style = { color: '#4A4A4A' };

export const YEN = '#,##0"円"';
export const COUNT = '#,##0';
export const PERCENT = '0.0%';
export const MONTHS = '0"か月"';
export const WESTERN_DATE = 'yyyy"年"m"月"d"日"';
/** 令和7年10月1日: Excel's Japanese-era format (Sheets has none). */
export const ERA_DATE = '[$-411]ggge"年"m"月"d"日"';
