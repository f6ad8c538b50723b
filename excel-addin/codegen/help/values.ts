/** A core answer as the help page shows an example's result. */
import { asIthojoError } from '../../../core';
import { esc, table } from './html';

const isoDay = (d: Date) => new Date(d.getTime() + 9 * 3600 * 1000).toISOString().slice(0, 10);

function cell(x: unknown): string {
  if (x instanceof Date) return isoDay(x);
  if (typeof x === 'number') return x.toLocaleString('ja-JP', { maximumFractionDigits: 6 });
  if (typeof x === 'boolean') return x ? 'TRUE' : 'FALSE';
  if (x instanceof Error) return asIthojoError(x).message;
  return String(x ?? '');
}

/** Runs the example and renders its answer (a value, a spilled column or a table). */
export function answerHtml(id: string, run: () => unknown): string {
  let answer: unknown;
  try {
    answer = run();
  } catch (e) {
    return `<p class="answer error">→ ${esc(asIthojoError(e).message)}</p>`;
  }
  if (Array.isArray(answer)) {
    const rows = answer as unknown[][];
    return table(`${id} の結果 (result)`, rows[0].map((h) => esc(cell(h))), rows.slice(1).map((r) => r.map((x) => esc(cell(x)))), `${id}-answer`);
  }
  return `<p class="answer">→ <output>${esc(typeof answer === 'string' ? `"${answer}"` : cell(answer))}</output></p>`;
}
