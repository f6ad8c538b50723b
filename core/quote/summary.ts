/**
 * Summary rows (小計, 合計, 消費税, 御見積総額, 次頁へ繰越, Grand Total …) are not lines
 * (quote-reading.md §Q1, §Q25): recognised by the stem their label ends with, not by a closed list.
 * A labelled summary that differs from the lines is a warning (the lines count); an amount with
 * no label (§Q2, §Q26) must be a section subtotal or a total, else the reader asks.
 */
import { IthojoError } from '../errors/IthojoError';
import { QUOTE_MSG } from '../errors/quoteMessages';
import type { Text } from '../errors/text';
import type { TaxNote } from '../input/numberGrammar';
import { lazy } from '../lazy';
import { addInt, type Int } from '../money/exact';
import {
  ENGLISH_SUMMARY, ENGLISH_SUMMARY_FILLERS, RATE_SUBJECT, SUMMARY_STEMS, SUMMARY_TAIL_FILLERS, SUMMARY_WORD_STEM, type SummaryKind,
} from '../rules/quote/rows';
import { outsideBrackets } from './labelKey';
import { memoText } from './memo';
import type { Places } from './places';

export interface Summary {
  readonly kind: SummaryKind;
  /** A (税込)/(税抜) note on the label: the total's own status (§Q28), not the lines'. */
  readonly tax: TaxNote;
}

const stems = lazy(() => SUMMARY_STEMS.flatMap(([kind, v]) => v.words.map((w) => [w, kind] as const)).sort((a, b) => b[0].length - a[0].length));
const tails = lazy(() => [...SUMMARY_TAIL_FILLERS.words].sort((a, b) => b.length - a.length));
const english = lazy(() => new Map(ENGLISH_SUMMARY.flatMap(([kind, v]) => v.words.map((w) => [w, kind] as const))));
const englishFillers = lazy(() => new Set(ENGLISH_SUMMARY_FILLERS.words));
const TAX_WORDS = ['税込み', '税込', '税抜き', '税抜', '税別'];
const DECORATION = /[■□◆◇●○◎▼▽▲△★☆※*─━=<>《》〈〉【】[\]「」『』〔〕{}|:;.。,、'"`~_·]/g;
/** Summary labels are short; a long text is an item (and is not scanned). */
const MAX_LABEL = 60;

/** The summary a label names (by the stem of its last word), or undefined. */
export const summaryOf = memoText(readSummary);

function readSummary(label: string): Summary | undefined {
  if (label.length > MAX_LABEL) return undefined;
  const s = label.normalize('NFKC').toLowerCase();
  const tax: TaxNote = s.includes('税込') || /\bincl/.test(s) ? 'included' : s.includes('税抜') || s.includes('税別') ? 'excluded' : null;
  const words = outsideBrackets(s).replace(/[()（）]/g, ' ').replace(DECORATION, ' ').split(/\s+/).filter((w) => w !== '');
  // a trailing rate or figure is not the last word (消費税 10%, 合計 ¥)
  while (words.length > 0 && /^[\d.,%¥\\円-]+$/.test(words[words.length - 1])) words.pop();
  if (words.length === 0) return undefined;
  const last = words[words.length - 1];
  const kind = /[a-z]/.test(last) && !/[^\x20-\x7e]/.test(last) ? englishKind(words) : japaneseKind(last, words.length > 1);
  return kind ? { kind, tax } : undefined;
}

/** Subtotal, Grand Total, Total amount, Consumption tax: a stem word, with only fillers beside it, or last. */
function englishKind(words: readonly string[]): SummaryKind | undefined {
  const ascii = words.filter((w) => !/[^\x20-\x7e]/.test(w));
  const lastKind = english().get(ascii[ascii.length - 1]);
  let kind: SummaryKind | undefined;
  for (const w of ascii) {
    const k = english().get(w);
    if (k) kind ??= k;
    else if (!englishFillers().has(w) && !/^[\d.,%]+$/.test(w) && !lastKind) return undefined;
  }
  kind = lastKind ?? kind;
  if (kind === 'total' && ascii.includes('sub')) return 'subtotal';
  return kind;
}

/** A Japanese last word ending in a stem once its tail fillers are dropped (合計金額, ご請求予定額). */
function japaneseKind(word: string, spaced: boolean): SummaryKind | undefined {
  let w = word;
  for (const t of TAX_WORDS) if (w.startsWith(t) && w.length > t.length) w = w.slice(t.length);
  for (let round = 0; round < 3; round++) {
    for (const [stem, kind] of stems()) if (w.endsWith(stem)) return kind;
    // 計 alone: a word of its own (役務 計), never the end of another (設計, 会計)
    if (w === SUMMARY_WORD_STEM) return spaced || round === 0 ? 'subtotal' : undefined;
    // 10%対象: the lines of one tax rate
    if (w.endsWith(RATE_SUBJECT) && w[w.length - RATE_SUBJECT.length - 1] === '%') return 'partial';
    const tail = tails().find((t) => w.endsWith(t) && w.length > t.length);
    if (!tail) return undefined;
    w = w.slice(0, w.length - tail.length);
  }
  return undefined;
}

/**
 * Running sums of the lines as the quote writes them, to check its own summaries against (§Q1,
 * §Q2, §Q26). A section is the lines since the previous heading or summary.
 */
export class SectionCheck {
  private running: Int = 0;
  private section: Int = 0;
  private sectionLines = 0;
  private tax: Int = 0;
  private subtotals: Int = 0;
  private pending: { row: number; label: string; amount: Int; sum: Int; lines: number; above: Int; aboveLines: number } | undefined;
  readonly warnings: Text[] = [];

  constructor(private readonly places: Places) {}

  line(amount: number): void {
    this.running = addInt(this.running, amount);
    this.section = addInt(this.section, amount);
    this.sectionLines++;
    if (this.pending) {
      this.pending.sum = addInt(this.pending.sum, amount);
      this.pending.lines++;
    }
  }

  /**
   * A heading; with an amount (【ソフトウェア】 230,000) it must be the sum of the lines below it
   * (§Q26), checked when its section closes.
   */
  heading(row: number, label: string, amount?: number): void {
    const above = this.section;
    const aboveLines = this.sectionLines;
    this.newSection();
    if (amount !== undefined) this.pending = { row, label, amount, sum: 0, lines: 0, above, aboveLines };
  }

  /** A labelled summary: a warning when it matches none of the sums it may be. */
  summary(s: Summary, amount: number | undefined, row: number, label: string): void {
    if (s.kind === 'tax') {
      if (amount !== undefined) this.tax = addInt(this.tax, amount);
    } else if (amount !== undefined && s.kind !== 'partial') {
      const ok = s.kind === 'subtotal' || s.kind === 'carry'
        ? [this.section, this.running]
        : [this.running, addInt(this.running, this.tax), this.subtotals, addInt(this.subtotals, this.tax)];
      if (!ok.some((x) => x == amount)) this.warnings.push(QUOTE_MSG.summaryMismatch(this.places.row(row), label, amount, ok[0]));
      if (s.kind === 'subtotal' && this.sectionLines > 0 && amount == this.section) this.subtotals = addInt(this.subtotals, amount);
    }
    if (s.kind !== 'carry') this.newSection();
  }

  /** An amount with no item label (§Q2, §Q26): a section subtotal or a total, else an error naming the row. */
  bare(amount: number, row: number): void {
    const isSection = this.sectionLines > 0 && amount == this.section;
    const isTotal = [this.running, addInt(this.running, this.tax), this.subtotals].some((x) => x == amount) && this.running !== 0;
    if (!isSection && !isTotal) throw new IthojoError(QUOTE_MSG.bareAmount(this.places.row(row), amount, this.section, this.running));
    if (isSection) this.subtotals = addInt(this.subtotals, amount);
    this.newSection();
  }

  /** The title block's total (御見積金額 ¥1,189,100), checked against the lines at the end. */
  titleTotal(amount: number, row: number, label: string): void {
    if (![this.running, addInt(this.running, this.tax)].some((x) => x == amount)) this.warnings.push(QUOTE_MSG.summaryMismatch(this.places.row(row), label, amount, this.running));
  }

  private newSection(): void {
    this.section = 0;
    this.sectionLines = 0;
  }

  /**
   * Closes the open heading's section (at the next heading or summary, or the end): its amount must
   * be the sum of the lines below it (§Q26); with no line below, of the lines above it back to the
   * previous heading or summary (§Q2), or of all lines so far. Anything else is asked: it is never a line.
   */
  close(): void {
    const p = this.pending;
    this.pending = undefined;
    if (!p) return;
    const ok = p.lines > 0 ? p.sum == p.amount : (p.aboveLines > 0 && p.above == p.amount) || (this.running !== 0 && this.running == p.amount);
    if (!ok) throw new IthojoError(QUOTE_MSG.headingAmount(this.places.row(p.row), p.label, p.amount, p.lines > 0 ? p.sum : p.above));
    if (p.lines > 0) this.subtotals = addInt(this.subtotals, p.amount);
  }
}
