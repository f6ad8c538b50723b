/**
 * What the pane needs from the spreadsheet it runs in. Excel (office.js), Sheets
 * (google.script.run) and the preview (a recording fake, used outside a host and in tests)
 * implement it; the UI never talks to a host any other way.
 */
import type { Flavour } from '../templates/expr';

/** The selected range: its address as a formula can reference it, and its values. */
export interface Selection {
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
}

export interface Host {
  readonly name: 'excel' | 'sheets' | 'preview';
  /** How formulas are spelt for this host (ITHOJO.AMOUNT or ITHOJO_AMOUNT). */
  readonly flavour: Exclude<Flavour, 'ooxml'>;
  /** The host's display language (BCP 47, e.g. ja-JP). */
  readonly language: string;
  /** A link to the help page, or a host action that opens it. */
  readonly help: { readonly url: string } | { readonly open: () => Promise<void> };
  readSelection(): Promise<Selection>;
  /** Writes the formula into the active cell; answers that cell's address. */
  insertFormula(formula: string): Promise<string>;
  /** Adds the template as a new sheet; answers the sheet's name. */
  insertTemplate(id: string): Promise<string>;
  /** Excel only: rewrites ITHOJO formulas left as #NAME?; answers how many. */
  readonly fixNames?: () => Promise<number>;
}
