/**
 * The pane: builder on one side, live result and chart on the other, templates below. One
 * state; every change recomputes the formula, the result and the chart from the core, and
 * redraws only the result and chart regions (focus is always in the form when they change).
 */
import { asIthojoError } from '../core';
import { templateLayouts } from '../templates';
import { formulaText, initialState, missingParams, scenario, type BuilderState } from './builder';
import { curveOf } from './chart/curve';
import type { Host } from './host';
import { langOf, tr, type Lang } from './i18n';
import { outcomeOf } from './result';
import { chartView } from './view/chartView';
import { builderView } from './view/builderView';
import { footerView } from './view/footer';
import { h, replaceChildren } from './view/dom';
import { resultView, summaryOf } from './view/resultView';

function helpControl(host: Host, lang: Lang): HTMLElement {
  const help = host.help;
  if ('url' in help) return h('a', { href: help.url, target: '_blank', rel: 'noopener' }, tr(lang, 'help'));
  const button = h('button', { type: 'button', class: 'link' }, tr(lang, 'help'));
  button.addEventListener('click', () => void help.open());
  return button;
}

export function mount(root: HTMLElement, host: Host): void {
  const lang = langOf(host.language);
  document.documentElement.lang = lang;
  let state: BuilderState = initialState();

  const status = h('p', { class: 'status', role: 'status' });
  const summary = h('p', { class: 'summary', 'aria-live': 'polite' });
  const results = h('div', { class: 'results' });
  const readout = h('p', { class: 'readout', 'aria-live': 'polite' });
  const chart = h('div', { class: 'chart-area' });

  const report = async (work: () => Promise<string>) => {
    try {
      status.className = 'status';
      status.textContent = await work();
    } catch (e) {
      status.className = 'status error';
      // the core's errors and the host's (office.js, google.script.run) both carry a readable message
      status.textContent = `${tr(lang, 'failed')}: ${e instanceof Error ? e.message : String(e)}`;
    }
  };

  const builder = builderView(state, lang, {
    change: (patch) => render({ ...state, ...patch }),
    useSelection: () =>
      void report(async () => {
        const range = await host.readSelection();
        render({ ...state, range });
        return `${tr(lang, 'usingRange')}: ${range.address}`;
      }),
    typeCost: () => {
      render({ ...state, range: null });
      builder.focusCost();
    },
    insertFormula: () =>
      void report(async () => {
        const missing = missingParams(state);
        if (missing.length > 0) throw new Error(tr(lang, 'enterCost'));
        const address = await host.insertFormula(formulaText(state, host.flavour));
        return lang === 'ja' ? `${address} ${tr(lang, 'inserted')}` : `${address}${tr(lang, 'inserted')}`;
      }),
  });

  function render(next: BuilderState): void {
    state = next;
    builder.update(state, formulaText(state, host.flavour));
    const outcome = outcomeOf(state);
    summary.textContent = summaryOf(outcome, lang);
    replaceChildren(results, ...resultView(outcome, lang));
    const s = scenario(state);
    try {
      const current = outcome.kind === 'priced' ? { cost: outcome.calc.cost, amount: outcome.calc.amount } : null;
      readout.textContent = '';
      replaceChildren(chart, chartView(curveOf(s.frame, s.size, s.options, current), lang, readout, chart.clientWidth));
    } catch (e) {
      replaceChildren(chart, h('p', { class: 'hint' }, `${tr(lang, 'noChart')}: ${asIthojoError(e).message}`));
    }
  }

  const templateSelect = h('select', { id: 'template' }, ...templateLayouts().map((t) => h('option', { value: t.id }, lang === 'ja' ? t.name : `${t.name} (${t.nameEn})`)));
  const insertTemplate = h('button', { type: 'button' }, tr(lang, 'insertTemplate'));
  insertTemplate.addEventListener('click', () =>
    void report(async () => `${await host.insertTemplate(templateSelect.value)}: ${tr(lang, 'templateInserted')}`));
  const fix = host.fixNames;
  const fixButton = fix ? h('button', { type: 'button', 'aria-describedby': 'fix-hint' }, tr(lang, 'fixNames')) : null;
  fixButton?.addEventListener('click', () => void report(async () => `${await fix!()} ${tr(lang, 'fixed')}`));

  replaceChildren(root,
    h('header', { class: 'top' }, h('h1', {}, tr(lang, 'title')), helpControl(host, lang)),
    host.name === 'preview' && h('p', { class: 'notice' }, tr(lang, 'preview')),
    h('div', { class: 'columns' },
      builder.element,
      h('div', { class: 'output' },
        h('section', { 'aria-labelledby': 'result-title' }, h('h2', { id: 'result-title' }, tr(lang, 'result')), summary, results),
        h('section', { 'aria-labelledby': 'chart-title' }, h('h2', { id: 'chart-title' }, tr(lang, 'chart')), h('p', { class: 'hint' }, tr(lang, 'chartHint')), chart, readout))),
    h('section', { class: 'templates', 'aria-labelledby': 'templates-title' },
      h('h2', { id: 'templates-title' }, tr(lang, 'templates')),
      h('div', { class: 'field' }, h('label', { for: 'template' }, tr(lang, 'template')), templateSelect),
      h('div', { class: 'row' }, insertTemplate, fixButton),
      fixButton && h('p', { class: 'hint', id: 'fix-hint' }, tr(lang, 'fixNamesHint'))),
    status,
    footerView(lang));
  render(state);
}
