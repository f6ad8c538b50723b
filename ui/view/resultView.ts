/**
 * The live result: figures, CHECK's verdict, the rule year that answered, the breakdown with
 * its citations, and how a quote range was read.
 */
import { inLanguage } from '../../core';
import { percent, yen } from '../format';
import { tr, type Lang } from '../i18n';
import type { Limits, Outcome } from '../result';
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

/** The core's own reading of the quote: its header row and one row a line. */
function quoteTable(rows: readonly (readonly unknown[])[], lang: Lang): HTMLElement {
  const cell = (c: unknown) => (c === null || c === undefined ? '' : typeof c === 'number' ? c.toLocaleString('ja-JP') : String(c));
  const [head, ...lines] = rows;
  return scrollBox(tr(lang, 'quoteReading'), h('table', { class: 'quote' },
    h('caption', {}, tr(lang, 'quoteReading')),
    h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, cell(c))))),
    h('tbody', {}, ...lines.map((r) => h('tr', {}, ...r.map((c) => h('td', { class: typeof c === 'number' ? 'num' : undefined }, cell(c))))))));
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
  const { calc, check, quote } = outcome;
  const notes = [...calc.assumptions, ...calc.notes];
  const t = calc.table;
  return [
    h('dl', { class: 'figures' },
      ...figure(tr(lang, 'amount'), yen(calc.amount), 'big'),
      ...figure(tr(lang, 'rate'), `${percent(calc.rate)} (${tr(lang, 'effectiveRate')}) / ${calc.baseRate} (${tr(lang, 'baseRate')})`),
      ...figure(tr(lang, 'selfPay'), yen(calc.selfPay)),
      ...figure(tr(lang, 'capFloor'), `${yen(calc.cap)} / ${calc.floor > 0 ? yen(calc.floor) : tr(lang, 'noFloor')}`),
      ...figure(tr(lang, 'check'), check, `verdict ${verdictClass(check)}`),
      ...figure(tr(lang, 'ruleYear'), `${t.title} — ${calc.frame.name} (${lang === 'ja' ? `施行 ${t.from}〜${t.until ?? ''}、${t.asOf} 時点` : `in force ${t.from}–${t.until ?? ''}; as of ${t.asOf}`})`)),
    quote.length > 0 && quoteTable(quote, lang),
    scrollBox(tr(lang, 'breakdown'), h('table', { class: 'breakdown' },
      h('caption', {}, tr(lang, 'breakdown')),
      h('thead', {}, h('tr', {}, ...(['item', 'itemCost', 'rate', 'beforeCap', 'afterCap', 'capCol'] as const).map((k) => h('th', { scope: 'col' }, tr(lang, k))))),
      h('tbody', {}, ...calc.lines.map((l) =>
        h('tr', {},
          h('td', {}, inLanguage(l.label, lang)), h('td', { class: 'num' }, yen(l.cost)), h('td', {}, l.rate),
          h('td', { class: 'num' }, yen(l.before)), h('td', { class: 'num' }, yen(l.after)), h('td', { class: 'num' }, l.cap === null ? '' : yen(l.cap))))))),
    notes.length > 0 && h('div', {}, h('h3', {}, tr(lang, 'notes')), h('ul', { class: 'notes' }, ...notes.map((n) => h('li', {}, inLanguage(n, lang))))),
    h('div', {}, h('h3', {}, tr(lang, 'sources')), h('ul', { class: 'sources' }, ...[...new Set(calc.source.split('; '))].map((x) => h('li', {}, x)))),
    h('p', { class: 'estimate' }, tr(lang, 'estimateNote')),
  ];
}
