/**
 * A layout as one host writes it: formulas as that host's text, and only what the host can
 * show. Plain JSON, so the Sheets sidebar can hand it to the server in one google.script.run call.
 */
import { formula, type Flavour } from './expr';
import { MAX_LIST_CHARS, writesFor, type Layout, type Style } from './layout';

export interface PlanCell {
  readonly at: string;
  readonly value?: string | number;
  /** "=…" in the host's spelling. */
  readonly formula?: string;
}

export interface PlanBlock {
  readonly range: string;
  readonly style?: Style;
  readonly numFmt?: string;
  readonly list?: readonly string[];
  /** One merged cell (a title, the quoted amount). */
  readonly merge?: boolean;
}

export interface PlanConditional {
  readonly range: string;
  readonly formula: string;
  readonly numFmt: string;
}

export interface SheetPlan {
  readonly name: string;
  readonly columns: readonly number[];
  readonly cells: readonly PlanCell[];
  readonly blocks: readonly PlanBlock[];
  readonly conditional: readonly PlanConditional[];
}

/**
 * The list as Excel and OOXML store it: comma separated inside one quoted formula string, and no
 * longer than Excel allows. An item cannot hold a comma (it would split) or a double quote (it
 * would end the string).
 */
export function listSource(list: readonly string[]): string {
  const text = list.join(',');
  if (list.some((x) => /[,"]/.test(x)) || text.length > MAX_LIST_CHARS) {
    throw new Error(`drop-down list too long, or an item with a comma or a double quote (max ${MAX_LIST_CHARS} characters): ${text}`);
  }
  return text;
}

export function planFor(layout: Layout, flavour: Flavour): SheetPlan {
  for (const b of layout.blocks) if (b.list) listSource(b.list);
  return {
    name: layout.name,
    columns: layout.columns,
    cells: layout.cells
      // a cell that only carries a note (a field left empty) has nothing to write here
      .filter((c) => writesFor(c, flavour) && (c.formula !== undefined || c.value !== undefined))
      .map((c) => (c.formula ? { at: c.at, formula: formula(c.formula, flavour) } : { at: c.at, value: c.value })),
    blocks: layout.blocks.filter((b) => writesFor(b, flavour)).map(({ range, style, numFmt, list, merge }) => ({ range, style, numFmt, list, merge })),
    conditional: layout.conditional
      .filter((c) => writesFor(c, flavour))
      .map((c) => ({ range: c.range, formula: formula(c.when, flavour), numFmt: c.numFmt })),
  };
}
