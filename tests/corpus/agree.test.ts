/**
 * Same input, same answer and same message in every build (the bar: "one core, thin hosts"):
 * each fixture through the built Excel add-in (dist/excel/functions.js), the Apps Script build
 * (dist/gas/Code.js) and the Node build (dist/core/ithojo.cjs), each called with the arguments
 * its host really passes (tests/parity/inputs.ts: blank cells as Excel's null and Sheets' ""),
 * compared with each other and with the TypeScript core. This holds whether or not the answer
 * is yet the hand-checked one (core.test.ts, excel.test.ts, sheets.test.ts judge that).
 */
import { FUNCTIONS } from '../../core';
import { loadBuilds } from '../parity/builds';
import type { Cell as InputCell, Input } from '../parity/inputs';
import type { Outcome } from '../parity/outcome';
import { argsOf, loadCorpus, type Fixture } from './fixtures';

const builds = loadBuilds();
const FUNCTIONS_COMPARED = ['AMOUNT', 'SELFPAY', 'CHECK', 'BREAKDOWN'] as const;

const blankAsNull = (c: string | number): InputCell => (c === '' ? null : c);

function inputOf(f: Fixture, id: string): Input {
  const [frame, rows, size, options] = argsOf(f);
  return {
    id,
    args: [
      { cell: frame },
      { range: rows.map((r) => r.map(blankAsNull)) },
      { cell: blankAsNull(size) },
      { cell: blankAsNull(options) },
    ],
  };
}

/** The core's answer in the parity form: the message of an error, else a grid. */
function coreOutcome(f: Fixture, id: string): Outcome {
  try {
    const answer = FUNCTIONS[id](...argsOf(f));
    return { grid: Array.isArray(answer) ? (answer as unknown[][]) : [[answer]] };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

describe.each(loadCorpus().map((f) => [f.id, f] as const))('%s (every build)', (_id, f) => {
  test.each(FUNCTIONS_COMPARED.map((fn) => [fn]))('%s agrees in Excel, Sheets, Node and the core', (fn) => {
    const { excel, sheets, node } = builds.outcomes(inputOf(f, fn));
    const core = coreOutcome(f, fn);
    expect({ excel, sheets, node }).toEqual({ excel: core, sheets: core, node: core });
  });
});
