/**
 * The live result, in the user's language only: the compact bar (the subsidy and the verdict,
 * kept in view while the form scrolls), and the details: rates, self-payment, limits, CHECK's
 * verdict with its reasons or cautions (each once), the rule year, how a quote range was read,
 * the breakdown, the notes and the sources.
 */
import { BREAKDOWN_TEXTS, QUOTE_HEADER, inLanguage, type BreakdownLine, type CalculationResult, type QuoteLineView, type Text } from '../../core';
import { percent, yen } from '../format';
import { tr, type Lang } from '../i18n';
import type { Limits, Outcome } from '../result';
import { h, scrollBox } from './dom';

type Verdict = 'ok' | 'warn' | 'ng';

function verdictOf(calc: CalculationResult): Verdict {
  if (calc.reasons.length > 0) return 'ng';
  return calc.warnings.length > 0 ? 'warn' : 'ok';
}

const VERDICT_TEXT = { ok: 'ok', warn: 'okWithWarnings', ng: 'notEligible' } as const;

function verdictChip(calc: CalculationResult, lang: Lang): HTMLElement {
  const v = verdictOf(calc);
  return h('span', { class: `verdict ${v}` }, tr(lang, VERDICT_TEXT[v]));
}

/** The one line a screen reader hears when the result changes (the bar's text). */
export function summaryOf(outcome: Outcome, lang: Lang): string {
  if (outcome.kind === 'priced') return `${tr(lang, 'amount')} ${yen(outcome.calc.amount, lang)} — ${tr(lang, VERDICT_TEXT[verdictOf(outcome.calc)])}`;
  if (outcome.kind === 'limits') return tr(lang, 'enterCost');
  return outcome.field === 'cost' ? tr(lang, 'costInvalid') : inLanguage(outcome.message, lang);
}

/** The bar's content: the subsidy, the effective rate and the verdict; or what is missing. */
export function barView(outcome: Outcome, lang: Lang): (HTMLElement | string)[] {
  const summary = h('p', { class: 'summary', 'aria-live': 'polite' });
  if (outcome.kind !== 'priced') {
    summary.textContent = summaryOf(outcome, lang);
    if (outcome.kind === 'error') summary.classList.add('error');
    const { limits } = outcome;
    return [summary, ...(limits ? [h('p', { class: 'bar-detail' }, `${tr(lang, 'cap')} ${yen(limits.cap, lang)} · ${tr(lang, 'rate')} ${percent(limits.baseRate)}`)] : [])];
  }
  const { calc } = outcome;
  summary.append(
    h('span', { class: 'bar-label' }, tr(lang, 'amount')), ' ',
    h('strong', { class: 'amount' }, yen(calc.amount, lang)), ' ',
    verdictChip(calc, lang));
  return [summary, h('p', { class: 'bar-detail' }, `${tr(lang, 'rate')} ${percent(calc.rate)} · ${tr(lang, 'selfPay')} ${yen(calc.selfPay, lang)}`)];
}

function figure(label: string, ...value: (HTMLElement | string)[]): HTMLElement[] {
  return [h('dt', {}, label), h('dd', {}, ...value)];
}

function limitFigures(l: Limits, lang: Lang): HTMLElement[] {
  return [
    ...figure(tr(lang, 'capFloor'), `${yen(l.cap, lang)} / ${l.floor > 0 ? yen(l.floor, lang) : tr(lang, 'noFloor')}`),
    ...figure(`${tr(lang, 'rate')} (${tr(lang, 'baseRate')})`, percent(l.baseRate)),
  ];
}

const texts = (ts: readonly Text[], lang: Lang, cls: string): HTMLElement => h('ul', { class: cls }, ...ts.map((t) => h('li', {}, inLanguage(t, lang))));

/** CHECK's verdict, then why not (its reasons) or what to watch (its cautions): each once. */
function checkFigure(calc: CalculationResult, lang: Lang): HTMLElement[] {
  const list = calc.reasons.length > 0 ? calc.reasons : calc.warnings;
  return figure(tr(lang, 'check'), verdictChip(calc, lang), ...(list.length > 0 ? [texts(list, lang, 'reasons')] : []));
}

/** How the core read each line of the quote: the line, its category and why; its amount; what counts. */
function quoteTable(lines: readonly QuoteLineView[], lang: Lang): HTMLElement {
  const counted = (l: QuoteLineView) => (l.counted === null ? '—' : `${yen(l.counted, lang)}${l.months === '' ? '' : ` (${l.months}${tr(lang, 'months')})`}`);
  return scrollBox(tr(lang, 'quoteReading'), h('table', { class: 'quote' },
    h('caption', {}, tr(lang, 'quoteReading')),
    h('thead', {}, h('tr', {}, ...[QUOTE_HEADER[0], QUOTE_HEADER[1], QUOTE_HEADER[3]].map((t) => h('th', { scope: 'col' }, inLanguage(t, lang))))),
    h('tbody', {}, ...lines.map((l) => h('tr', {},
      h('td', {}, inLanguage(l.line, lang), h('small', { class: 'sub' }, [l.category, l.from].filter((t): t is Text => t !== null).map((t) => inLanguage(t, lang)).join(' · '))),
      h('td', { class: 'num' }, l.amount === '' ? '' : yen(l.amount, lang)),
      h('td', { class: 'num' }, counted(l)))))));
}

/** The breakdown in three columns that fit 300 px: the item, cost × rate, the subsidy (and the cap when it bites). */
function breakdownTable(lines: readonly BreakdownLine[], eligible: boolean, lang: Lang): HTMLElement {
  const [item, cost, rate, , subsidy] = BREAKDOWN_TEXTS.header.map((t) => inLanguage(t, lang));
  // where a cap bites (on a bucket's last row): what the part earned before it, and the cap
  const capped = (l: BreakdownLine) =>
    !eligible || l.cap === null || l.before <= l.after ? null : h('small', { class: 'sub' }, [`${tr(lang, 'beforeCap')} ${yen(l.before, lang)}`, l.cap === null ? '' : `${tr(lang, 'cap')} ${yen(l.cap, lang)}`].filter((x) => x !== '').join(' · '));
  return scrollBox(tr(lang, 'breakdown'), h('table', { class: 'breakdown' },
    h('caption', {}, tr(lang, 'breakdown')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, item), h('th', { scope: 'col' }, `${cost} × ${rate}`), h('th', { scope: 'col' }, subsidy))),
    h('tbody', {}, ...lines.map((l) =>
      h('tr', {},
        h('th', { scope: 'row' }, inLanguage(l.label, lang)),
        h('td', { class: 'num' }, `${yen(l.cost, lang)} × ${l.rate}`),
        h('td', { class: 'num' }, yen(l.after, lang), capped(l)))))));
}

function ruleYear(calc: CalculationResult, lang: Lang): string {
  const t = calc.table;
  return lang === 'ja'
    ? `${t.title} — ${calc.frame.name} (${tr(lang, 'inForce')} ${t.from}〜${t.until ?? ''}、${t.asOf} ${tr(lang, 'asOf')})`
    : `${t.title} — ${calc.frame.name} (${tr(lang, 'inForce')} ${t.from}–${t.until ?? ''}; ${tr(lang, 'asOf')} ${t.asOf})`;
}

export function resultView(outcome: Outcome, lang: Lang): (HTMLElement | false)[] {
  if (outcome.kind === 'limits') return [h('dl', { class: 'figures' }, ...limitFigures(outcome.limits, lang))];
  if (outcome.kind === 'error') {
    // a cost's own error is said once, at the cost
    return [outcome.field !== 'cost' && h('p', { class: 'error' }, inLanguage(outcome.message, lang)), outcome.limits !== undefined && h('dl', { class: 'figures' }, ...limitFigures(outcome.limits, lang))];
  }
  const { calc, quote } = outcome;
  const notes = [...calc.assumptions, ...calc.notes];
  return [
    h('dl', { class: 'figures' },
      ...figure(tr(lang, 'rate'), `${percent(calc.rate)} (${tr(lang, 'effectiveRate')}) / ${calc.baseRate} (${tr(lang, 'baseRate')})`),
      ...figure(tr(lang, 'selfPay'), yen(calc.selfPay, lang)),
      ...figure(tr(lang, 'capFloor'), `${yen(calc.cap, lang)} / ${calc.floor > 0 ? yen(calc.floor, lang) : tr(lang, 'noFloor')}`),
      ...checkFigure(calc, lang),
      ...figure(tr(lang, 'ruleYear'), ruleYear(calc, lang))),
    quote.length > 0 && quoteTable(quote, lang),
    breakdownTable(calc.lines, calc.eligible, lang),
    notes.length > 0 && h('div', {}, h('h3', {}, tr(lang, 'notes')), texts(notes, lang, 'notes')),
    // the documents are Japanese; each citation whole (a bracket never splits an item)
    h('div', {}, h('h3', {}, tr(lang, 'sources'), lang === 'en' ? ` ${tr(lang, 'sourcesLang')}` : ''),
      h('ul', { class: 'sources', lang: 'ja' }, ...calc.sources.map((x) => h('li', {}, x)))),
    h('p', { class: 'estimate' }, tr(lang, 'estimateNote')),
  ];
}
