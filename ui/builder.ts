/**
 * The formula builder's state and what follows from it: the core's arguments (for the live
 * result) and the formula text (for insertion), both from the same choices.
 */
import { DECLARATIONS, FUNCTIONS, OPTION_DEFS, type FunctionDecl, type OptionDef } from '../core';
import { framesOf, optionsOf, programs, sizeLabel, type FrameRule, type Program, type SizeKey } from '../templates/catalog';
import { formula, ithojo, num, ref, str, type Expr, type Flavour } from '../templates/expr';
import type { Selection } from './host';

/** A checkbox's state, or the text of an input or a select. */
export type OptionValue = boolean | string;

export interface BuilderState {
  readonly programId: string;
  /** null: the newest rule year (no 年度 option in the formula). */
  readonly year: number | null;
  readonly frameName: string;
  /** null: not given, the core's default applies. */
  readonly size: SizeKey | null;
  readonly options: Readonly<Record<string, OptionValue>>;
  readonly costText: string;
  /** The range read from the sheet, used instead of the typed cost while set. */
  readonly range: Selection | null;
  readonly fn: string;
}

/** The parameters the builder fills, by declaration name. */
const BUILDER_PARAMS = ['frame', 'cost', 'size', 'options'];

/** Functions the builder can write: those taking nothing but a scenario (AMOUNT, RATE, CHECK …). */
export function builderFunctions(): FunctionDecl[] {
  return DECLARATIONS.filter((d) => d.params[0]?.name === 'frame' && d.params.every((p) => BUILDER_PARAMS.includes(p.name)));
}

/** The option whose value is the rule year (年度=…); the pane offers it as its own select. */
const YEAR_OPTION = OPTION_DEFS.find((d) => d.key === 'year');
/** The other option that picks the rule table (基準日=…): with the year, all DEADLINE reads. */
const DATE_OPTION = OPTION_DEFS.find((d) => d.key === 'refDate');

export function programOf(state: BuilderState): Program {
  return programs().find((p) => p.id === state.programId) ?? programs()[0];
}

export function frameOf(state: BuilderState): FrameRule {
  const frames = framesOf(programOf(state), state.year ?? undefined);
  return frames.find((f) => f.name === state.frameName) ?? frames[0];
}

/** The options shown for the frame (the year has its own control). */
export function shownOptions(frame: FrameRule): OptionDef[] {
  return optionsOf(frame).filter((d) => d !== YEAR_OPTION);
}

/** The frame's own options: those that change its answer (the others apply to every frame). */
export function ownOptions(frame: FrameRule): OptionDef[] {
  return shownOptions(frame).filter((d) => (frame.options as readonly string[]).includes(d.key));
}

export function initialState(): BuilderState {
  const program = programs()[0];
  const frame = framesOf(program)[0];
  return { programId: program.id, year: null, frameName: frame.name, size: null, options: {}, costText: '', range: null, fn: builderFunctions()[0].id };
}

/**
 * Another program: its first frame, and a rule year it has. The size and every option given
 * are kept (an option the new frame does not read stays out of its formula, and comes back
 * with a frame that reads it).
 */
export function withProgram(state: BuilderState, programId: string): BuilderState {
  const program = programs().find((p) => p.id === programId) ?? programs()[0];
  const year = program.tables.some((t) => t.fiscalYear === state.year) ? state.year : null;
  return { ...state, programId: program.id, year, frameName: framesOf(program, year ?? undefined)[0].name };
}

/** Another rule year: the same frame (by id) when that year has it, else the year's first. */
export function withYear(state: BuilderState, year: number | null): BuilderState {
  const frames = framesOf(programOf(state), year ?? undefined);
  const same = frames.find((f) => f.id === frameOf(state).id);
  return { ...state, year, frameName: (same ?? frames[0]).name };
}

function optionToken(def: OptionDef, value: OptionValue | undefined): string | null {
  if (value === undefined || value === false) return null;
  if (value === true) return def.names[0];
  const text = value.trim();
  return text === '' ? null : `${def.names[0]}=${text}`;
}

/** The options text of the formula, e.g. "プロセス=4, 賃上げ, 年度=2025": the frame's options given, a round it has. */
export function optionsText(state: BuilderState): string {
  const rounds = roundsOf(state);
  const tokens = shownOptions(frameOf(state))
    .filter((d) => d.type !== 'round' || rounds.some((r) => String(r.round) === String(state.options[d.key]).trim()))
    .map((d) => optionToken(d, state.options[d.key]));
  if (state.year !== null && YEAR_OPTION) tokens.push(`${YEAR_OPTION.names[0]}=${state.year}`);
  return tokens.filter((t): t is string => t !== null).join(', ');
}

/** A round (公募回) of the frame's table, with its deadline. */
export interface RoundChoice {
  readonly round: number;
  readonly deadline: string;
}

/** The frame's rounds on record in the table that answers (DEADLINE's table); none when it has no schedule. */
export function roundsOf(state: BuilderState): RoundChoice[] {
  const table = [DATE_OPTION && optionToken(DATE_OPTION, state.options.refDate), state.year !== null && YEAR_OPTION && `${YEAR_OPTION.names[0]}=${state.year}`];
  try {
    const rows = FUNCTIONS.DEADLINE(frameOf(state).name, null, table.filter((t) => typeof t === 'string').join(', ')) as unknown[][];
    return rows.slice(1).filter((r) => typeof r[0] === 'number').map((r) => ({ round: r[0] as number, deadline: isoDay(r[1] as Date) }));
  } catch {
    return [];
  }
}

/** A DEADLINE date (midnight in Tokyo) as YYYY-MM-DD. */
function isoDay(d: Date): string {
  return new Date(d.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

/** Whole yen typed with or without commas is a number; anything else goes to the core as text. */
function typedCost(text: string): number | string | null {
  const t = text.trim();
  if (t === '') return null;
  return /^\d{1,3}(,\d{3})*$|^\d+$/.test(t) ? Number(t.replace(/,/g, '')) : t;
}

/** The cost as the core takes it: a number, text, a quote range, or null when none. */
function costArgument(state: BuilderState): unknown {
  if (state.range) {
    const v = state.range.values;
    return v.length === 1 && v[0].length === 1 ? v[0][0] : v;
  }
  return typedCost(state.costText);
}

function costExpr(state: BuilderState): Expr | null {
  if (state.range) return ref(state.range.address);
  const c = typedCost(state.costText);
  return c === null ? null : typeof c === 'number' ? num(c) : str(c);
}

/** The core's four arguments for the state. */
export function scenario(state: BuilderState): { frame: string; cost: unknown; size: string | null; options: string | null } {
  const options = optionsText(state);
  return {
    frame: frameOf(state).name,
    cost: costArgument(state),
    size: state.size === null ? null : sizeLabel(state.size),
    options: options === '' ? null : options,
  };
}

/** The ITHOJO formula of the state, in the host's spelling. */
export function formulaText(state: BuilderState, flavour: Flavour): string {
  const decl = builderFunctions().find((d) => d.id === state.fn) ?? builderFunctions()[0];
  const s = scenario(state);
  const args: Record<string, Expr | null> = {
    frame: str(s.frame),
    cost: costExpr(state),
    size: s.size === null ? null : str(s.size),
    options: s.options === null ? null : str(s.options),
  };
  return formula(ithojo(decl.id, ...decl.params.map((p) => args[p.name])), flavour);
}

/** Required parameters the state leaves empty (the formula would be an error in the sheet). */
export function missingParams(state: BuilderState): string[] {
  const decl = builderFunctions().find((d) => d.id === state.fn);
  return (decl?.params ?? []).filter((p) => !p.optional && p.name === 'cost' && costArgument(state) === null).map((p) => p.name);
}
