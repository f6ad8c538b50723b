/**
 * One template as data: cells (labels, inputs, formulas), formatted blocks, drop-down lists and
 * conditional number formats on one sheet. Three writers read it: the OOXML file the build
 * writes (templates/ooxml), the Excel task pane (excel-addin/taskpane) and the Sheets sidebar
 * (gas/server), through the host-neutral plan in plan.ts. What only a file carries — the page
 * setup, row heights and the English notes — only the OOXML writer reads.
 */
import type { Expr, Flavour } from './expr';

export interface Style {
  readonly bold?: boolean;
  /** Font size in points (default 11). */
  readonly size?: number;
  /** Fill colour, #RRGGBB. */
  readonly fill?: string;
  /** Font colour, #RRGGBB. */
  readonly color?: string;
  /** Thin border on every edge of every cell. */
  readonly border?: boolean;
  readonly wrap?: boolean;
  readonly align?: 'left' | 'center' | 'right';
}

/** A cell's content: a constant or a formula. */
export interface CellSpec {
  readonly at: string;
  readonly value?: string | number;
  readonly formula?: Expr;
  /** Only these hosts write the cell (e.g. the 和暦 switch, which Sheets cannot format). */
  readonly hosts?: readonly Flavour[];
  /**
   * English help for the cell, written as a cell note in the file: notes are not printed, so the
   * printed page stays Japanese while an English reader still finds every field explained.
   */
  readonly note?: string;
}

/** A rectangle with a style, a number format and/or a drop-down list. */
export interface Block {
  readonly range: string;
  readonly style?: Style;
  readonly numFmt?: string;
  readonly list?: readonly string[];
  /** The range is one merged cell (a title, a field that needs the width of two columns). */
  readonly merge?: boolean;
  readonly hosts?: readonly Flavour[];
}

/** A number format applied while a formula (relative to the range's first cell) is TRUE. */
export interface ConditionalFormat {
  readonly range: string;
  readonly when: Expr;
  readonly numFmt: string;
  readonly hosts?: readonly Flavour[];
}

/** How the file prints: A4, the print area fitted to the page width, the title rows on every page. */
export interface PrintSetup {
  /** The printed rectangle ("A1:F33"); what lies outside it (a working column) is never printed. */
  readonly area: string;
  readonly orientation: 'portrait' | 'landscape';
  /** Rows repeated at the top of every page ("11:11"). */
  readonly titleRows: string;
}

export interface Layout {
  readonly id: string;
  /** The sheet name and the file name (見積書 → 見積書.xlsx). */
  readonly name: string;
  readonly nameEn: string;
  /** Column widths in characters, from column A. */
  readonly columns: readonly number[];
  /**
   * The day the example is priced as of (YYYY-MM-DD): the cached values are the core's answers
   * on that day, not on the day of the build, so every build writes the same file.
   */
  readonly asOf: string;
  readonly cells: readonly CellSpec[];
  readonly blocks: readonly Block[];
  readonly conditional: readonly ConditionalFormat[];
  readonly print: PrintSetup;
  /** Row heights in points where a larger font needs them (1-based row → points). */
  readonly rowHeights?: Readonly<Record<number, number>>;
}

/** Excel allows at most 255 characters in a literal list; longer lists need a range source. */
export const MAX_LIST_CHARS = 255;

export function writesFor(item: { readonly hosts?: readonly Flavour[] }, flavour: Flavour): boolean {
  return item.hosts === undefined || item.hosts.includes(flavour);
}
