/**
 * One template as data: cells (labels, inputs, formulas), formatted blocks, drop-down lists and
 * conditional number formats on one sheet. Three writers read it: the OOXML file the build
 * writes (templates/ooxml), the Excel task pane (excel-addin/taskpane) and the Sheets sidebar
 * (gas/server), through the host-neutral plan in plan.ts.
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
}

/** A rectangle with a style, a number format and/or a drop-down list. */
export interface Block {
  readonly range: string;
  readonly style?: Style;
  readonly numFmt?: string;
  readonly list?: readonly string[];
  readonly hosts?: readonly Flavour[];
}

/** A number format applied while a formula (relative to the range's first cell) is TRUE. */
export interface ConditionalFormat {
  readonly range: string;
  readonly when: Expr;
  readonly numFmt: string;
  readonly hosts?: readonly Flavour[];
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
}

/** Excel allows at most 255 characters in a literal list; longer lists need a range source. */
export const MAX_LIST_CHARS = 255;

export function writesFor(item: { readonly hosts?: readonly Flavour[] }, flavour: Flavour): boolean {
  return item.hosts === undefined || item.hosts.includes(flavour);
}
