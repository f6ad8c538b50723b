/**
 * The pane, as one workflow: the scenario (program, 枠, 規模, 経費) and its result first, the
 * result kept in view in a compact bar while the options below change, then the formula to
 * insert; the details and the chart beside (wide) or below (narrow); templates last. One state;
 * every change recomputes the formula, the result and the chart from the core, and redraws only
 * the result and chart regions (focus is always in the form when they change).
 */
import { asIthojoError, inLanguage, isIthojoError } from '../core';
import { templateLayouts } from '../templates';
import { formulaText, initialState, missingParams, scenario, type BuilderState } from './builder';
import { curveOf } from './chart/curve';
import type { Host } from './host';
import { langOf, tr, type Lang } from './i18n';
import { outcomeOf, type Outcome } from './result';
import { chartView } from './view/chartView';
import { builderView } from './view/builderView';
import { footerView } from './view/footer';
import { h, replaceChildren } from './view/dom';
import { barView, resultView } from './view/resultView';

function helpControl(host: Host, lang: Lang): HTMLElement {
  const help = host.help;
  if ('url' in help) return h('a', { href: help.url, target: '_blank', rel: 'noopener' }, tr(lang, 'help'));
  const button = h('button', { type: 'button', class: 'link' }, tr(lang, 'help'));
  button.addEventListener('click', () => void help.open());
  return button;
}

/** The core's message for a cost it cannot read, in the pane's language; null when the cost is fine. */
function costErrorOf(outcome: Outcome, lang: Lang): string | null {
  return outcome.kind === 'error' && outcome.field === 'cost' ? inLanguage(outcome.message, lang) : null;
}

export function mount(root: HTMLElement, host: Host): void {
  const lang = langOf(host.language);
  document.documentElement.lang = lang;
  let state: BuilderState = initialState();
  let outcome: Outcome = outcomeOf(state);

  const status = h('p', { class: 'status', role: 'status' });
  const bar = h('div', { class: 'result-bar' });
  const results = h('div', { class: 'results' });
  const readout = h('p', { class: 'readout', 'aria-live': 'polite' });
  const chart = h('div', { class: 'chart-area' });

  // the status is cleared first: it never shows the last action's outcome while this one runs
  const report = async (work: () => Promise<string>) => {
    status.className = 'status';
    status.textContent = '';
    try {
      status.textContent = await work();
    } catch (e) {
      status.className = 'status error';
      // the core's errors and the host's (office.js, google.script.run) both carry a readable message
      const message = isIthojoError(e) ? inLanguage(e.text, lang) : e instanceof Error ? e.message : String(e);
      status.textContent = `${tr(lang, 'failed')}: ${message}`;
    }
  };

  const builder = builderView(state, lang, {
    change: (next) => render(next),
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
        // a cost the core cannot read would be an error in the cell: say so here instead
        if (costErrorOf(outcome, lang) !== null) {
          builder.focusCost();
          throw new Error(tr(lang, 'fixCost'));
        }
        if (missingParams(state).length > 0) {
          builder.focusCost();
          throw new Error(tr(lang, 'enterCost'));
        }
        const address = await host.insertFormula(formulaText(state, host.flavour));
        return lang === 'ja' ? `${address} ${tr(lang, 'inserted')}` : `${address}${tr(lang, 'inserted')}`;
      }),
  });

  function render(next: BuilderState): void {
    state = next;
    outcome = outcomeOf(state);
    builder.update(state, formulaText(state, host.flavour), costErrorOf(outcome, lang));
    replaceChildren(bar, ...barView(outcome, lang));
    replaceChildren(results, ...resultView(outcome, lang));
    const s = scenario(state);
    try {
      const current = outcome.kind === 'priced' ? { cost: outcome.calc.cost, amount: outcome.calc.amount } : null;
      readout.textContent = '';
      replaceChildren(chart, chartView(curveOf(s.frame, s.size, s.options, current), lang, readout, chart.clientWidth));
    } catch (e) {
      replaceChildren(chart, h('p', { class: 'hint' }, `${tr(lang, 'noChart')}: ${inLanguage(asIthojoError(e).text, lang)}`));
    }
  }

  const templateSelect = h('select', { id: 'template' }, ...templateLayouts().map((t) => h('option', { value: t.id }, lang === 'ja' ? t.name : `${t.name} (${t.nameEn})`)));
  const insertTemplate = h('button', { type: 'button' }, tr(lang, 'insertTemplate'));
  insertTemplate.addEventListener('click', () =>
    void report(async () => `${await host.insertTemplate(templateSelect.value)}: ${tr(lang, 'templateInserted')}`));
  const fix = host.fixNames;
  const fixButton = fix ? h('button', { type: 'button', 'aria-describedby': 'fix-hint' }, tr(lang, 'fixNames')) : null;
  fixButton?.addEventListener('click', () => void report(async () => `${await fix!()} ${tr(lang, 'fixed')}`));

  const form = h('form', { class: 'builder', 'aria-label': tr(lang, 'scenario') }, builder.scenario, bar, builder.options, builder.formula);
  form.addEventListener('submit', (e) => e.preventDefault());

  replaceChildren(root,
    h('header', { class: 'top' }, h('h1', {}, tr(lang, 'title')), helpControl(host, lang)),
    host.name === 'preview' && h('p', { class: 'notice' }, tr(lang, 'preview')),
    h('div', { class: 'columns' },
      form,
      h('div', { class: 'output' },
        h('section', { 'aria-labelledby': 'result-title' }, h('h2', { id: 'result-title' }, tr(lang, 'result')), results),
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
