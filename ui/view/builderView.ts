/**
 * The formula builder's form: program → rule year → 枠 → 規模 → the frame's options → 経費 →
 * function, generated from the rule tables and declarations. Controls are made once; only the
 * parts that depend on the frame are rebuilt, and never the control that has focus.
 */
import type { OptionDef } from '../../core';
import { allSizes, framesOf, programs, requiredOptionsOf, sizeLabel, type SizeKey } from '../../templates/catalog';
import { builderFunctions, frameOf, programOf, shownOptions, type BuilderState } from '../builder';
import { pick, tr, type Lang } from '../i18n';
import { optionHelp } from '../optionHelp';
import { h, replaceChildren, uid } from './dom';

export interface BuilderCallbacks {
  change(patch: Partial<BuilderState>): void;
  useSelection(): void;
  typeCost(): void;
  insertFormula(): void;
}

export interface BuilderView {
  readonly element: HTMLElement;
  /** Brings the frame-dependent controls and the formula in line with the state. */
  update(state: BuilderState, formula: string): void;
  /** Moves focus to the cost field (after "type the cost instead" hides its own button). */
  focusCost(): void;
}

const isAscii = (t: string) => /^[\x20-\x7e]+$/.test(t);

/** The option's name as a user writes it, with its English alias in English. */
function optionName(def: OptionDef, lang: Lang): string {
  const alias = def.names.slice(1).find(isAscii);
  return lang === 'en' && alias ? `${def.names[0]} (${alias})` : def.names[0];
}

function labelled(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || uid('c');
  control.id = id;
  const hintEl = hint ? h('small', { id: uid('h'), class: 'hint' }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hintEl);
}

function choicesOf(def: OptionDef): string[] {
  // one spelling per canonical value: the first one the table lists
  const seen = new Map<string, string>();
  for (const [spelling, canonical] of Object.entries(def.choices ?? {})) if (!seen.has(canonical)) seen.set(canonical, spelling);
  return [...seen.values()];
}

function optionControl(def: OptionDef, state: BuilderState, lang: Lang, required: boolean, cb: BuilderCallbacks): HTMLElement {
  const help = optionHelp(def);
  const hint = `${pick(lang, help)} (${required ? tr(lang, 'required') : `${tr(lang, 'defaultIs')}: ${lang === 'ja' ? help.defaultJa : help.defaultEn}`}; ${tr(lang, 'example')} ${def.example})`;
  const value = state.options[def.key];
  const set = (v: boolean | string) => cb.change({ options: { ...state.options, [def.key]: v } });
  if (def.type === 'flag') {
    const box = h('input', { type: 'checkbox', id: uid('o'), checked: value === true });
    box.addEventListener('change', () => set(box.checked));
    const hintEl = h('small', { id: uid('h'), class: 'hint' }, hint);
    box.setAttribute('aria-describedby', hintEl.id);
    return h('div', { class: 'field check' }, box, h('label', { for: box.id }, optionName(def, lang)), hintEl);
  }
  if (def.type === 'choice') {
    const select = h('select', {}, h('option', { value: '' }, `${tr(lang, 'defaultIs')}`), ...choicesOf(def).map((c) => h('option', { value: c, selected: value === c }, c)));
    select.addEventListener('change', () => set(select.value));
    return labelled(optionName(def, lang), select, hint);
  }
  const example = def.example.split('=')[1] ?? '';
  const input = h('input', { type: 'text', inputmode: def.type === 'ratio' ? 'text' : 'decimal', placeholder: example, value: typeof value === 'string' ? value : '', 'aria-required': required ? 'true' : undefined });
  input.addEventListener('input', () => set(input.value));
  return labelled(`${optionName(def, lang)}${required ? ` (${tr(lang, 'required')})` : ''}`, input, hint);
}

export function builderView(initial: BuilderState, lang: Lang, cb: BuilderCallbacks): BuilderView {
  let state = initial;
  const program = h('select', {}, ...programs().map((p) => h('option', { value: p.id }, lang === 'ja' ? p.name : `${p.name} (${p.nameEn})`)));
  const year = h('select', {});
  const frame = h('select', {});
  const sizes = h('fieldset', { class: 'sizes' });
  const options = h('fieldset', { class: 'options' });
  const cost = h('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off' });
  const useSelection = h('button', { type: 'button' }, tr(lang, 'useSelection'));
  const typeCost = h('button', { type: 'button', class: 'link' }, tr(lang, 'typeCost'));
  const range = h('p', { class: 'range', hidden: true });
  const fn = h('select', {}, ...builderFunctions().map((d) => h('option', { value: d.id }, `${d.id} — ${pick(lang, d.returns)}`)));
  const formula = h('output', { class: 'formula', 'aria-live': 'off' });
  const insert = h('button', { type: 'button', class: 'primary' }, tr(lang, 'insertFormula'));

  program.addEventListener('change', () => {
    const p = programs().find((x) => x.id === program.value)!;
    cb.change({ programId: p.id, year: null, frameName: framesOf(p)[0].name, options: {}, size: null });
  });
  year.addEventListener('change', () => cb.change({ year: year.value === '' ? null : Number(year.value) }));
  frame.addEventListener('change', () => cb.change({ frameName: frame.value, options: {} }));
  cost.addEventListener('input', () => cb.change({ costText: cost.value }));
  fn.addEventListener('change', () => cb.change({ fn: fn.value }));
  useSelection.addEventListener('click', () => cb.useSelection());
  typeCost.addEventListener('click', () => cb.typeCost());
  insert.addEventListener('click', () => cb.insertFormula());

  const formulaId = uid('f');
  formula.id = formulaId;
  const element = h('form', { class: 'builder', 'aria-labelledby': 'builder-title' },
    h('h2', { id: 'builder-title' }, tr(lang, 'builder')),
    labelled(tr(lang, 'program'), program),
    labelled(tr(lang, 'year'), year),
    labelled(tr(lang, 'frame'), frame),
    sizes,
    options,
    labelled(tr(lang, 'cost'), cost, tr(lang, 'costHint')),
    h('div', { class: 'row' }, useSelection, typeCost),
    range,
    labelled(tr(lang, 'fn'), fn),
    h('div', { class: 'field' }, h('span', { class: 'label', id: `${formulaId}-label` }, tr(lang, 'formula')), formula),
    insert);
  formula.setAttribute('aria-labelledby', `${formulaId}-label`);
  element.addEventListener('submit', (e) => e.preventDefault());

  let shownFrame = '';
  let shownProgram = '';
  let shownYear: number | null | undefined;

  function rebuildFrameParts(): void {
    const f = frameOf(state);
    const sizeName = uid('size');
    const radio = (key: SizeKey | null, label: string) => {
      const input = h('input', { type: 'radio', name: sizeName, id: uid('s'), value: key ?? '', checked: state.size === key });
      input.addEventListener('change', () => cb.change({ size: key }));
      return h('div', { class: 'field check' }, input, h('label', { for: input.id }, label));
    };
    replaceChildren(sizes, h('legend', {}, tr(lang, 'size')), radio(null, tr(lang, 'sizeDefault')),
      ...allSizes().filter((k) => (f.sizes as readonly string[]).includes(k)).map((k) => radio(k, sizeLabel(k))));
    const required = requiredOptionsOf(f);
    const shown = shownOptions(f);
    replaceChildren(options, h('legend', {}, tr(lang, 'options')),
      shown.length === 0 ? h('p', { class: 'hint' }, tr(lang, 'noOptions')) : null,
      ...shown.map((d) => optionControl(d, state, lang, required.includes(d), cb)));
  }

  function update(next: BuilderState, text: string): void {
    state = next;
    const p = programOf(state);
    if (shownProgram !== p.id) {
      program.value = p.id;
      replaceChildren(year, h('option', { value: '' }, tr(lang, 'latest')), ...p.tables.map((t) => h('option', { value: String(t.fiscalYear) }, `${t.fiscalYear}年度 — ${t.program}`)));
    }
    if (shownProgram !== p.id || shownYear !== state.year) {
      year.value = state.year === null ? '' : String(state.year);
      replaceChildren(frame, ...framesOf(p, state.year ?? undefined).map((f) => h('option', { value: f.name }, lang === 'ja' ? f.name : `${f.name} (${f.nameEn})`)));
    }
    const f = frameOf(state);
    if (shownProgram !== p.id || shownYear !== state.year || shownFrame !== f.name) {
      frame.value = f.name;
      rebuildFrameParts();
    }
    shownProgram = p.id;
    shownYear = state.year;
    shownFrame = f.name;
    fn.value = state.fn;
    if (state.range) {
      cost.readOnly = true;
      cost.value = state.range.address;
      range.hidden = false;
      typeCost.hidden = false;
      replaceChildren(range, `${tr(lang, 'usingRange')}: `, h('code', {}, state.range.address));
    } else {
      cost.readOnly = false;
      if (cost.value !== state.costText) cost.value = state.costText;
      range.hidden = true;
      typeCost.hidden = true;
    }
    formula.textContent = text;
  }

  return { element, update, focusCost: () => cost.focus() };
}
