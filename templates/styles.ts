/**
 * The few cell styles the templates share. Colours keep text at 4.5:1 or more against its fill.
 */
import type { Style } from './layout';

export const TITLE: Style = { bold: true, size: 16 };
export const SECTION: Style = { bold: true, size: 12, color: '#1E4D2B' };
export const LABEL: Style = { bold: true };
export const HEADER: Style = { bold: true, fill: '#DDEBDF', border: true, align: 'center' };
/** Cells the user fills in. */
export const INPUT: Style = { fill: '#FFF7D6', border: true };
/** Cells a formula fills. */
export const OUTPUT: Style = { border: true };
export const RESULT: Style = { bold: true, border: true };
export const NOTE: Style = { color: '#4A4A4A' };

export const YEN = '#,##0"円"';
export const COUNT = '#,##0';
export const PERCENT = '0.0%';
export const MONTHS = '0"か月"';
export const WESTERN_DATE = 'yyyy"年"m"月"d"日"';
/** 令和7年10月1日: Excel's Japanese-era format (Sheets has none). */
export const ERA_DATE = '[$-411]ggge"年"m"月"d"日"';
