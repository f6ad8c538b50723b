/**
 * The live result: figures, CHECK's verdict, the rule year that answered, the breakdown with
 * its citations, and how a quote range was read.
 */
import { percent, yen } from '../format';
import { tr, type Lang } from '../i18n';
import type { Limits, Outcome, QuoteRow } from '../result';
import { h, scrollBox } from './dom';

function figure(label: string, value: string, cls = ''): HTMLElement[] {
  return [h('dt', {}, label), h('dd', { class: cls }, value)];
}

function limitFigures(l: Limits, lang: Lang): HTMLElement[] {
  return [
    ...figure(tr(lang, 'capFloor'), `${yen(l.cap)} / ${l.floor > 0 ? yen(l.floor) : tr(lang, 'noFloor')}`),
    ...figure(`${tr(lang, 'rate')} (${tr(lang, 'baseRate')})`, percent(l.baseRate)),
  ];
}

/** OK, OK with a warning, or the reasons: the verdict's class follows CHECK's answer. */
function verdictClass(check: string): string {
  if (check === 'OK') return 'ok';
  return check.startsWith('OK') ? 'warn' : 'ng';
}

function quoteTable(rows: readonly QuoteRow[], lang: Lang): HTMLElement {
  const reading = (r: QuoteRow): string => {
    if (r.reading.kind === 'header') return tr(lang, 'header');
    if (r.reading.kind === 'blank') return tr(lang, 'blank');
    if (r.reading.kind === 'error') return r.reading.message;
    return `${tr(lang, 'counted')} ${yen(r.reading.counted)}`;
  };
  return scrollBox(tr(lang, 'quoteReading'), h('table', { class: 'quote' },
    h('caption', {}, tr(lang, 'quoteReading')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, tr(lang, 'row')), h('th', { scope: 'col' }, tr(lang, 'content')), h('th', { scope: 'col' }, tr(lang, 'counted')))),
    h('tbody', {}, ...rows.map((r) =>
      h('tr', { class: r.reading.kind },
        h('td', { class: 'num' }, String(r.row)),
        h('td', {}, r.cells.map((c) => (c === null || c === undefined ? '' : typeof c === 'number' ? c.toLocaleString('ja-JP') : String(c))).join(' | ')),
        h('td', {}, reading(r)))))));
}

/** The one line a screen reader hears when the result changes. */
export function summaryOf(outcome: Outcome, lang: Lang): string {
  if (outcome.kind === 'priced') return `${tr(lang, 'amount')} ${yen(outcome.calc.amount)} — ${outcome.check}`;
  if (outcome.kind === 'limits') return tr(lang, 'enterCost');
  return outcome.message;
}

export function resultView(outcome: Outcome, lang: Lang): (HTMLElement | false)[] {
  if (outcome.kind === 'limits') {
    return [h('dl', { class: 'figures' }, ...limitFigures(outcome.limits, lang))];
  }
  if (outcome.kind === 'error') {
    return [h('p', { class: 'error' }, outcome.message), outcome.limits !== undefined && h('dl', { class: 'figures' }, ...limitFigures(outcome.limits, lang))];
  }
  const { calc, check, table, quote } = outcome;
  const notes = [...calc.assumptions, ...calc.notes];
  const effective = table ? `${table.effective.from}〜${table.effective.until ?? ''}` : '';
  return [
    h('dl', { class: 'figures' },
      ...figure(tr(lang, 'amount'), yen(calc.amount), 'big'),
      ...figure(tr(lang, 'rate'), `${percent(calc.rate)} (${tr(lang, 'effectiveRate')}) / ${calc.baseRate} (${tr(lang, 'baseRate')})`),
      ...figure(tr(lang, 'selfPay'), yen(calc.selfPay)),
      ...figure(tr(lang, 'capFloor'), `${yen(calc.cap)} / ${calc.floor > 0 ? yen(calc.floor) : tr(lang, 'noFloor')}`),
      ...figure(tr(lang, 'check'), check, `verdict ${verdictClass(check)}`),
      ...figure(tr(lang, 'ruleYear'), `${calc.frame.program} ${calc.frame.fiscalYear}年度 — ${calc.frame.name}${effective ? ` (${tr(lang, 'from')} ${effective})` : ''}`)),
    quote.length > 0 && quoteTable(quote, lang),
    scrollBox(tr(lang, 'breakdown'), h('table', { class: 'breakdown' },
      h('caption', {}, tr(lang, 'breakdown')),
      h('thead', {}, h('tr', {}, ...(['item', 'itemCost', 'rate', 'beforeCap', 'afterCap', 'capCol'] as const).map((k) => h('th', { scope: 'col' }, tr(lang, k))))),
      h('tbody', {}, ...calc.lines.map((l) =>
        h('tr', {},
          h('td', {}, l.label), h('td', { class: 'num' }, yen(l.cost)), h('td', {}, l.rate),
          h('td', { class: 'num' }, yen(l.before)), h('td', { class: 'num' }, yen(l.after)), h('td', { class: 'num' }, l.cap === null ? '' : yen(l.cap))))))),
    notes.length > 0 && h('div', {}, h('h3', {}, tr(lang, 'notes')), h('ul', { class: 'notes' }, ...notes.map((n) => h('li', {}, n)))),
    h('div', {}, h('h3', {}, tr(lang, 'sources')), h('ul', { class: 'sources' }, ...[...new Set(calc.source.split('; '))].map((x) => h('li', {}, x)))),
    h('p', { class: 'estimate' }, tr(lang, 'estimateNote')),
  ];
}
