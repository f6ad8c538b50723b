/**
 * Reads a quotation sheet as vendors write it (quote-reading.md: certain, or asked): a title
 * block, a header of one or two rows, section headings, lines, discounts, notes and summary rows,
 * in any of the layouts of examples/quotes/. Each non-blank row gets one role (classify.ts); each
 * line its amount, tax status, term and category (readLine.ts). What rests on an inference is
 * listed for CHECK and BREAKDOWN; what could be read two ways is an error naming the row.
 */
import { IthojoError } from '../errors/IthojoError';
import { cut, MSG } from '../errors/messages';
import { QUOTE_MSG } from '../errors/quoteMessages';
import type { Text } from '../errors/text';
import { isBlank, normalizeKey } from '../input/normalizeText';
import { parseAmount } from '../input/parseAmount';
import { MARKS } from '../rules/quote/amounts';
import type { RuleTable } from '../rules/types';
import { categoryIndex, type CategoryIndex } from './category';
import { classifier, firstLabel, firstText, isBlankRow, isNote } from './classify';
import { columnsFromHeader, findHeader, positionalColumns, type Columns, type Header, type Row } from './columns';
import { keyOf } from './labelKey';
import { listed } from './listed';
import type { RangeOrigin } from './origin';
import { RANGE_PLACES, setPlaces, sheetPlaces, type Places } from './places';
import { readLine, type BlankMark, type LineContext, type TaxStatement, type TermFlags, type Where } from './readLine';
import { SectionCheck, summaryOf } from './summary';
import { statementOf } from './taxStatement';
import { isLabel, readsAsAmount } from './text';
import type { Quote, QuoteLine } from './types';
import { plainSet } from './vocab';

const yesMarks = plainSet(MARKS.yes);
const NO_LEVELS: readonly string[] = [];

export function readQuote(rows: readonly Row[], table: RuleTable, origin?: RangeOrigin): Quote {
  const index = categoryIndex(table);
  const header = findHeader(rows);
  const provisional = origin ? sheetPlaces(origin, 0) : RANGE_PLACES;
  const cols = header ? columnsFromHeader(header, provisional) : positionalColumns(rows);
  const places = origin ? sheetPlaces(origin, cols.at.name ?? cols.at.category ?? 0) : RANGE_PLACES;
  if (!header) refuseNumericGrid(rows, cols, places);
  return new Reader(rows, cols, header, index, places).read();
}

/**
 * A range of amounts with a stray text cell is not a quote (rules/README.md "quote lines vs. a
 * range of scenarios"): as many rows hold a number where the positional form wants a label as
 * hold a label there. The error names the cell and its text.
 */
function refuseNumericGrid(rows: readonly Row[], cols: Columns, places: Places): void {
  const c = cols.at.category!;
  let labelled = 0;
  let numeric = 0;
  for (let r = 0; r < rows.length && labelled <= rows.length / 2; r++) {
    const x = rows[r][c];
    if (isLabel(x)) labelled++;
    else if (typeof x === 'number' || (typeof x === 'string' && !isBlank(x) && readsAsAmount(x))) numeric++;
  }
  if (numeric === 0 || numeric < labelled) return;
  for (let r = 0; r < rows.length; r++) {
    for (let k = 0; k < rows[r].length; k++) if (isLabel(rows[r][k])) throw new IthojoError(QUOTE_MSG.numericGrid(places.cell(r + 1, k), rows[r][k]));
  }
}

/** §Q30: a blank in the marks column is 対象 when the column holds no ○-type mark, else it is asked. */
function blankMarkOf(rows: readonly Row[], cols: Columns, from: number): BlankMark {
  const c = cols.at.marks;
  if (c === undefined) return 'eligible';
  for (let r = from; r < rows.length; r++) {
    const x = rows[r][c];
    if (!isBlank(x) && yesMarks().has(normalizeKey(String(x)))) return 'asked';
  }
  return 'eligible';
}

class Reader {
  private readonly lines: QuoteLine[] = [];
  private readonly flags: TermFlags = { termFromText: false, termLicence: false, noTerm: false, ordinal: false };
  /** Lines whose term CHECK tells about: from the text, a term licence, none stated. */
  private readonly termFromText: QuoteLine[] = [];
  private readonly termLicence: QuoteLine[] = [];
  private readonly noTerm: QuoteLine[] = [];
  private readonly sections: SectionCheck;
  private readonly ctx: LineContext;
  private readonly warnings: Text[] = [];
  private readonly body: number;
  private readonly titleTotals: { amount: number; row: number; label: string }[] = [];
  /** What the rows above the current one say of it. */
  private heading: string | undefined;
  private above: string | undefined;
  private levelValues: (string | undefined)[];
  private series: Where['series'];
  private headingTax = false;
  private lastWhere: Where | undefined;

  constructor(
    private readonly rows: readonly Row[], private readonly cols: Columns, private readonly header: Header | undefined,
    index: CategoryIndex, private readonly places: Places,
  ) {
    this.sections = new SectionCheck(places);
    this.body = header ? header.rows[header.rows.length - 1] + 1 : 0;
    this.levelValues = cols.levels.map(() => undefined);
    this.ctx = {
      cols, index, places, warnings: this.warnings, said: new Map(),
      blankMark: blankMarkOf(rows, cols, this.body), statement: this.statement(),
    };
  }

  read(): Quote {
    this.titleBlock();
    const classify = classifier(this.cols, this.header, this.ctx.index, this.places);
    for (let i = this.body; i < this.rows.length; i++) {
      const row = this.rows[i];
      const r = i + 1;
      const role = classify.classify(row, r);
      switch (role.role) {
        case 'skip':
        case 'note':
          break;
        case 'summary':
          this.sections.close();
          this.sections.summary(role.summary, this.summaryAmount(row), r, role.label);
          // a section ends at its summary, except where a page carries it over (次頁へ繰越)
          if (role.summary.kind !== 'carry') this.newSection(undefined);
          break;
        case 'heading':
          this.sections.close();
          this.sections.heading(r, role.text);
          this.updateLevels(row);
          this.newSection(role.text);
          if (keyOf(role.text).tax === 'included') this.headingTax = true;
          break;
        case 'headingAmount': {
          const amount = this.summaryAmount(row);
          this.sections.close();
          if (amount === undefined) {
            this.item(row, r); // an amount cell the grammar refuses: readLine says so
            break;
          }
          this.updateLevels(row);
          this.sections.heading(r, role.text, amount);
          this.newSection(role.text);
          break;
        }
        case 'bare':
          this.sections.close();
          this.sections.bare(this.summaryAmount(row) ?? 0, r);
          this.newSection(undefined);
          break;
        case 'item':
          this.item(row, r);
          break;
      }
    }
    this.sections.close();
    for (const t of this.titleTotals) this.sections.titleTotal(t.amount, t.row, t.label);
    if (this.lines.length === 0) throw new IthojoError(QUOTE_MSG.noQuoteLines());
    setPlaces(this.lines, this.places);
    return { lines: this.lines, warnings: this.checkWarnings(), notes: this.lines.some((l) => l.truncated) ? [MSG.truncatedCost()] : [] };
  }

  private item(row: Row, r: number): void {
    let where: Where;
    if (this.cols.levels.length === 0) where = this.where(0);
    else {
      this.updateLevels(row);
      where = this.where(this.levelOf(row));
    }
    const flags = this.flags;
    const line = readLine(row, r, where, this.ctx, flags);
    this.lines.push(line);
    if (flags.termFromText) this.termFromText.push(line);
    if (flags.termLicence) this.termLicence.push(line);
    if (flags.noTerm) this.noTerm.push(line);
    this.sections.line(line.amount);
    const c = this.cols.at.category;
    if (c !== undefined && c !== this.cols.at.name && isLabel(row[c])) this.above = row[c] as string;
    this.series = flags.ordinal && line.category ? (this.series ?? { category: line.category, label: line.label ?? '' }) : undefined;
  }

  private newSection(heading: string | undefined): void {
    this.heading = heading;
    this.above = undefined;
    this.series = undefined;
  }

  /** What the rows above say of a line whose own level is `own` (§Q38: the levels above it, nearest first). */
  private where(own: number): Where {
    let levels = NO_LEVELS as string[];
    for (let k = Math.min(own, this.levelValues.length) - 1; k >= 0; k--) {
      if (this.levelValues[k] !== undefined) (levels === NO_LEVELS ? (levels = []) : levels).push(this.levelValues[k]!);
    }
    const last = this.lastWhere;
    // most lines share what is above them: one object for a run of them
    if (last && levels.length === 0 && last.levels.length === 0 && last.heading === this.heading && last.above === this.above && last.series === this.series) return last;
    return (this.lastWhere = { heading: this.heading, above: this.above, levels, series: this.series });
  }

  /** The row's most specific filled level, the line's own (all levels are above a line with a 品名); -1: none filled. */
  private levelOf(row: Row): number {
    const { levels } = this.cols;
    if (this.cols.at.name !== undefined && isLabel(row[this.cols.at.name])) return levels.length;
    for (let k = levels.length - 1; k >= 0; k--) if (isLabel(row[levels[k]])) return k;
    return levels.length === 0 ? 0 : -1;
  }

  /** 大項目/中項目/小項目 (§Q38): a filled level replaces its value and clears the levels below it (merged cells arrive blank). */
  private updateLevels(row: Row): void {
    const { levels } = this.cols;
    for (let k = 0; k < levels.length; k++) {
      const x = row[levels[k]];
      if (!isLabel(x)) continue;
      this.levelValues[k] = x;
      for (let j = k + 1; j < levels.length; j++) this.levelValues[j] = undefined;
    }
  }

  /** Rows above the header: a title block (件名, 宛先, 日付, 御見積金額); a line there is a mistake. */
  private titleBlock(): void {
    const headerAt = this.header ? this.header.rows[0] : 0;
    for (let i = 0; i < headerAt; i++) {
      const row = this.rows[i];
      const label = firstLabel(row);
      if (label !== undefined && summaryOf(label)) {
        const amount = this.summaryAmount(row);
        if (amount !== undefined) this.titleTotals.push({ amount, row: i + 1, label });
        continue;
      }
      if (looksLikeLine(row, this.ctx.index)) throw new IthojoError(QUOTE_MSG.lineAboveHeader(this.places.row(i + 1), this.places.short(headerAt + 1)));
    }
  }

  /** §Q28: the first note or title-block text stating the prices' tax status. */
  private statement(): TaxStatement | null {
    const headerAt = this.header ? this.header.rows[0] : 0;
    for (let i = 0; i < this.rows.length; i++) {
      if (i >= headerAt && i < this.body) continue;
      const row = this.rows[i];
      if (isBlankRow(row)) continue;
      const texts = i < headerAt ? row.filter((x): x is string => typeof x === 'string' && !isBlank(x)) : [];
      if (i >= this.body) {
        const first = firstText(row);
        if (first === undefined || !isNote(first)) continue;
        texts.push(first);
      }
      for (const t of texts) {
        const tax = statementOf(t);
        if (tax) return { tax, row: i + 1, label: t };
      }
    }
    return null;
  }

  /** A summary row's amount: its amount cell, else the last cell that reads as an amount. */
  private summaryAmount(row: Row): number | undefined {
    for (const a of this.cols.amounts) {
      const x = row[a.at];
      if (typeof x === 'number' && Number.isFinite(x)) return Math.floor(x);
      if (typeof x === 'string' && !isBlank(x) && readsAsAmount(x)) return parseAmount(x, undefined, true).yen;
    }
    return this.lastAmount(row);
  }

  private lastAmount(row: Row): number | undefined {
    for (let c = row.length - 1; c >= 0; c--) {
      const x = row[c];
      if (typeof x === 'number' && Number.isFinite(x)) return Math.floor(x);
      if (typeof x === 'string' && !isBlank(x) && readsAsAmount(x)) return parseAmount(x, undefined, true).yen;
    }
    return undefined;
  }

  /** CHECK's warnings: sums that disagree, then every inference, each listed once for many lines. */
  private checkWarnings(): Text[] {
    const out: Text[] = [...this.warnings, ...this.sections.warnings];
    const s = this.ctx.statement;
    if (s) out.push(QUOTE_MSG.taxStatement(this.places.row(s.row), s.label, s.tax === 'included'));
    const lines = this.lines;
    const short = (l: QuoteLine): string => `${this.places.short(l.row)}「${cut(l.label ?? '')}」`;
    const inferred: QuoteLine[] = [];
    const fromHeading: QuoteLine[] = [];
    const fromAbove: QuoteLine[] = [];
    const notPriced: QuoteLine[] = [];
    let taxed = false;
    for (const l of lines) {
      if (l.how === 'category' || l.how === 'name') inferred.push(l);
      else if (l.how === 'heading' || l.how === 'level') fromHeading.push(l);
      else if (l.how === 'above') fromAbove.push(l);
      if (l.notPriced) notPriced.push(l);
      if (l.tax !== null && l.tax !== undefined) taxed = true;
    }
    if (inferred.length > 0) out.push(QUOTE_MSG.categoryInferred(listed(inferred, (l) => `${short(l)}→${l.category!.label}`)));
    if (fromHeading.length > 0) out.push(QUOTE_MSG.categoryFromHeading(listed(fromHeading, (l) => `${short(l)}→${l.category!.label} (見出し「${cut(l.from ?? '')}」)`)));
    if (fromAbove.length > 0) out.push(QUOTE_MSG.categoryFromAbove(listed(fromAbove, (l) => `${short(l)}→${l.category!.label} (「${cut(l.from ?? '')}」)`)));
    if (this.termFromText.length > 0) out.push(QUOTE_MSG.termFromText(listed(this.termFromText, (l) => `${short(l)} ${l.months}か月`)));
    if (this.termLicence.length > 0) out.push(QUOTE_MSG.termLicence(listed(this.termLicence, short)));
    if (this.noTerm.length > 0) out.push(QUOTE_MSG.termUnknown(listed(this.noTerm, short)));
    if (notPriced.length > 0) out.push(QUOTE_MSG.notPriced(listed(notPriced, short)));
    if (this.headingTax && !s && !taxed) out.push(QUOTE_MSG.taxMentioned());
    return out;
  }
}

/** A row above the header that would be a line: a category name (or 対象外) beside an amount. */
function looksLikeLine(row: Row, index: CategoryIndex): boolean {
  const label = row.find(isLabel);
  if (label === undefined) return false;
  if (!index.byName.has(keyOf(label).key) && !keyOf(label).plain.includes(normalizeKey('対象外'))) return false;
  return row.some((x) => typeof x === 'number' || (typeof x === 'string' && !isBlank(x) && readsAsAmount(x)));
}
