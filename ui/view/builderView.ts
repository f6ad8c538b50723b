/**
 * The formula builder's form, in the order a user works: the scenario (program, 枠, 規模, 経費)
 * first, then (after the result bar, placed by app.ts) the frame's own options, the options every
 * frame reads folded away, and the formula to insert. Generated from the rule tables and the
 * declarations. Controls are made once; only the parts that depend on the frame are rebuilt,
 * never the control that has focus.
 */
import { SIZE_LABELS_EN, inLanguage, type OptionDef } from '../../core';
import { allSizes, framesOf, programs, requiredOptionsOf, sizeLabel, type SizeKey } from '../../templates/catalog';
import { builderFunctions, frameOf, ownOptions, programOf, roundsOf, shownOptions, withProgram, withYear, type BuilderState } from '../builder';
import { pick, tr, type Lang } from '../i18n';
import { optionHelp } from '../optionHelp';
import { h, replaceChildren, uid } from './dom';

export interface BuilderCallbacks {
  change(next: BuilderState): void;
  useSelection(): void;
  typeCost(): void;
  insertFormula(): void;
}

export interface BuilderView {
  /** Program, frame, size and cost: what the result bar answers. */
  readonly scenario: HTMLElement;
  /** The options, grouped. */
  readonly options: HTMLElement;
  /** The function, the formula and the insert button. */
  readonly formula: HTMLElement;
  /** Brings the controls in line with the state; `costError` is the core's message for an unreadable cost. */
  update(state: BuilderState, formula: string, costError: string | null): void;
  /** Moves focus to the cost field (after "type the cost instead" hides its own button, or a refused insertion). */
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

/** What an option means, and what applies without it (a flag not given is simply off). */
function hintOf(def: OptionDef, lang: Lang, required: boolean): string {
  const help = optionHelp(def);
  const meaning = pick(lang, help);
  if (required) return `${meaning} (${tr(lang, 'required')})`;
  if (def.type === 'flag' || !def.default) return meaning;
  return `${meaning} (${tr(lang, 'defaultIs')}: ${lang === 'ja' ? help.defaultJa : help.defaultEn})`;
}

/** A placeholder that reads as a hint, never as a value: "例: 4". */
function placeholderOf(def: OptionDef, lang: Lang): string {
  const value = def.example.split('=')[1] ?? '';
  return value === '' ? '' : `${tr(lang, 'example')} ${value}`;
}

/** An option's control, made from the state now; a change applies to the state then current. */
function optionControl(def: OptionDef, current: () => BuilderState, lang: Lang, required: boolean, cb: BuilderCallbacks): HTMLElement {
  const state = current();
  const hint = hintOf(def, lang, required);
  const value = state.options[def.key];
  const set = (v: boolean | string) => {
    const now = current();
    cb.change({ ...now, options: { ...now.options, [def.key]: v } });
  };
  if (def.type === 'flag') {
    const box = h('input', { type: 'checkbox', id: uid('o'), checked: value === true });
    box.addEventListener('change', () => set(box.checked));
    const hintEl = h('small', { id: uid('h'), class: 'hint' }, hint);
    box.setAttribute('aria-describedby', hintEl.id);
    return h('div', { class: 'field check' }, box, h('label', { for: box.id }, optionName(def, lang)), hintEl);
  }
  if (def.type === 'choice' || def.type === 'round') {
    const rounds = def.type === 'round' ? roundsOf(state) : [];
    const choices = def.type === 'round'
      ? rounds.map((r) => [String(r.round), `${r.round}${lang === 'ja' ? '次' : ''} (${tr(lang, 'deadline')} ${r.deadline})`])
      : choicesOf(def).map((c) => [c, c]);
    const none = def.default ? `${tr(lang, 'defaultIs')}: ${inLanguage(def.default, lang)}` : tr(lang, 'notGiven');
    const select = h('select', {}, h('option', { value: '' }, none), ...choices.map(([v, label]) => h('option', { value: v, selected: value === v }, label)));
    select.addEventListener('change', () => set(select.value));
    return labelled(optionName(def, lang), select, hint);
  }
  const input = h('input', {
    type: def.type === 'date' ? 'date' : 'text', inputmode: def.type === 'ratio' || def.type === 'date' ? undefined : 'decimal',
    placeholder: def.type === 'date' ? undefined : placeholderOf(def, lang), value: typeof value === 'string' ? value : '', 'aria-required': required ? 'true' : undefined,
  });
  input.addEventListener('input', () => set(input.value));
  return labelled(`${optionName(def, lang)}${required ? ` (${tr(lang, 'required')})` : ''}`, input, hint);
}

function sizeText(key: SizeKey, lang: Lang): string {
  return lang === 'ja' ? sizeLabel(key) : `${sizeLabel(key)} (${SIZE_LABELS_EN[key]})`;
}

export function builderView(initial: BuilderState, lang: Lang, cb: BuilderCallbacks): BuilderView {
  let state = initial;
  const program = h('select', {}, ...programs().map((p) => h('option', { value: p.id }, lang === 'ja' ? p.name : `${p.name} (${p.nameEn})`)));
  const year = h('select', {});
  const frame = h('select', {});
  const sizes = h('fieldset', { class: 'sizes' });
  const cost = h('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off', placeholder: `${tr(lang, 'example')} 1500000` });
  const costHint = h('small', { id: uid('h'), class: 'hint' }, tr(lang, 'costHint'));
  const costError = h('p', { id: uid('e'), class: 'error field-error', hidden: true });
  const useSelection = h('button', { type: 'button' }, tr(lang, 'useSelection'));
  const typeCost = h('button', { type: 'button', class: 'link' }, tr(lang, 'typeCost'));
  const range = h('p', { class: 'range', hidden: true });
  const own = h('fieldset', { class: 'options' });
  const more = h('details', { class: 'more-options' });
  const fn = h('select', {}, ...builderFunctions().map((d) => h('option', { value: d.id }, `${d.id} — ${pick(lang, d.returns)}`)));
  const formula = h('output', { class: 'formula', 'aria-live': 'off' });
  const insert = h('button', { type: 'button', class: 'primary' }, tr(lang, 'insertFormula'));

  program.addEventListener('change', () => cb.change(withProgram(state, program.value)));
  year.addEventListener('change', () => cb.change(withYear(state, year.value === '' ? null : Number(year.value))));
  frame.addEventListener('change', () => cb.change({ ...state, frameName: frame.value }));
  cost.addEventListener('input', () => cb.change({ ...state, costText: cost.value }));
  fn.addEventListener('change', () => cb.change({ ...state, fn: fn.value }));
  useSelection.addEventListener('click', () => cb.useSelection());
  typeCost.addEventListener('click', () => cb.typeCost());
  insert.addEventListener('click', () => cb.insertFormula());

  cost.id = uid('c');
  cost.setAttribute('aria-describedby', `${costHint.id} ${costError.id}`);
  const costField = h('div', { class: 'field' }, h('label', { for: cost.id }, tr(lang, 'cost')), cost, costHint, costError);
  const scenario = h('section', { class: 'scenario', 'aria-label': tr(lang, 'scenario') },
    labelled(tr(lang, 'program'), program),
    labelled(tr(lang, 'frame'), frame),
    sizes,
    costField,
    h('div', { class: 'row' }, useSelection, typeCost),
    range);
  const options = h('div', { class: 'option-groups' }, own, more);

  const formulaId = uid('f');
  formula.id = formulaId;
  formula.setAttribute('aria-labelledby', `${formulaId}-label`);
  const formulaPart = h('section', { class: 'formula-part', 'aria-labelledby': `${formulaId}-title` },
    h('h2', { id: `${formulaId}-title` }, tr(lang, 'formulaPart')),
    labelled(tr(lang, 'fn'), fn),
    h('div', { class: 'field' }, h('span', { class: 'label', id: `${formulaId}-label` }, tr(lang, 'formula')), formula),
    insert);

  let shownFrame = '';
  let shownProgram = '';
  let shownYear: number | null | undefined;
  const sizeName = uid('size');
  const sizeRadios = new Map<SizeKey | null, HTMLInputElement>();

  // every size, whatever the frame: a company is the size it is (a frame that excludes it says so)
  const radio = (key: SizeKey | null, label: string) => {
    const input = h('input', { type: 'radio', name: sizeName, id: uid('s'), value: key ?? '' });
    input.addEventListener('change', () => cb.change({ ...state, size: key }));
    sizeRadios.set(key, input);
    return h('div', { class: 'field check' }, input, h('label', { for: input.id }, label));
  };
  replaceChildren(sizes, h('legend', {}, tr(lang, 'size')), radio(null, tr(lang, 'sizeDefault')), ...allSizes().map((k) => radio(k, sizeText(k, lang))));

  function rebuildOptions(): void {
    const f = frameOf(state);
    const required = requiredOptionsOf(f);
    const mine = ownOptions(f);
    const others = shownOptions(f).filter((d) => !mine.includes(d) && (d.type !== 'round' || roundsOf(state).length > 0));
    const control = (d: OptionDef) => optionControl(d, () => state, lang, required.includes(d), cb);
    replaceChildren(own, h('legend', {}, tr(lang, 'options')), mine.length === 0 ? h('p', { class: 'hint' }, tr(lang, 'noOptions')) : null, ...mine.map(control));
    // what every frame reads is folded away, open once something in it is set
    more.open = state.year !== null || others.some((d) => state.options[d.key] !== undefined && state.options[d.key] !== '' && state.options[d.key] !== false);
    replaceChildren(more, h('summary', {}, tr(lang, 'moreOptions')), labelled(tr(lang, 'year'), year), ...others.map(control));
  }

  function update(next: BuilderState, text: string, error: string | null): void {
    state = next;
    const p = programOf(state);
    if (shownProgram !== p.id) {
      program.value = p.id;
      replaceChildren(year, h('option', { value: '' }, tr(lang, 'latest')), ...p.tables.map((t) => h('option', { value: String(t.fiscalYear) }, lang === 'ja' ? `${t.fiscalYear}年度 — ${t.program}` : `${tr(lang, 'fiscalYear')}${t.fiscalYear} — ${t.program}`)));
    }
    if (shownProgram !== p.id || shownYear !== state.year) {
      replaceChildren(frame, ...framesOf(p, state.year ?? undefined).map((f) => h('option', { value: f.name }, lang === 'ja' ? f.name : `${f.name} (${f.nameEn})`)));
    }
    const f = frameOf(state);
    if (shownProgram !== p.id || shownYear !== state.year || shownFrame !== f.name) {
      frame.value = f.name;
      rebuildOptions();
      year.value = state.year === null ? '' : String(state.year);
    }
    shownProgram = p.id;
    shownYear = state.year;
    shownFrame = f.name;
    sizeRadios.get(state.size)!.checked = true;
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
    costError.hidden = error === null;
    costError.textContent = error ?? '';
    if (error === null) cost.removeAttribute('aria-invalid');
    else cost.setAttribute('aria-invalid', 'true');
    formula.textContent = text;
  }

  return { scenario, options, formula: formulaPart, update, focusCost: () => cost.focus() };
}
