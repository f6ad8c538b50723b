/**
 * 「#NAME? を直す」: a workbook opened before the add-in loaded keeps ITHOJO formulas as #NAME?
 * even once the functions exist; writing each formula back (range.formulas = range.formulas)
 * makes Excel resolve it again. A formula saved in the file form (_xldudf_ITHOJO_X) is written
 * back as ITHOJO.X. Spilled cells hold values, not formulas, so they are left alone.
 */
import { excel } from './office';

const ITHOJO_FORMULA = /^=.*(\bITHOJO\.|_xldudf_ITHOJO_)/i;

export function rewrite(formula: string): string {
  return formula.replace(/_xldudf_ITHOJO_([A-Z0-9_]+)\(/gi, (_, id: string) => `ITHOJO.${id.toUpperCase()}(`);
}

/** Rewrites the ITHOJO formulas of the active worksheet; answers how many. */
export function fixNames(): Promise<number> {
  return excel().run(async (ctx) => {
    const used = ctx.workbook.worksheets.getActiveWorksheet().getUsedRange();
    used.load('formulas');
    await ctx.sync();
    let count = 0;
    used.formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        if (typeof f !== 'string' || !ITHOJO_FORMULA.test(f)) return;
        used.getCell(r, c).formulas = [[rewrite(f)]];
        count++;
      }),
    );
    await ctx.sync();
    return count;
  });
}
