/**
 * The host outside Excel and Sheets: a recording fake. A page opened in a browser (npm start,
 * the help page's link) works on a sample quote and records what it would have written; tests
 * read the record, and may set the selection, through globalThis.ITHOJO_PREVIEW.
 */
import { templateById } from '../../templates';
import { TemplateSheet } from '../../templates/evaluate';
import { sampleQuoteRange } from '../../templates/quote';
import { planFor, type SheetPlan } from '../../templates/plan';
import type { Host, Selection } from '../host';

export interface PreviewCall {
  readonly method: 'readSelection' | 'insertFormula' | 'insertTemplate';
  readonly formula?: string;
  readonly plan?: SheetPlan;
}

export interface PreviewRecord {
  readonly calls: PreviewCall[];
  selection?: Selection;
}

declare global {
  // eslint-disable-next-line no-var
  var ITHOJO_PREVIEW: PreviewRecord | undefined;
}

/** The quote template's 区分 | 金額 | 月数 columns with their header: a selection to try. */
function sampleSelection(): Selection {
  const address = sampleQuoteRange();
  return { address, values: new TemplateSheet(templateById('quote')).values(address) };
}

export function previewHost(language: string, helpUrl: string): Host {
  const record: PreviewRecord = (globalThis.ITHOJO_PREVIEW ??= { calls: [] });
  let row = 0;
  return {
    name: 'preview',
    flavour: 'excel',
    language,
    help: { url: helpUrl },
    readSelection: async () => {
      record.calls.push({ method: 'readSelection' });
      return record.selection ?? sampleSelection();
    },
    insertFormula: async (formula) => {
      record.calls.push({ method: 'insertFormula', formula });
      row += 1;
      return `A${row}`;
    },
    insertTemplate: async (id) => {
      const plan = planFor(templateById(id), 'excel');
      record.calls.push({ method: 'insertTemplate', plan });
      return plan.name;
    },
  };
}
