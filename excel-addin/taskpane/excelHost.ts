/**
 * The pane's host in Excel: the selection, the active cell and new worksheets through
 * office.js. Formulas use Excel's spelling (ITHOJO.AMOUNT) with the add-in's namespace.
 */
import type { Host } from '../../ui/host';
import { templateById } from '../../templates';
import { planFor } from '../../templates/plan';
import { fixNames } from './fixNames';
import { excel, office } from './office';
import { writeTemplate } from './writeTemplate';

export function excelHost(): Host {
  return {
    name: 'excel',
    flavour: 'excel',
    language: office().context.displayLanguage ?? 'ja-JP',
    help: { url: 'help.html' },
    readSelection: () =>
      excel().run(async (ctx) => {
        const range = ctx.workbook.getSelectedRange();
        range.load(['address', 'values']);
        await ctx.sync();
        return { address: range.address, values: range.values };
      }),
    insertFormula: (formula) =>
      excel().run(async (ctx) => {
        // the active cell: the first cell of the selection
        const cell = ctx.workbook.getSelectedRange().getCell(0, 0);
        cell.formulas = [[formula]];
        cell.load('address');
        await ctx.sync();
        return cell.address;
      }),
    insertTemplate: (id) => writeTemplate(planFor(templateById(id), 'excel')),
    fixNames,
  };
}
