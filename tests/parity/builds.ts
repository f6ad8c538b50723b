/**
 * The three builds loaded side by side (Excel bundle, Sheets bundle, Node build), each called
 * with the arguments its host really passes, and their answers in one comparable form.
 */
import { loadSheets } from '../gas/sheetsHost';
import { loadExcel } from './excelHost';
import { describeInput, toExcel, toSheets, type Input } from './inputs';
import { loadNode, nodeOutcome, toNode } from './nodeHost';
import { excelOutcome, sheetsOutcome, type Outcome } from './outcome';

export interface Outcomes {
  readonly excel: Outcome;
  readonly sheets: Outcome;
  readonly node: Outcome;
}

export interface Builds {
  readonly excelIds: readonly string[];
  has(id: string): { excel: boolean; sheets: boolean; node: boolean };
  outcomes(input: Input): Outcomes;
  /** Inputs whose three answers differ, or where one build broke (threw something other than its error). */
  mismatches(inputs: readonly Input[]): ({ input: string } & Outcomes)[];
}

function same(a: Outcome, b: Outcome): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function loadBuilds(): Builds {
  const sheets = loadSheets();
  const excel = loadExcel();
  const node = loadNode();
  const outcomes = (input: Input): Outcomes => {
    const excelFn = excel.fn(input.id);
    const sheetsFn = sheets.fn(input.id);
    const nodeFn = node.fn(input.id);
    return {
      excel: excelFn ? excelOutcome(() => excelFn(...toExcel(input.args))) : { broken: `Excel has no ${input.id}` },
      sheets: sheetsFn ? sheetsOutcome(() => sheetsFn(...toSheets(input.args, sheets))) : { broken: `Sheets has no ITHOJO_${input.id}` },
      node: nodeFn ? nodeOutcome(() => nodeFn(...toNode(input.args))) : { broken: `Node has no ${input.id}` },
    };
  };
  return {
    excelIds: excel.ids,
    has: (id) => ({ excel: excel.fn(id) !== undefined, sheets: sheets.fn(id) !== undefined, node: node.fn(id) !== undefined }),
    outcomes,
    mismatches: (inputs) => {
      const out: ({ input: string } & Outcomes)[] = [];
      for (const input of inputs) {
        const o = outcomes(input);
        if ('broken' in o.excel || !same(o.excel, o.sheets) || !same(o.excel, o.node)) out.push({ input: describeInput(input), ...o });
      }
      return out;
    },
  };
}
